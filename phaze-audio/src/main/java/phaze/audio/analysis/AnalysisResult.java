package phaze.audio.analysis;

import java.util.List;
import phaze.audio.analysis.descriptor.Descriptors;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.analysis.loudness.LoudnessMeasurement;
import phaze.audio.analysis.style.StyleScore;
import phaze.audio.analysis.tempo.BeatGrid;
import phaze.audio.analysis.tempo.TempoEstimate;
import phaze.audio.analysis.timeline.Timeline;

/** Everything the one-pass musical analysis found in one stream. */
public record AnalysisResult(double durationSeconds, TempoEstimate tempo, BeatGrid beatGrid, KeyEstimate key,
                             LoudnessMeasurement loudness, Descriptors descriptors, Timeline timeline) {

    /** The same analysis with the scores of the user's style models. */
    public AnalysisResult withStyle(List<StyleScore> style) {
        return new AnalysisResult(durationSeconds, tempo, beatGrid, key, loudness, descriptors.withStyle(style),
                timeline);
    }
}
