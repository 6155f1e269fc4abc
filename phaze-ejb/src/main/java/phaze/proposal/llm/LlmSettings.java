package phaze.proposal.llm;

import java.time.Duration;
import java.util.Locale;
import phaze.config.PhazeSettings;

/**
 * How to reach the LLM and how hard to use it. Read from {@code PHAZE_LLM_*} (docs/configuration.md).
 *
 * @param provider          which API; {@link LlmProvider#NONE} when no LLM is configured
 * @param baseUrl           the API's base URL, or null for the provider's default
 * @param apiKey            the secret (PHAZE_LLM_API_KEY or PHAZE_LLM_API_KEY_FILE), or null
 * @param model             the model name, e.g. "gpt-4o-mini"
 * @param requestsPerMinute at most this many requests are started per minute
 * @param batchSize         files per request
 * @param timeout           per request
 * @param maxTokens         the answer's token budget per request
 */
public record LlmSettings(LlmProvider provider, String baseUrl, String apiKey, String model, int requestsPerMinute,
                          int batchSize, Duration timeout, int maxTokens) {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 30;
    public static final int DEFAULT_BATCH_SIZE = 20;
    public static final int MAX_BATCH_SIZE = 100;
    public static final long DEFAULT_TIMEOUT_SECONDS = 120;
    public static final int DEFAULT_MAX_TOKENS = 8192;

    public static final LlmSettings NONE = new LlmSettings(LlmProvider.NONE, null, null, null,
            DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_BATCH_SIZE, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS),
            DEFAULT_MAX_TOKENS);

    public LlmSettings {
        provider = provider == null ? LlmProvider.NONE : provider;
        baseUrl = blankToNull(baseUrl);
        apiKey = blankToNull(apiKey);
        model = blankToNull(model);
        timeout = timeout == null ? Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS) : timeout;
        if (requestsPerMinute < 1) {
            throw new IllegalStateException("PHAZE_LLM_REQUESTS_PER_MINUTE must be at least 1, got " + requestsPerMinute);
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalStateException("PHAZE_LLM_BATCH_SIZE must be within 1.." + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalStateException("PHAZE_LLM_TIMEOUT_SECONDS must be positive, got " + timeout.toSeconds());
        }
        if (maxTokens < 256) {
            throw new IllegalStateException("PHAZE_LLM_MAX_TOKENS must be at least 256, got " + maxTokens);
        }
    }

    public static LlmSettings from(PhazeSettings settings) {
        return new LlmSettings(
                LlmProvider.parse(settings.text("PHAZE_LLM_PROVIDER", null)),
                settings.text("PHAZE_LLM_BASE_URL", null),
                settings.text("PHAZE_LLM_API_KEY", null),
                settings.text("PHAZE_LLM_MODEL", null),
                settings.integer("PHAZE_LLM_REQUESTS_PER_MINUTE", DEFAULT_REQUESTS_PER_MINUTE),
                settings.integer("PHAZE_LLM_BATCH_SIZE", DEFAULT_BATCH_SIZE),
                settings.seconds("PHAZE_LLM_TIMEOUT_SECONDS", DEFAULT_TIMEOUT_SECONDS),
                settings.integer("PHAZE_LLM_MAX_TOKENS", DEFAULT_MAX_TOKENS));
    }

    /**
     * Whether proposals may be asked of the LLM: a provider and a model, and a key unless the server is
     * local (Ollama, or an OpenAI-compatible server at an explicit base URL).
     */
    public boolean configured() {
        if (provider == LlmProvider.NONE || model == null) {
            return false;
        }
        return switch (provider) {
            case OLLAMA -> true;
            case OPENAI -> apiKey != null || baseUrl != null;
            default -> apiKey != null;
        };
    }

    /** What {@link #configured()} lacks, phrased for the operator; empty when configured. */
    public String missing() {
        if (provider == LlmProvider.NONE) {
            return "PHAZE_LLM_PROVIDER is not set";
        }
        if (model == null) {
            return "PHAZE_LLM_MODEL is not set";
        }
        return configured() ? "" : "PHAZE_LLM_API_KEY (or PHAZE_LLM_API_KEY_FILE) is not set";
    }

    /** "openai gpt-4o-mini": how reasoning and logs name the model. */
    public String describeModel() {
        return provider.name().toLowerCase(Locale.ROOT) + " " + (model == null ? "(no model)" : model);
    }

    public LlmSettings withBatchSize(int size) {
        return new LlmSettings(provider, baseUrl, apiKey, model, requestsPerMinute, size, timeout, maxTokens);
    }

    public LlmSettings withRequestsPerMinute(int perMinute) {
        return new LlmSettings(provider, baseUrl, apiKey, model, perMinute, batchSize, timeout, maxTokens);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "none" : "***")
                + ", model=" + model + ", requestsPerMinute=" + requestsPerMinute + ", batchSize=" + batchSize
                + ", timeout=" + timeout.toSeconds() + "s, maxTokens=" + maxTokens + "]";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
