package phaze.pipeline.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The last pipeline counts and the database's WAL position read just before they were counted. Every
 * committed change moves the WAL position, so while it has not moved the counts are still exactly what
 * the SQL over the results would say: the console, the API and JMX (which reads one attribute at a
 * time) then share one count instead of repeating it. This is not a counter: nothing is added or
 * subtracted, a moved position always means counting again from the rows.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StatsSnapshot {

    private record Kept(String walPosition, Map<String, StageStats> stats) {
    }

    private final AtomicReference<Kept> last = new AtomicReference<>();

    /** The counts kept at exactly this WAL position, if any (never for an unknown position). */
    public Optional<Map<String, StageStats>> at(String walPosition) {
        Kept kept = last.get();
        return walPosition != null && kept != null && kept.walPosition().equals(walPosition)
                ? Optional.of(kept.stats()) : Optional.empty();
    }

    /** Keeps counts made after reading {@code walPosition} (so they are never older than their tag). */
    public void keep(String walPosition, Map<String, StageStats> stats) {
        if (walPosition != null) {
            last.set(new Kept(walPosition, Map.copyOf(stats)));
        }
    }
}
