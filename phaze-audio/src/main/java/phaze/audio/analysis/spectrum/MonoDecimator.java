package phaze.audio.analysis.spectrum;

import phaze.audio.decode.PcmFormat;
import phaze.audio.decode.PcmSink;

/**
 * Downmixes interleaved PCM to mono and divides the rate by an integer factor behind a windowed-sinc
 * low-pass, forwarding mono blocks to another sink. Lets one decode feed consumers that want a lower
 * rate (the spectral analyzers, the fingerprint engines) without a second ffmpeg process.
 */
public final class MonoDecimator implements PcmSink {
    private static final int TAPS_PER_FACTOR = 16;

    private final int channels;
    private final int factor;
    private final PcmSink target;
    private final float[] filter;
    private final float[] history;
    private final float[] out;
    private int pos;
    private int phase;
    private int outFill;

    public MonoDecimator(PcmFormat input, int factor, PcmSink target) {
        if (factor < 1) {
            throw new IllegalArgumentException("decimation factor must be >= 1: " + factor);
        }
        this.channels = input.channels();
        this.factor = factor;
        this.target = target;
        this.filter = factor == 1 ? new float[] {1f} : lowPass(factor);
        // each sample is stored twice, n apart, so the newest n samples are always contiguous
        this.history = new float[2 * filter.length];
        this.out = new float[4096];
    }

    @Override
    public void accept(float[] interleaved, int frames) {
        float scale = 1f / channels;
        int n = filter.length;
        for (int f = 0, i = 0; f < frames; f++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[i++];
            }
            pos = pos == 0 ? n - 1 : pos - 1;
            history[pos] = sum * scale;
            history[pos + n] = sum * scale;
            if (++phase < factor) {
                continue; // only every factor-th output sample is ever computed
            }
            phase = 0;
            out[outFill++] = convolve(n);
            if (outFill == out.length) {
                flush();
            }
        }
    }

    /** history[pos] is the newest sample, history[pos + n - 1] the oldest. */
    private float convolve(int n) {
        float y = 0;
        if (factor == 2) {
            // half-band: only the centre and the odd taps are non-zero
            for (int t = 1; t < n; t += 2) {
                y += filter[t] * history[pos + t];
            }
            return y + filter[n / 2] * history[pos + n / 2];
        }
        for (int t = 0; t < n; t++) {
            y += filter[t] * history[pos + t];
        }
        return y;
    }

    private void flush() {
        if (outFill > 0) {
            target.accept(out, outFill);
            outFill = 0;
        }
    }

    @Override
    public void end() {
        flush();
        target.end();
    }

    /**
     * Cut-off at the new Nyquist frequency, Blackman window: for a factor of 2 this is a half-band
     * filter whose even taps off the centre are exactly zero and are skipped. The little aliasing just
     * below the new Nyquist frequency is above everything the analyzers read (onsets to 5 kHz, chroma
     * to 3 kHz).
     */
    private static float[] lowPass(int factor) {
        int n = TAPS_PER_FACTOR * factor + 1;
        float[] h = new float[n];
        double cutoff = 0.5 / factor;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double m = i - (n - 1) / 2.0;
            double sinc = m == 0 ? 2 * cutoff
                    : m % factor == 0 ? 0 : Math.sin(2 * Math.PI * cutoff * m) / (Math.PI * m);
            double w = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1)) + 0.08 * Math.cos(4 * Math.PI * i / (n - 1));
            h[i] = (float) (sinc * w);
            sum += h[i];
        }
        for (int i = 0; i < n; i++) {
            h[i] /= (float) sum;
        }
        return h;
    }
}
