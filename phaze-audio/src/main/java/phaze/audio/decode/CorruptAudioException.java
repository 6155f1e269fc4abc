package phaze.audio.decode;

import java.nio.file.Path;

/**
 * ffmpeg could not read the file, or stopped early: damaged data, a truncated download, an unknown
 * format. Retrying will not help; re-fetch or repair the file.
 */
public final class CorruptAudioException extends AudioDecodeException {
    public CorruptAudioException(Path file, String detail) {
        super(file, file + ": unreadable or truncated audio (" + detail + "); re-fetch or repair the file");
    }
}
