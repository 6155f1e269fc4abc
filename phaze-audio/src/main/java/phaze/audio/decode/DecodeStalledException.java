package phaze.audio.decode;

import java.nio.file.Path;
import java.time.Duration;

/**
 * ffmpeg produced no output for longer than the watchdog allows and was killed. Usually a hung
 * network share; a retry later may succeed.
 */
public final class DecodeStalledException extends AudioDecodeException {
    public DecodeStalledException(Path file, Duration stall) {
        super(file, file + ": decoder produced no audio for " + stall.toSeconds()
                + " s and was stopped; check that the file's share is reachable and retry");
    }
}
