package phaze.audio.analysis;

import java.util.ArrayList;
import java.util.List;
import phaze.audio.analysis.descriptor.DescriptorRules;
import phaze.audio.analysis.descriptor.SpectralBalance;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.analysis.key.PitchClassProfile;
import phaze.audio.analysis.loudness.LoudnessMeasurement;
import phaze.audio.analysis.loudness.LoudnessMeter;
import phaze.audio.analysis.spectrum.MonoDecimator;
import phaze.audio.analysis.spectrum.Stft;
import phaze.audio.analysis.tempo.OnsetEnvelope;
import phaze.audio.analysis.tempo.TempoEstimate;
import phaze.audio.analysis.tempo.TempoTracker;
import phaze.audio.analysis.timeline.Timeline;
import phaze.audio.analysis.timeline.TimelineWindow;
import phaze.audio.decode.PcmFormat;
import phaze.audio.decode.PcmSink;

/**
 * All musical analysis as one {@link PcmSink}: loudness on the full-rate channels; tempo, key and
 * spectral descriptors on a mono stream at ~11 kHz (everything they need lies below 5 kHz, and a
 * quarter of the samples keeps them at a quarter of the full-rate cost). The stream is cut into timeline
 * windows as it passes; memory does not grow with the stream's length beyond one record per window.
 */
public final class MusicAnalyzer implements PcmSink {
    public static final double DEFAULT_WINDOW_SECONDS = 30;
    static final int SPECTRAL_RATE_TARGET = 11025;
    private static final int ONSET_FFT = 512;
    private static final int ONSET_HOP = 128;
    /** 743 ms at 11025 Hz: 1.35 Hz bins, enough to separate semitones of bass notes down to ~50 Hz. */
    private static final int CHROMA_FFT = 8192;
    private static final int CHROMA_HOP = 4096;

    private final PcmFormat format;
    private final double windowSeconds;
    private final long windowFrames;
    private final LoudnessMeter loudness;
    private final MonoDecimator mono;
    private final TempoTracker tempo;
    private final PitchClassProfile chroma;
    private final SpectralBalance balance;
    private final List<TimelineWindow> windows = new ArrayList<>();
    private long frames;
    private long windowStart;
    private AnalysisResult result;

    public MusicAnalyzer(PcmFormat format) {
        this(format, DEFAULT_WINDOW_SECONDS);
    }

    public MusicAnalyzer(PcmFormat format, double windowSeconds) {
        this.format = format;
        this.windowSeconds = windowSeconds;
        this.windowFrames = Math.round(windowSeconds * format.sampleRate());
        int factor = Math.max(1, Math.round(format.sampleRate() / (float) SPECTRAL_RATE_TARGET));
        double rate = format.sampleRate() / (double) factor;
        this.loudness = new LoudnessMeter(format);
        this.tempo = new TempoTracker(rate / ONSET_HOP, ONSET_FFT / 2.0 / rate, windowSeconds);
        this.balance = new SpectralBalance(rate / ONSET_FFT);
        this.chroma = new PitchClassProfile(rate / CHROMA_FFT, CHROMA_FFT / 2 + 1);
        OnsetEnvelope onsets = new OnsetEnvelope(rate / ONSET_FFT, ONSET_FFT / 2 + 1, strength -> {
            tempo.onset(strength);
            balance.onset(strength);
        });
        Stft onsetStft = new Stft(ONSET_FFT, ONSET_HOP, m -> {
            onsets.frame(m);
            balance.frame(m);
        });
        Stft chromaStft = new Stft(CHROMA_FFT, CHROMA_HOP, chroma);
        this.mono = new MonoDecimator(format, factor, new PcmSink() {
            @Override
            public void accept(float[] samples, int n) {
                onsetStft.accept(samples, n);
                chromaStft.accept(samples, n);
            }
        });
    }

    @Override
    public void accept(float[] interleaved, int n) {
        int offset = 0;
        while (offset < n) {
            int take = (int) Math.min(n - offset, windowStart + windowFrames - frames);
            float[] part = interleaved;
            if (offset > 0 || take < n) {
                part = new float[take * format.channels()];
                System.arraycopy(interleaved, offset * format.channels(), part, 0, part.length);
            }
            loudness.accept(part, take);
            mono.accept(part, take);
            frames += take;
            offset += take;
            if (frames == windowStart + windowFrames) {
                closeWindow();
            }
        }
    }

    private void closeWindow() {
        long length = frames - windowStart;
        if (length == 0) {
            return;
        }
        TempoEstimate t = tempo.closeWindow();
        KeyEstimate k = chroma.closeWindow();
        double lufs = loudness.closeWindow();
        double[] spectral = balance.closeWindow();
        int energy = DescriptorRules.energy(lufs, spectral[1], spectral[0]);
        windows.add(new TimelineWindow(seconds(windowStart), seconds(length), t, k, round1(lufs), energy));
        windowStart = frames;
    }

    @Override
    public void end() {
        if (result != null) {
            return;
        }
        mono.end();
        closeWindow();
        TempoEstimate t = tempo.estimate();
        KeyEstimate k = chroma.estimate();
        LoudnessMeasurement l = loudness.measurement();
        result = new AnalysisResult(seconds(frames), t, tempo.beatGrid(t), k, l,
                DescriptorRules.describe(l.integratedLufs(), l.loudnessRangeLu(), balance.meanOnset(),
                        balance.brightness(), t, k),
                new Timeline(windowSeconds, windows));
    }

    /** The analysis; only after {@link #end()}, i.e. after the stream decoded completely. */
    public AnalysisResult result() {
        if (result == null) {
            throw new IllegalStateException("stream not ended");
        }
        return result;
    }

    private double seconds(long f) {
        return f / (double) format.sampleRate();
    }

    private static double round1(double x) {
        return Double.isFinite(x) ? Math.round(x * 10) / 10.0 : x;
    }
}
