package phaze.audio.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import phaze.audio.analysis.MusicAnalyzer;
import phaze.audio.analysis.PayloadHasher;
import phaze.audio.analysis.spectrum.MonoDecimator;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.AudioProbe;
import phaze.audio.decode.PcmFormat;
import phaze.audio.decode.PcmSink;

/**
 * The one entry point the agent calls per file: decode once at {@link #FORMAT} and feed the payload
 * hash, the musical analysis and every fingerprint engine from that single stream. Thread-safe: each
 * call builds its own sinks and runs its own ffmpeg process.
 */
public final class AudioIngest {
    /**
     * 22050 Hz stereo: loudness needs the channels and K-weighted energy up to 11 kHz; the spectral
     * analyzers and fingerprint engines get mono at 11025 Hz or 22050 Hz by decimation (ADR 030).
     */
    public static final PcmFormat FORMAT = new PcmFormat(22050, 2);

    private final AudioDecoder decoder;
    private final List<FingerprintStage> stages;

    /** Analysis and payload hash only, until fingerprint engines are registered. */
    public AudioIngest() {
        this(new AudioDecoder(), List.of());
    }

    public AudioIngest(AudioDecoder decoder, List<FingerprintStage> stages) {
        this.decoder = decoder;
        this.stages = List.copyOf(stages);
        for (FingerprintStage s : stages) {
            if (FORMAT.sampleRate() % s.sampleRate() != 0) {
                throw new IllegalArgumentException("fingerprint stage " + s.name() + " wants " + s.sampleRate()
                        + " Hz; ingest decodes at " + FORMAT.sampleRate() + " Hz and can only divide it by an integer");
            }
        }
    }

    public IngestResult ingest(Path file) throws AudioDecodeException {
        AudioProbe probe = decoder.probe(file);
        PayloadHasher hasher = new PayloadHasher(FORMAT);
        MusicAnalyzer analyzer = new MusicAnalyzer(FORMAT);
        List<PcmSink> sinks = new ArrayList<>(List.of(hasher, analyzer));
        Map<String, FingerprintStage.Run> runs = new LinkedHashMap<>();
        for (FingerprintStage stage : stages) {
            FingerprintStage.Run run = stage.open(file);
            runs.put(stage.name(), run);
            sinks.add(new MonoDecimator(FORMAT, FORMAT.sampleRate() / stage.sampleRate(), run));
        }
        decoder.decode(probe, FORMAT, new FanOut(sinks));
        Map<String, Object> fingerprints = new LinkedHashMap<>();
        runs.forEach((name, run) -> fingerprints.put(name, run.result()));
        return new IngestResult(file, probe, hasher.hash(), analyzer.result(), fingerprints);
    }

    /** One stream to many sinks, in order; each sink must not modify the shared block. */
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
