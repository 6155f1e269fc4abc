package phaze.library.boundary;

import java.util.Map;

/**
 * One file with what the pipeline learned about it: its name repaired when it is mojibake (null when
 * the name reads fine; the file is not renamed), the companion files beside it, its tags (null until
 * the tags stage ran) and the status of each per-file stage ({@code not_started | in_flight | done | failed | skipped}).
 */
public record FileDetail(FileSummary file, String repairedName, java.util.List<String> companions, Tags tags,
                         Analysis analysis, Map<String, StageStatus> stages) {

    /**
     * What the analyze stage measured (null until it ran); {@code timeline} is a JSON array of windows;
     * {@code style} reads like "genre-model: techno 82 %, house 11 %", empty without a style model.
     */
    public record Analysis(Double durationSeconds, Double bpm, Double bpmConfidence, Double bpmAlternative, String key,
                           Double keyConfidence, String camelot, String openKey, Double lufs, Double loudnessRangeLu,
                           Double truePeakDbtp, Integer energy, Double danceability, String mood, String moodBecause,
                           String payloadHash, String timeline, String style) {
    }

    public record Tags(String artist, String title, String album, String albumArtist, String year, String genre,
                       String trackNumber, String discNumber, Double durationSeconds, Integer bitrateKbps,
                       Integer sampleRate, Integer channels, String codec, String reader, String raw) {
    }

    public record StageStatus(String status, String message) {
    }
}
