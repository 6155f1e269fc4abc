package phaze.pipeline.boundary;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsSnapshotTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000_000L);
    private final StatsSnapshot snapshot = new StatsSnapshot(clock::get);

    private static Map<String, StageStats> tagsDone(long done) {
        return Map.of("tags", new StageStats(0, 0, done, 0, 0, false, 50));
    }

    /** Counts "taking" {@code took}: the ticket is taken, the clock moves, the counts are kept. */
    private void count(String wal, long done, Duration took) {
        StatsSnapshot.Ticket ticket = snapshot.ticket(wal);
        advance(took);
        snapshot.keep(ticket, tagsDone(done));
    }

    private void advance(Duration d) {
        clock.addAndGet(d.toNanos());
    }

    private long served(String wal) {
        return snapshot.serve(wal).orElseThrow().stats().get("tags").done();
    }

    @Test
    void nothingIsServedBeforeTheFirstCount() {
        assertTrue(snapshot.serve("0/10").isEmpty());
    }

    @Test
    void anUnmovedDatabaseIsServedTheSameCountsHoweverOld() {
        count("0/10", 7, Duration.ofMillis(200));
        advance(Duration.ofHours(5));
        assertEquals(7, served("0/10"));
    }

    @Test
    void aMovedDatabaseIsServedARecentCountOnlyUntilItIsTooOld() {
        count("0/10", 7, Duration.ofMillis(200));
        advance(Duration.ofMillis(2_500));
        assertEquals(7, served("0/20"), "younger than three seconds: a fair answer while the agents report");
        advance(Duration.ofMillis(600));
        assertTrue(snapshot.serve("0/20").isEmpty(), "older: counted again before answering");
    }

    @Test
    void whileTheBackgroundCountsTheKeptCountIsServedLongerButNotForever() {
        count("0/10", 7, Duration.ofMillis(200));
        advance(Duration.ofSeconds(5));
        snapshot.countingInBackground(() -> {
            assertEquals(7, served("0/20"), "its successor is on the way");
            advance(Duration.ofSeconds(30));
            assertTrue(snapshot.serve("0/20").isEmpty(), "a stuck background count does not freeze the numbers");
        });
        assertTrue(snapshot.serve("0/20").isEmpty());
    }

    @Test
    void anOperatorChangeIsNeverHiddenByARecentCount() {
        count("0/10", 7, Duration.ofMillis(200));
        snapshot.invalidate();
        assertTrue(snapshot.serve("0/20").isEmpty());
        snapshot.countingInBackground(() -> assertTrue(snapshot.serve("0/20").isEmpty(), "not even while counting"));
        count("0/20", 8, Duration.ofMillis(200));
        assertEquals(8, served("0/30"));
    }

    @Test
    void aCountRunningWhileAnOperatorChangeCommitsIsNotKeptAsRecent() {
        StatsSnapshot.Ticket ticket = snapshot.ticket("0/10");
        snapshot.invalidate(); // committed while counting: the count may or may not include it
        snapshot.keep(ticket, tagsDone(7));
        assertTrue(snapshot.serve("0/20").isEmpty());
        assertEquals(7, served("0/10"), "at the very same WAL position it is still exact");
    }

    @Test
    void anUnknownWalPositionIsNeverTakenForUnchanged() {
        count(null, 7, Duration.ofMillis(200));
        advance(Duration.ofSeconds(4));
        assertTrue(snapshot.serve(null).isEmpty());
    }

    @Test
    void theBackgroundCountsOnlyWhileWatchedAndMovedAndRested() {
        assertFalse(snapshot.wantsRecount("0/10"), "nobody has asked yet");
        snapshot.serve("0/10");
        assertTrue(snapshot.wantsRecount("0/10"), "asked, and nothing counted yet");
        count("0/10", 7, Duration.ofMillis(500));
        assertFalse(snapshot.wantsRecount("0/10"), "the database has not moved");
        advance(Duration.ofMillis(1_900));
        assertFalse(snapshot.wantsRecount("0/20"), "rests four times the count's 500 ms after it");
        assertFalse(snapshot.mayRecount(), "known without asking the database");
        advance(Duration.ofMillis(100));
        assertTrue(snapshot.wantsRecount("0/20"));
        advance(StatsSnapshot.WATCHED_FOR);
        assertFalse(snapshot.wantsRecount("0/20"), "nobody asked for a minute");
    }

    @Test
    void aSlowCountIsServedLongerSoTheBackgroundCanKeepUp() {
        assertEquals(Duration.ofSeconds(3), StatsSnapshot.maxAge(Duration.ofMillis(180)));
        assertEquals(Duration.ofSeconds(21), StatsSnapshot.maxAge(Duration.ofSeconds(2)));
    }
}
