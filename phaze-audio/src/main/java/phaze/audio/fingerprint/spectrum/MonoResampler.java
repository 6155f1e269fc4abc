package phaze.audio.fingerprint.spectrum;

/**
 * Downmixes interleaved PCM of any rate and channel count to mono at a lower target rate with a
 * windowed-sinc low-pass, streaming. Lets the fingerprint engines sit on the analysis decode
 * (e.g. 22050 Hz stereo) instead of needing a second ffmpeg pass.
 */
final class MonoResampler {
    /** Called with each block of resampled mono samples. */
    interface Output {
        void samples(float[] mono, int count);
    }

    private static final int PHASES = 64;
    private static final int ZERO_CROSSINGS = 6;

    private final int channels;
    private final double step;
    private final int halfTaps;
    private final float[][] kernel;
    /**
     * Linear, not a ring, so the taps of an output read one contiguous run: {@code history[i]} is input
     * sample {@code historyStart + i}.
     */
    private final float[] history;
    private long historyStart;
    private int fill;
    private final Output output;
    private final float[] out = new float[1024];
    private long written;
    private double nextPosition;
    private int outCount;
    private final boolean passThrough;

    MonoResampler(int inRate, int channels, int outRate, Output output) {
        if (inRate < outRate) {
            throw new IllegalArgumentException("fingerprints need at least " + outRate + " Hz, got " + inRate);
        }
        this.channels = channels;
        this.output = output;
        this.step = inRate / (double) outRate;
        this.passThrough = inRate == outRate;
        double cutoff = 0.47 / step; // just under the target Nyquist, in cycles per input sample
        this.halfTaps = (int) Math.ceil(ZERO_CROSSINGS * step);
        kernel = new float[PHASES + 1][2 * halfTaps];
        for (int p = 0; p <= PHASES; p++) {
            double frac = p / (double) PHASES;
            for (int k = 0; k < 2 * halfTaps; k++) {
                double x = k - halfTaps + 1 - frac; // distance of tap from the output position
                double sinc = x == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
                double w = 0.5 + 0.5 * Math.cos(Math.PI * x / (halfTaps + 1));
                kernel[p][k] = (float) (sinc * w);
            }
        }
        history = new float[4 * halfTaps + 8192];
        nextPosition = halfTaps; // first output needs a full window of history
    }

    void accept(float[] interleaved, int frames) {
        if (passThrough) {
            for (int i = 0; i < frames; i++) {
                emit(mono(interleaved, i));
            }
            return;
        }
        int i = 0;
        while (i < frames) {
            if (fill == history.length) {
                compact();
            }
            int take = Math.min(frames - i, history.length - fill);
            if (channels == 2) {
                // mono()'s sum in its order, times 0.5f: equal to dividing by 2 for every float, without a division
                for (int j = 0, k = 2 * i; j < take; j++, k += 2) {
                    history[fill + j] = (0f + interleaved[k] + interleaved[k + 1]) * 0.5f;
                }
            } else {
                for (int j = 0; j < take; j++) {
                    history[fill + j] = mono(interleaved, i + j);
                }
            }
            fill += take;
            written += take;
            i += take;
            produce();
        }
    }

    private float mono(float[] interleaved, int frame) {
        float sum = 0;
        int base = frame * channels;
        for (int c = 0; c < channels; c++) {
            sum += interleaved[base + c];
        }
        return sum / channels;
    }

    void flush() {
        if (outCount > 0) {
            output.samples(out, outCount);
            outCount = 0;
        }
    }

    /** Drops the samples no future output reads. */
    private void compact() {
        int keepFrom = (int) Math.max(0, (long) nextPosition - halfTaps + 1 - historyStart);
        System.arraycopy(history, keepFrom, history, 0, fill - keepFrom);
        historyStart += keepFrom;
        fill -= keepFrom;
    }

    /**
     * Every output whose window has arrived, four at a time: each output's sum is a chain of dependent
     * float additions (which must keep its order, or the fingerprints change), so running four chains
     * side by side is what lets the CPU overlap them.
     */
    private void produce() {
        int taps = 2 * halfTaps;
        while (true) {
            double p0 = nextPosition;
            double p1 = p0 + step;
            double p2 = p1 + step;
            double p3 = p2 + step;
            if (!(p3 + halfTaps < written)) {
                break;
            }
            float[] t0 = kernel[phase(p0)];
            float[] t1 = kernel[phase(p1)];
            float[] t2 = kernel[phase(p2)];
            float[] t3 = kernel[phase(p3)];
            int f0 = first(p0);
            int f1 = first(p1);
            int f2 = first(p2);
            int f3 = first(p3);
            float a0 = 0;
            float a1 = 0;
            float a2 = 0;
            float a3 = 0;
            for (int k = 0; k < taps; k++) {
                a0 += t0[k] * history[f0 + k];
                a1 += t1[k] * history[f1 + k];
                a2 += t2[k] * history[f2 + k];
                a3 += t3[k] * history[f3 + k];
            }
            emit(a0);
            emit(a1);
            emit(a2);
            emit(a3);
            nextPosition = p3 + step;
        }
        while (nextPosition + halfTaps < written) {
            emit(interpolate(nextPosition));
            nextPosition += step;
        }
    }

    private float interpolate(double position) {
        float[] taps = kernel[phase(position)];
        int first = first(position);
        float acc = 0;
        for (int k = 0; k < taps.length; k++) {
            acc += taps[k] * history[first + k];
        }
        return acc;
    }

    private static int phase(double position) {
        return (int) Math.round((position - (long) position) * PHASES);
    }

    /** Index in {@link #history} of the first tap's sample. */
    private int first(double position) {
        return (int) ((long) position - halfTaps + 1 - historyStart);
    }

    private void emit(float sample) {
        out[outCount++] = sample;
        if (outCount == out.length) {
            output.samples(out, outCount);
            outCount = 0;
        }
    }
}
