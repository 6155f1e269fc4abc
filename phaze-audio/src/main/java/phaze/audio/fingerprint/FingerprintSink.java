package phaze.audio.fingerprint;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import phaze.audio.decode.PcmFormat;
import phaze.audio.decode.PcmSink;
import phaze.audio.fingerprint.landmark.LandmarkExtractor;
import phaze.audio.fingerprint.robust.RobustExtractor;
import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;
import phaze.audio.fingerprint.spectrum.SpectrumListener;

/**
 * A {@link PcmSink} that fingerprints whatever PCM it is fed (any rate >= 8 kHz, any channel count)
 * with the chosen engines, sharing one resampler and one spectrum. Put it next to the analyzers on
 * a single decode; read {@link #result()} after {@link #end()}. Not thread-safe: one per stream.
 */
public final class FingerprintSink implements PcmSink {
    private final SpectralFrontEnd frontEnd;
    private final LandmarkExtractor landmark;
    private final RobustExtractor robust;
    private boolean ended;

    public FingerprintSink(PcmFormat format, Set<Engine> engines, Density density) {
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("choose at least one engine");
        }
        List<SpectrumListener> listeners = new ArrayList<>();
        landmark = engines.contains(Engine.LANDMARK) ? new LandmarkExtractor(density) : null;
        robust = engines.contains(Engine.ROBUST) ? new RobustExtractor(density) : null;
        if (landmark != null) {
            listeners.add(landmark);
        }
        if (robust != null) {
            listeners.add(robust);
        }
        frontEnd = new SpectralFrontEnd(format.sampleRate(), format.channels(), listeners);
    }

    @Override
    public void accept(float[] interleaved, int frames) {
        frontEnd.accept(interleaved, frames);
    }

    @Override
    public void end() {
        if (!ended) {
            ended = true;
            frontEnd.end();
        }
    }

    /** The fingerprints; call after {@link #end()}. */
    public Fingerprints result() {
        if (!ended) {
            throw new IllegalStateException("the stream has not ended yet");
        }
        Map<Engine, Fingerprint> out = new EnumMap<>(Engine.class);
        if (landmark != null) {
            out.put(Engine.LANDMARK, landmark.result());
        }
        if (robust != null) {
            out.put(Engine.ROBUST, robust.result());
        }
        return new Fingerprints(out, frontEnd.seconds());
    }
}
