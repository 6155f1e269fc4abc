package phaze.proposal.llm;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Time and patience of the engine: the clock and sleeper (fake in tests), how often a request refused
 * with HTTP 429 is repeated, the first back-off when the provider gives no Retry-After (doubling after),
 * and the longest wait the engine accepts before giving up on a batch.
 */
public record LlmPacing(LongSupplier nanoTime, Sleeper sleeper, int rateLimitRetries, Duration firstBackoff,
                        Duration longestWait) {

    public LlmPacing {
        if (rateLimitRetries < 0) {
            throw new IllegalArgumentException("rateLimitRetries must not be negative");
        }
    }

    public static LlmPacing realTime() {
        return new LlmPacing(System::nanoTime, Sleeper.REAL, 3, Duration.ofSeconds(5), Duration.ofMinutes(5));
    }
}
