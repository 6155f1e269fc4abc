package phaze.audio.decode;

import java.nio.file.Path;

/**
 * A file could not be probed or decoded. Subclasses say why, so a caller can decide whether to
 * retry (a stall), skip the file for good (no audio, corrupt) or fix the machine (ffmpeg missing).
 */
public class AudioDecodeException extends Exception {
    private final Path file;

    public AudioDecodeException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public AudioDecodeException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that failed; null when the failure is not about one file (ffmpeg missing). */
    public Path file() {
        return file;
    }
}
