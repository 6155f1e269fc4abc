package phaze.audio.analysis.tempo;

import java.util.List;

/**
 * Beat positions from dynamic-programming beat tracking. For long recordings only the first
 * {@link BeatTracker#MAX_TRACKED_SECONDS} are tracked beat by beat; the grid beyond is
 * {@code firstBeatSeconds + n * periodSeconds} and the timeline carries the local tempo.
 */
public record BeatGrid(double firstBeatSeconds, double periodSeconds, List<Double> beatsSeconds) {
    public BeatGrid {
        beatsSeconds = List.copyOf(beatsSeconds);
    }

    public static BeatGrid empty() {
        return new BeatGrid(Double.NaN, Double.NaN, List.of());
    }
}
