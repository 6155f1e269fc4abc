package phaze.audio.fingerprint;

import java.nio.file.Path;
import java.util.Set;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.PcmFormat;

/** Fingerprints a file with its own decode, for callers that do not share a decode with analysis. */
public final class Fingerprinter {
    /** The rate the engines work at; decoding straight to it skips resampling. */
    public static final PcmFormat NATIVE_FORMAT = PcmFormat.mono(8000);

    private final AudioDecoder decoder;

    public Fingerprinter(AudioDecoder decoder) {
        this.decoder = decoder;
    }

    public Fingerprints fingerprint(Path file, Set<Engine> engines, Density density) throws AudioDecodeException {
        FingerprintSink sink = new FingerprintSink(NATIVE_FORMAT, engines, density);
        decoder.decode(file, NATIVE_FORMAT, sink);
        return sink.result();
    }
}
