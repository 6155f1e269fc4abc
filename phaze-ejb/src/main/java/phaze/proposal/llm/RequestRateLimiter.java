package phaze.proposal.llm;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces request starts evenly: at most {@code perMinute} starts in any minute, one every
 * 60 s / perMinute. Thread-safe: a caller reserves its slot under the lock and waits outside it, so
 * concurrent callers queue in order without holding each other up longer than their slot.
 */
public final class RequestRateLimiter {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long nextSlot;
    private boolean started;

    public RequestRateLimiter(int perMinute, LongSupplier nanoTime, Sleeper sleeper) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one request per minute, got " + perMinute);
        }
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / perMinute;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /** Blocks until this caller may start a request; returns how long it waited. */
    public Duration acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = nanoTime.getAsLong();
            long slot = !started || now - nextSlot > 0 ? now : nextSlot;
            started = true;
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
        return Duration.ofNanos(Math.max(0, wait));
    }
}
