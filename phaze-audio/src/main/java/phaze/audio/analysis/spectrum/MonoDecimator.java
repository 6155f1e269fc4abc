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
    /**
     * Linear, oldest first: {@code history[i]} is mono sample {@code historyStart + i}, and the
     * {@code filter.length - 1} samples before the stream are zeros. Linear rather than a ring so that
     * two outputs can be convolved side by side.
     */
    private final float[] history;
    private final float[] out;
    private long historyStart;
    private int fill;
    /** The input sample index of the next output: every factor-th sample, starting with sample factor - 1. */
    private long nextOutput;
    private int outFill;

    public MonoDecimator(PcmFormat input, int factor, PcmSink target) {
        if (factor < 1) {
            throw new IllegalArgumentException("decimation factor must be >= 1: " + factor);
        }
        this.channels = input.channels();
        this.factor = factor;
        this.target = target;
        this.filter = factor == 1 ? new float[] {1f} : lowPass(factor);
        this.history = new float[2 * filter.length + 8192];
        this.historyStart = -(filter.length - 1);
        this.fill = filter.length - 1;
        this.nextOutput = factor - 1;
        this.out = new float[4096];
    }

    @Override
    public void accept(float[] interleaved, int frames) {
        float scale = 1f / channels;
        int f = 0;
        int i = 0;
        while (f < frames) {
            if (fill == history.length) {
                compact();
            }
            int take = Math.min(frames - f, history.length - fill);
            if (channels == 2) { // the loop below for two channels, unrolled: the same sum, in the same order
                for (int k = 0; k < take; k++, i += 2) {
                    history[fill + k] = (0f + interleaved[i] + interleaved[i + 1]) * scale;
                }
            } else {
                for (int k = 0; k < take; k++) {
                    float sum = 0;
                    for (int c = 0; c < channels; c++) {
                        sum += interleaved[i++];
                    }
                    history[fill + k] = sum * scale;
                }
            }
            fill += take;
            f += take;
            produce();
        }
    }

    /** Keeps the newest filter.length - 1 samples, all the next output reads of the past. */
    private void compact() {
        int keep = filter.length - 1;
        System.arraycopy(history, fill - keep, history, 0, keep);
        historyStart += fill - keep;
        fill = keep;
    }

    /**
     * Every output whose newest sample has arrived, two at a time: each output is a chain of dependent
     * float additions whose order the results depend on, and two independent chains overlap in the CPU.
     * Outputs reach the target in blocks of exactly {@code out.length}, as they always did: the timeline
     * windows close between blocks, so the block boundaries are part of the result.
     */
    private void produce() {
        long available = historyStart + fill; // index of the first sample not yet received
        while (nextOutput + factor < available) {
            int newest = (int) (nextOutput - historyStart);
            convolvePair(newest, newest + factor);
            nextOutput += 2L * factor;
        }
        if (nextOutput < available) {
            emit(convolve((int) (nextOutput - historyStart)));
            nextOutput += factor;
        }
    }

    /** The output whose newest sample is history[newest]; filter[0] weighs the newest sample. */
    private float convolve(int newest) {
        int n = filter.length;
        float y = 0;
        if (factor == 2) {
            // half-band: only the centre and the odd taps are non-zero
            for (int t = 1; t < n; t += 2) {
                y += filter[t] * history[newest - t];
            }
            return y + filter[n / 2] * history[newest - n / 2];
        }
        for (int t = 0; t < n; t++) {
            y += filter[t] * history[newest - t];
        }
        return y;
    }

    private void convolvePair(int newestA, int newestB) {
        int n = filter.length;
        float a = 0;
        float b = 0;
        if (factor == 2) {
            for (int t = 1; t < n; t += 2) {
                a += filter[t] * history[newestA - t];
                b += filter[t] * history[newestB - t];
            }
            emit(a + filter[n / 2] * history[newestA - n / 2]);
            emit(b + filter[n / 2] * history[newestB - n / 2]);
            return;
        }
        for (int t = 0; t < n; t++) {
            a += filter[t] * history[newestA - t];
            b += filter[t] * history[newestB - t];
        }
        emit(a);
        emit(b);
    }

    private void emit(float y) {
        out[outFill++] = y;
        if (outFill == out.length) {
            flush();
        }
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
