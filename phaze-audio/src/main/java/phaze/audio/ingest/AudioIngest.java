package phaze.audio.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.MusicAnalyzer;
import phaze.audio.analysis.PayloadHasher;
import phaze.audio.analysis.style.StyleModels;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.AudioProbe;
import phaze.audio.decode.PcmFormat;
import phaze.audio.decode.PcmSink;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.FingerprintSink;
import phaze.audio.fingerprint.Fingerprints;

/**
 * The one entry point the agent calls per file: decode once at {@link #FORMAT} and feed the payload
 * hash, the musical analysis and both fingerprint engines from that single stream. Thread-safe: each
 * call builds its own sinks and runs one ffmpeg process, which also says what the file holds; run
 * one call per core.
 */
public final class AudioIngest {
    /**
     * 22050 Hz stereo: loudness needs the channels and K-weighted energy up to 11 kHz; the spectral
     * analyzers take mono at 11025 Hz and the fingerprint engines mono at 8000 Hz from it (ADR 030).
     */
    public static final PcmFormat FORMAT = new PcmFormat(22050, 2);

    private final AudioDecoder decoder;
    private final Set<Engine> engines;
    private final Density density;
    private final StyleModels styles;

    /** Both fingerprint engines at index density, as the agent needs them; style models of PHAZE_MODELS_DIR. */
    public AudioIngest() {
        this(new AudioDecoder(), EnumSet.allOf(Engine.class), Density.INDEX);
    }

    /** @param engines the fingerprint engines to run; empty for analysis and payload hash only */
    public AudioIngest(AudioDecoder decoder, Set<Engine> engines, Density density) {
        this(decoder, engines, density, StyleModels.configured());
    }

    /** @param styles the style classifiers to run on each analysis ({@link StyleModels#none()} for none) */
    public AudioIngest(AudioDecoder decoder, Set<Engine> engines, Density density, StyleModels styles) {
        this.decoder = decoder;
        this.engines = engines.isEmpty() ? EnumSet.noneOf(Engine.class) : EnumSet.copyOf(engines);
        this.density = density;
        this.styles = styles;
    }

    /** Analysis and payload hash only: what {@code analyze} needs. */
    public static AudioIngest analysisOnly() {
        return new AudioIngest(new AudioDecoder(), Set.of(), Density.INDEX);
    }

    public IngestResult ingest(Path file) throws AudioDecodeException {
        PayloadHasher hasher = new PayloadHasher(FORMAT);
        MusicAnalyzer analyzer = new MusicAnalyzer(FORMAT);
        List<PcmSink> sinks = new ArrayList<>(List.of(hasher, analyzer));
        FingerprintSink fingerprinter = engines.isEmpty() ? null : new FingerprintSink(FORMAT, engines, density);
        if (fingerprinter != null) {
            sinks.add(fingerprinter);
        }
        AudioProbe probe = decoder.decode(file, FORMAT, new FanOut(sinks));
        Fingerprints fingerprints = fingerprinter != null ? fingerprinter.result()
                : new Fingerprints(Map.of(), analyzer.result().durationSeconds());
        // after the stream: the models read the finished analysis, so without one nothing is computed
        AnalysisResult analysis = styles.classify(file, analyzer.result());
        return new IngestResult(file, probe, hasher.hash(), analysis, fingerprints);
    }

    /** One stream to many sinks, in order; no sink may modify the shared block. */
    private record FanOut(List<PcmSink> sinks) implements PcmSink {
        @Override
        public void accept(float[] interleaved, int frames) {
            for (PcmSink s : sinks) {
                s.accept(interleaved, frames);
            }
        }

        @Override
        public void end() {
            for (PcmSink s : sinks) {
                s.end();
            }
        }
    }
}
