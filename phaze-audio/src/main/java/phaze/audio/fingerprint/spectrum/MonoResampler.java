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
    private final float[] history;
    private final int mask;
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
        int size = Integer.highestOneBit(4 * halfTaps + 4096) << 1;
        history = new float[size];
        mask = size - 1;
        nextPosition = halfTaps; // first output needs a full window of history
    }

    void accept(float[] interleaved, int frames) {
        for (int i = 0; i < frames; i++) {
            float sum = 0;
            int base = i * channels;
            for (int c = 0; c < channels; c++) {
                sum += interleaved[base + c];
            }
            float mono = sum / channels;
            if (passThrough) {
                emit(mono);
                continue;
            }
            history[(int) (written & mask)] = mono;
            written++;
            while (nextPosition + halfTaps < written) {
                emit(interpolate(nextPosition));
                nextPosition += step;
            }
        }
    }

    void flush() {
        if (outCount > 0) {
            output.samples(out, outCount);
            outCount = 0;
        }
    }

    private float interpolate(double position) {
        long left = (long) position;
        int phase = (int) Math.round((position - left) * PHASES);
        float[] taps = kernel[phase];
        long first = left - halfTaps + 1;
        float acc = 0;
        for (int k = 0; k < taps.length; k++) {
            acc += taps[k] * history[(int) ((first + k) & mask)];
        }
        return acc;
    }

    private void emit(float sample) {
        out[outCount++] = sample;
        if (outCount == out.length) {
            output.samples(out, outCount);
            outCount = 0;
        }
    }
}
