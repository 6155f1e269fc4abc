package phaze.proposal.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import phaze.path.PathLegalizer;
import phaze.proposal.control.DraftLegalizer;
import phaze.proposal.control.NamingLayout;
import phaze.proposal.control.ProposalDraft;
import phaze.proposal.control.RecordingKind;

/**
 * Proposes names and folders by asking a chat model, a batch of files per request. Every answer item is
 * parsed defensively, checked against {@link LlmNaming}'s constraints, refused when it leaves the library,
 * and otherwise legalized by the same {@link DraftLegalizer} as the rules engine's drafts. A bad answer
 * or a failed request costs only the files concerned: the run always continues and always returns one
 * {@link LlmOutcome} per file. Requests are spaced by {@link RequestRateLimiter}; HTTP 429 is retried
 * after the provider's Retry-After (or a doubling back-off) a bounded number of times.
 *
 * <p>Calls take seconds to minutes: never call {@link #propose} inside a database transaction.
 * Thread-safe; one instance per settings, model and layout.
 */
public final class LlmProposalEngine {

    private static final Logger LOG = Logger.getLogger(LlmProposalEngine.class.getName());

    private final LlmSettings settings;
    private final ChatModel model;
    private final DraftLegalizer drafts;
    private final LlmPacing pacing;
    private final RequestRateLimiter limiter;
    private final NamingCheck check;
    private final ObjectMapper json = new ObjectMapper();
    private final LlmPrompt prompt = new LlmPrompt(json);
    private final String systemMessage;

    public LlmProposalEngine(LlmSettings settings, ChatModel model, NamingLayout layout, PathLegalizer legalizer) {
        this(settings, model, layout, legalizer, LlmPacing.realTime(), NamingCheck.available());
    }

    public LlmProposalEngine(LlmSettings settings, ChatModel model, NamingLayout layout, PathLegalizer legalizer,
                             LlmPacing pacing, NamingCheck check) {
        this.settings = settings;
        this.model = model;
        this.drafts = new DraftLegalizer(legalizer);
        this.pacing = pacing;
        this.limiter = new RequestRateLimiter(settings.requestsPerMinute(), pacing.nanoTime(), pacing.sleeper());
        this.check = check;
        this.systemMessage = prompt.system(layout);
    }

    /** One outcome per file, in the order given. Keys must be unique. */
    public LlmRun propose(List<LlmRequest> files) {
        requireUniqueKeys(files);
        long start = pacing.nanoTime().getAsLong();
        Tally tally = new Tally();
        Map<String, LlmOutcome> outcomes = new LinkedHashMap<>();
        List<List<LlmRequest>> batches = batches(files);
        for (int i = 0; i < batches.size(); i++) {
            List<LlmRequest> batch = batches.get(i);
            Map<String, LlmOutcome> answered = Thread.currentThread().isInterrupted()
                    ? failAll(batch, "the LLM run was interrupted before this file's turn")
                    : ask(batch, tally);
            outcomes.putAll(answered);
            long proposed = answered.values().stream().filter(LlmOutcome::succeeded).count();
            int number = i + 1;
            LOG.info(() -> String.format(Locale.ROOT, "LLM batch %d/%d (%s): %d files, %d proposed, %d failed",
                    number, batches.size(), settings.describeModel(), batch.size(), proposed,
                    batch.size() - proposed));
        }
        Duration elapsed = Duration.ofNanos(pacing.nanoTime().getAsLong() - start);
        List<LlmOutcome> ordered = files.stream().map(file -> outcomes.get(file.key())).toList();
        return new LlmRun(ordered, elapsed, tally.inputTokens, tally.outputTokens, tally.requests, tally.retries);
    }

    private Map<String, LlmOutcome> ask(List<LlmRequest> batch, Tally tally) {
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(SystemMessage.from(systemMessage), UserMessage.from(prompt.user(batch)));
        if (settings.provider() != LlmProvider.ANTHROPIC) {
            // JSON mode where the API has it; Anthropic is held to JSON by the prompt alone.
            request.responseFormat(ResponseFormat.JSON);
        }
        ChatRequest chat = request.build();
        int retries = 0;
        while (true) {
            try {
                limiter.acquire();
                tally.requests++;
                ChatResponse response = model.chat(chat);
                tally.add(response.tokenUsage());
                return read(batch, response.aiMessage().text());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failAll(batch, "the LLM run was interrupted while waiting for its turn");
            } catch (RuntimeException e) {
                if (!LlmFailure.isRateLimited(e)) {
                    String error = LlmFailure.describe(e, settings);
                    LOG.warning("LLM request failed for " + batch.size() + " files: " + error);
                    return failAll(batch, error);
                }
                if (retries >= pacing.rateLimitRetries()) {
                    return failAll(batch, "the LLM provider still refused with HTTP 429 (rate limited) after "
                            + retries + " retries; try again later or lower PHAZE_LLM_REQUESTS_PER_MINUTE");
                }
                Optional<Duration> asked = LlmFailure.retryAfter(e);
                Duration wait = asked.orElse(pacing.firstBackoff().multipliedBy(1L << Math.min(retries, 10)));
                if (wait.compareTo(pacing.longestWait()) > 0) {
                    return failAll(batch, "the LLM provider is rate limiting (HTTP 429) and asked to wait "
                            + wait.toSeconds() + " s, longer than the " + pacing.longestWait().toSeconds()
                            + " s Phaze waits; try again later");
                }
                LOG.info("LLM provider rate limited (HTTP 429); retrying in " + wait.toMillis() + " ms"
                        + (asked.isPresent() ? " as its Retry-After asked" : ""));
                try {
                    pacing.sleeper().sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return failAll(batch, "the LLM run was interrupted while backing off from HTTP 429");
                }
                retries++;
                tally.retries++;
            }
        }
    }

    private Map<String, LlmOutcome> read(List<LlmRequest> batch, String text) {
        List<LlmNaming> namings;
        try {
            namings = LlmAnswer.parse(text, json);
        } catch (LlmAnswer.MalformedAnswerException e) {
            LOG.warning("LLM answer unusable for " + batch.size() + " files: " + e.getMessage());
            return failAll(batch, e.getMessage());
        }
        Map<String, List<LlmNaming>> byKey = new LinkedHashMap<>();
        Set<String> wanted = new HashSet<>();
        batch.forEach(file -> wanted.add(file.key()));
        for (LlmNaming naming : namings) {
            if (naming.key() != null && wanted.contains(naming.key().strip())) {
                byKey.computeIfAbsent(naming.key().strip(), k -> new ArrayList<>()).add(naming);
            } else {
                LOG.warning("LLM answered for a file it was not asked about: " + naming.key());
            }
        }
        Map<String, LlmOutcome> outcomes = new LinkedHashMap<>();
        for (LlmRequest file : batch) {
            List<LlmNaming> answers = byKey.getOrDefault(file.key(), List.of());
            outcomes.put(file.key(), switch (answers.size()) {
                case 0 -> LlmOutcome.failed(file.key(), "the model's answer left this file out");
                case 1 -> outcome(file, answers.get(0));
                default -> LlmOutcome.failed(file.key(), "the model answered " + answers.size()
                        + " times for this file; none of its answers is used");
            });
        }
        return outcomes;
    }

    private LlmOutcome outcome(LlmRequest file, LlmNaming naming) {
        List<String> problems = check.problems(naming);
        if (!problems.isEmpty()) {
            return LlmOutcome.failed(file.key(), "the model's answer for this file is incomplete: "
                    + String.join("; ", problems));
        }
        Optional<String> escape = LibraryEscape.find(naming.folder(), naming.fileName());
        if (escape.isPresent()) {
            String path = naming.folder().isEmpty() ? naming.fileName() : naming.folder() + "/" + naming.fileName();
            LOG.warning("LLM proposed a path outside the library for " + file.key() + ": " + path);
            return LlmOutcome.failed(file.key(), "the model proposed a path outside the library: " + path
                    + " (" + escape.get() + ")");
        }
        try {
            ProposalDraft draft = drafts.legalize(file.evidence(), naming.folder(), naming.fileName(),
                    naming.confidence(), reasoning(naming), kind(naming.kind()), Map.of());
            return LlmOutcome.proposed(file.key(), draft);
        } catch (RuntimeException e) {
            return LlmOutcome.failed(file.key(), "the model's proposal cannot be made legal: " + e.getMessage());
        }
    }

    private String reasoning(LlmNaming naming) {
        String said = naming.reasoning() == null || naming.reasoning().isBlank()
                ? "No reasoning given." : naming.reasoning().strip();
        double confidence = naming.confidence();
        String clamped = confidence >= 0 && confidence <= 1 ? ""
                : " (The model's confidence " + confidence + " was outside 0..1 and was clamped.)";
        return "Proposed by the LLM (" + settings.describeModel() + "): " + said + clamped;
    }

    private static RecordingKind kind(String text) {
        if (text == null || text.isBlank()) {
            return RecordingKind.UNKNOWN;
        }
        try {
            return RecordingKind.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return RecordingKind.UNKNOWN;
        }
    }

    private List<List<LlmRequest>> batches(List<LlmRequest> files) {
        List<List<LlmRequest>> batches = new ArrayList<>();
        for (int i = 0; i < files.size(); i += settings.batchSize()) {
            batches.add(List.copyOf(files.subList(i, Math.min(files.size(), i + settings.batchSize()))));
        }
        return batches;
    }

    private static Map<String, LlmOutcome> failAll(List<LlmRequest> batch, String error) {
        Map<String, LlmOutcome> outcomes = new LinkedHashMap<>();
        batch.forEach(file -> outcomes.put(file.key(), LlmOutcome.failed(file.key(), error)));
        return outcomes;
    }

    private static void requireUniqueKeys(List<LlmRequest> files) {
        Set<String> seen = new HashSet<>();
        for (LlmRequest file : files) {
            if (!seen.add(file.key())) {
                throw new IllegalArgumentException("two files share the key " + file.key());
            }
        }
    }

    /** Counters of one run; confined to the calling thread. */
    private static final class Tally {
        long inputTokens;
        long outputTokens;
        int requests;
        int retries;

        void add(TokenUsage usage) {
            if (usage != null) {
                inputTokens += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
                outputTokens += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            }
        }
    }
}
