package phaze.protocol.agent;

import java.util.List;

/**
 * What the analyze stage measured in one file (phaze-audio's one-pass ingest), flattened for the
 * wire. Keys are written like "A minor"; "no clear key" leaves {@code key} null. The payload hash
 * identifies the decoded audio and survives tag edits.
 */
public record FileAnalysis(Double durationSeconds, Double bpm, Double bpmConfidence, Double bpmAlternative,
                           Double firstBeatSeconds, Double beatPeriodSeconds,
                           String key, Double keyConfidence, String camelot, String openKey,
                           Double lufs, Double loudnessRangeLu, Double samplePeakDbfs, Double truePeakDbtp,
                           Double replayGainDb, Integer energy, Double danceability, Double brightness,
                           Double dynamicsLu, String mood, String moodBecause,
                           String payloadHash, String payloadHashAlgorithm, List<Window> timeline,
                           List<Style> style)
        implements java.io.Serializable {

    public FileAnalysis {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        style = style == null ? List.of() : List.copyOf(style);
    }

    /**
     * A user-supplied style model's score for one label (PHAZE_MODELS_DIR on the agent); none without
     * a model: style is never invented.
     */
    public record Style(String model, String label, double score) implements java.io.Serializable {
    }

    /** One window of a long recording's timeline. */
    public record Window(double startSeconds, double endSeconds, Double bpm, String key, Integer energy, Double lufs)
            implements java.io.Serializable {
    }
}
