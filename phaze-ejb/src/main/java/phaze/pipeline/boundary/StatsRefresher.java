package phaze.pipeline.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Counts the pipeline again in the background, once a second at most, while somebody watches and the
 * database moves ({@link StatsSnapshot#wantsRecount}), so that requests are answered from a count a
 * few seconds old at most instead of waiting for one. A singleton with the default write lock: ticks
 * never overlap, a slow count delays the next tick.
 */
@Singleton
public class StatsRefresher {
    private static final Logger LOG = Logger.getLogger(StatsRefresher.class.getName());

    @EJB
    PipelineService pipeline;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        try {
            pipeline.recountIfWatched();
        } catch (RuntimeException e) {
            // The next request counts for itself and reports the error to its caller.
            LOG.log(Level.FINE, "background pipeline count failed", e);
        }
    }
}
