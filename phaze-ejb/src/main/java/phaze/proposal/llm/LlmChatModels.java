package phaze.proposal.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * Builds the langchain4j {@link ChatModel} for the configured provider, always over the JDK HTTP client
 * (with Retry-After kept, see {@link RetryAfterHttpClient}) and with langchain4j's own retries off:
 * the engine's rate limit and back-off are the only ones, so they are what runs and what is tested.
 */
public final class LlmChatModels {

    /** OpenAI-compatible local servers ignore the key but langchain4j requires one. */
    static final String NO_KEY = "not-needed";

    private LlmChatModels() {
    }

    /** @throws IllegalStateException naming the missing setting when {@link LlmSettings#configured()} is false */
    public static ChatModel create(LlmSettings settings) {
        if (!settings.configured()) {
            throw new IllegalStateException("No LLM is configured: " + settings.missing());
        }
        return switch (settings.provider()) {
            case OPENAI -> openAi(settings);
            case ANTHROPIC -> anthropic(settings);
            case OLLAMA -> ollama(settings);
            case NONE -> throw new IllegalStateException("No LLM is configured");
        };
    }

    static JdkHttpClientBuilder http(LlmSettings settings) {
        return new JdkHttpClientBuilder()
                .httpClientBuilder(RetryAfterHttpClient.wrappingBuilder())
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout());
    }

    private static ChatModel openAi(LlmSettings settings) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .httpClientBuilder(http(settings))
                .apiKey(settings.apiKey() == null ? NO_KEY : settings.apiKey())
                .modelName(settings.model())
                .temperature(0.0)
                .maxTokens(settings.maxTokens())
                .timeout(settings.timeout())
                .maxRetries(0);
        if (settings.baseUrl() != null) {
            builder.baseUrl(settings.baseUrl());
        }
        return builder.build();
    }

    private static ChatModel anthropic(LlmSettings settings) {
        AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                .httpClientBuilder(http(settings))
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(0.0)
                .maxTokens(settings.maxTokens())
                .timeout(settings.timeout())
                .maxRetries(0);
        if (settings.baseUrl() != null) {
            builder.baseUrl(settings.baseUrl());
        }
        return builder.build();
    }

    private static ChatModel ollama(LlmSettings settings) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder();
        builder.httpClientBuilder(http(settings))
                .modelName(settings.model())
                .temperature(0.0)
                .numPredict(settings.maxTokens())
                .timeout(settings.timeout());
        builder.maxRetries(0);
        if (settings.baseUrl() != null) {
            builder.baseUrl(settings.baseUrl());
        }
        return builder.build();
    }
}
