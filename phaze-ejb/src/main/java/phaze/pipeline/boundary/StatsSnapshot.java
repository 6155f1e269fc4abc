package phaze.pipeline.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The last pipeline counts, when they were made, and what they are known to include. Counting a million
 * files from the rows takes longer than a stats request may (ADR 041), so requests are answered from the
 * last count while it is still a fair answer, and {@link StatsRefresher} counts again in the background:
 * <ul>
 * <li><b>exact</b>: the database's WAL insert position has not moved since the count (nothing was
 * committed anywhere), so the SQL would say the same;</li>
 * <li><b>recent</b>: no operator change (trigger, pause, decision, …) has committed since the count, and
 * it is younger than {@link #maxAge}, so it lags the agents' reports by at most that; or a background
 * count is under way and the kept one is younger than {@link #WHILE_COUNTING} (waiting for a count
 * that a slow database stretched would only make this answer late, not fresher).</li>
 * </ul>
 * Anything else counts again before answering. This is not a counter: nothing is added or subtracted,
 * every number served came from one SQL count over the rows.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StatsSnapshot {

    /** The oldest a recent answer may be at least: the background's one-second tick, with room to count. */
    static final Duration MIN_MAX_AGE = Duration.ofSeconds(3);
    /** The background's tick ({@link StatsRefresher}). */
    static final Duration TICK = Duration.ofSeconds(1);
    /** How long after the last request the background keeps counting. */
    static final Duration WATCHED_FOR = Duration.ofSeconds(60);
    /** The oldest a recent answer may be while the background is counting its successor. */
    static final Duration WHILE_COUNTING = Duration.ofSeconds(30);
    /** The background spends at most a fifth of the time counting. */
    static final int REST_PER_COUNT = 4;

    /** Counts as served, with when they were made. */
    public record Counted(Map<String, StageStats> stats, Instant countedAt) {
        /** Whole seconds since the count began (HTTP's {@code Age}). */
        public long ageSeconds() {
            return Math.max(0, Duration.between(countedAt, Instant.now()).toSeconds());
        }
    }

    private record Kept(String walPosition, long generation, long countedAtNanos, long tookNanos,
                        Instant countedAt, Map<String, StageStats> stats) {
    }

    private final AtomicReference<Kept> last = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong lastAskedNanos;
    private final AtomicBoolean backgroundCounting = new AtomicBoolean();
    private final LongSupplier nanos;

    public StatsSnapshot() {
        this(System::nanoTime);
    }

    StatsSnapshot(LongSupplier nanos) {
        this.nanos = nanos;
        this.lastAskedNanos = new AtomicLong(nanos.getAsLong() - WATCHED_FOR.toNanos() - 1);
    }

    /**
     * The kept counts if they are still a fair answer at this WAL position (see the class comment).
     * Every call marks the counts as watched, which keeps the background counting.
     */
    public Optional<Counted> serve(String walPosition) {
        long now = nanos.getAsLong();
        lastAskedNanos.set(now);
        Kept kept = last.get();
        if (kept == null) {
            return Optional.empty();
        }
        boolean exact = walPosition != null && kept.walPosition() != null && kept.walPosition().equals(walPosition);
        long age = now - kept.countedAtNanos();
        boolean recent = kept.generation() == generation.get() && (age <= maxAge(kept).toNanos()
                || backgroundCounting.get() && age <= WHILE_COUNTING.toNanos());
        return exact || recent ? Optional.of(new Counted(kept.stats(), kept.countedAt())) : Optional.empty();
    }

    /** What {@link #keep} needs to be told: taken before counting, so a change during the count is not hidden. */
    public record Ticket(String walPosition, long generation, long startNanos) {
    }

    public Ticket ticket(String walPosition) {
        return new Ticket(walPosition, generation.get(), nanos.getAsLong());
    }

    /** Keeps counts made after taking {@code ticket} (so they are never older than what it names). */
    public Counted keep(Ticket ticket, Map<String, StageStats> stats) {
        long now = nanos.getAsLong();
        Instant countedAt = Instant.now().minusNanos(now - ticket.startNanos());
        Kept kept = new Kept(ticket.walPosition(), ticket.generation(), ticket.startNanos(), now - ticket.startNanos(),
                countedAt, Map.copyOf(stats));
        last.set(kept);
        return new Counted(kept.stats(), countedAt);
    }

    /**
     * Whether the background should count again now: somebody asked within {@link #WATCHED_FOR}, the
     * database moved since the last count, and the last count rested {@link #REST_PER_COUNT} times its
     * own duration (so a slow count on a big library does not keep the database busy).
     */
    public boolean wantsRecount(String walPosition) {
        return mayRecount() && movedSince(walPosition);
    }

    /** The part of {@link #wantsRecount} that needs no database: watched, and rested since the last count. */
    public boolean mayRecount() {
        long now = nanos.getAsLong();
        if (now - lastAskedNanos.get() > WATCHED_FOR.toNanos()) {
            return false;
        }
        Kept kept = last.get();
        return kept == null || now - (kept.countedAtNanos() + kept.tookNanos()) >= REST_PER_COUNT * kept.tookNanos();
    }

    private boolean movedSince(String walPosition) {
        Kept kept = last.get();
        return kept == null || walPosition == null || !walPosition.equals(kept.walPosition());
    }

    /** Runs a background count, during which requests keep being answered from the kept one. */
    public void countingInBackground(Runnable count) {
        backgroundCounting.set(true);
        try {
            count.run();
        } finally {
            backgroundCounting.set(false);
        }
    }

    /** An operator's change committed: the next request counts again instead of serving a recent count. */
    public void invalidate() {
        generation.incrementAndGet();
    }

    /**
     * How old a recent answer may be: three seconds, or more for a count so slow that the background can
     * only count every {@code (1 + REST_PER_COUNT)} times its duration (twice that, plus a tick, so the
     * background is always in time and requests never wait for a count while it keeps up).
     */
    static Duration maxAge(Duration took) {
        Duration paced = took.multipliedBy(2L * (1 + REST_PER_COUNT)).plus(TICK);
        return paced.compareTo(MIN_MAX_AGE) > 0 ? paced : MIN_MAX_AGE;
    }

    private static Duration maxAge(Kept kept) {
        return maxAge(Duration.ofNanos(kept.tookNanos()));
    }
}
