package phaze.protocol;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a file in a library is to Phaze, decided by its extension. The one list of extensions
 * the scanner accepts; anything else in a library root is not Phaze's business.
 */
public enum FileKind {
    AUDIO("mp3", "m4a", "ogg", "flac", "wav", "aiff", "aif", "wma", "aac", "opus"),
    VIDEO("mp4", "mkv", "avi", "webm", "mov"),
    /** Files that travel with media: sheets, notes, playlists, artwork, checksums. */
    COMPANION("cue", "nfo", "m3u", "m3u8", "txt", "log", "jpg", "jpeg", "png", "gif", "md5", "ffp", "st5", "sfv", "sha256");

    private static final Map<String, FileKind> BY_EXTENSION = Stream.of(values())
            .flatMap(kind -> kind.extensions.stream().map(ext -> Map.entry(ext, kind)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final Set<String> extensions;

    FileKind(String... extensions) {
        this.extensions = Set.of(extensions);
    }

    public Set<String> extensions() {
        return extensions;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of {@code fileName}, or empty when the scanner should pass it by. */
    public static Optional<FileKind> of(String fileName) {
        return extension(fileName).map(BY_EXTENSION::get);
    }

    /** The lower-case extension without the dot; empty for names without one or dot-files. */
    public static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
