package phaze.audio.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index directory was written by an older Phaze in a format this version cannot read. The index
 * is derived data: the caller may set the directory aside and index the files again.
 */
public final class OlderIndexFormatException extends IOException {
    private final Path directory;

    public OlderIndexFormatException(Path directory, String message) {
        super(message);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
