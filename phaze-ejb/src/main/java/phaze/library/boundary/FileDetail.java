package phaze.library.boundary;

import java.util.Map;

/**
 * One file with what the pipeline learned about it: its tags (null until the tags stage ran) and
 * the status of each per-file stage ({@code not_started | in_flight | done | failed | skipped}).
 */
public record FileDetail(FileSummary file, Tags tags, Map<String, StageStatus> stages) {

    public record Tags(String artist, String title, String album, String albumArtist, String year, String genre,
                       String trackNumber, String discNumber, Double durationSeconds, Integer bitrateKbps,
                       Integer sampleRate, Integer channels, String codec, String reader, String raw) {
    }

    public record StageStatus(String status, String message) {
    }
}
