package phaze.audio.ingest;

import java.nio.file.Path;
import phaze.audio.decode.PcmSink;

/**
 * The extension point through which the fingerprint engines join the one decode of
 * {@link AudioIngest}. An engine states the mono rate it wants (it must divide the ingest rate of
 * 22050 Hz: 22050, 11025 or 7350); ingest downmixes and decimates for it, so no engine needs a
 * second ffmpeg process.
 */
public interface FingerprintStage {

    /** Short stable name used as the key of the result, e.g. {@code landmark} or {@code robust}. */
    String name();

    /** Mono sample rate the engine wants. */
    int sampleRate();

    /** A fresh run for one file; its sink sees the whole stream, then {@link Run#result()} is read. */
    Run open(Path file);

    interface Run extends PcmSink {
        /** The engine's result for the file (its own type; callers know it by {@link #name()}). */
        Object result();
    }
}
