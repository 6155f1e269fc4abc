package phaze.protocol.agent;

import java.util.Map;

/**
 * What an agent read from a file's tags and stream: the common fields, and every raw tag as read.
 * {@code reader} names the source (jaudiotagger, ffprobe). Any field may be null.
 */
public record FileTags(String artist, String title, String album, String albumArtist, String year, String genre,
                       String trackNumber, String discNumber, Double durationSeconds, Integer bitrateKbps,
                       Integer sampleRate, Integer channels, String codec, String reader, Map<String, String> raw) {
    public FileTags {
        raw = raw == null ? Map.of() : Map.copyOf(raw);
    }
}
