package phaze.proposal.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when someone sleeps, and remembers every sleep. */
final class FakeTime {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new ArrayList<>();

    long nanoTime() {
        return nanos.get();
    }

    synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        nanos.addAndGet(duration.toNanos());
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    LlmPacing pacing(int rateLimitRetries) {
        return new LlmPacing(this::nanoTime, this::sleep, rateLimitRetries, Duration.ofSeconds(1), Duration.ofMinutes(5));
    }
}
