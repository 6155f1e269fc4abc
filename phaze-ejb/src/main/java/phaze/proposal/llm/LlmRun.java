package phaze.proposal.llm;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The result of one {@link LlmProposalEngine#propose} call: one outcome per file, in request order.
 *
 * @param outcomes     one per requested file
 * @param elapsed      wall time, including waits for the rate limit
 * @param inputTokens  prompt tokens over all requests, as reported by the provider
 * @param outputTokens answer tokens over all requests
 * @param requests     HTTP requests sent (retries included)
 * @param retries      requests repeated after HTTP 429
 */
public record LlmRun(List<LlmOutcome> outcomes, Duration elapsed, long inputTokens, long outputTokens, int requests,
                     int retries) {

    public LlmRun {
        outcomes = List.copyOf(outcomes);
    }

    public Map<String, LlmOutcome> byKey() {
        return outcomes.stream().collect(Collectors.toMap(LlmOutcome::key, Function.identity()));
    }

    public long succeeded() {
        return outcomes.stream().filter(LlmOutcome::succeeded).count();
    }

    public long failed() {
        return outcomes.size() - succeeded();
    }
}
