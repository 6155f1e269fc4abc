package phaze.audio.analysis.timeline;

import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.analysis.tempo.TempoEstimate;

/** Analysis of one window of a long recording: where a DJ set speeds up, changes key, peaks. */
public record TimelineWindow(double startSeconds, double durationSeconds, TempoEstimate tempo, KeyEstimate key,
                             double lufs, int energy) {
}
