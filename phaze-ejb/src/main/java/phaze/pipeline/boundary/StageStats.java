package phaze.pipeline.boundary;

/** Counts of one stage over all files, each derived from rows (never a counter). */
public record StageStats(long notStarted, long inFlight, long done, long failed, long skipped,
                         boolean paused, int priority) {
}
