package phaze.protocol.agent;

import java.util.List;
import java.util.Map;

/**
 * What an agent read from a file's tags and stream: the common fields, and every raw tag as read.
 * {@code reader} names the source (jaudiotagger, ffprobe). Any field may be null. {@code companions}: the
 * texts of the cue sheets, notes and playlists beside the file.
 */
public record FileTags(String artist, String title, String album, String albumArtist, String year, String genre,
                       String trackNumber, String discNumber, Double durationSeconds, Integer bitrateKbps,
                       Integer sampleRate, Integer channels, String codec, String reader, Map<String, String> raw,
                       List<CompanionNote> companions) {
    public FileTags {
        raw = raw == null ? Map.of() : Map.copyOf(raw);
        companions = companions == null ? List.of() : List.copyOf(companions);
    }

    public FileTags withCompanions(List<CompanionNote> notes) {
        return new FileTags(artist, title, album, albumArtist, year, genre, trackNumber, discNumber, durationSeconds,
                bitrateKbps, sampleRate, channels, codec, reader, raw, notes);
    }
}
