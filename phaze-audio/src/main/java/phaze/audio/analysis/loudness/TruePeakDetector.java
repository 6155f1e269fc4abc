package phaze.audio.analysis.loudness;

/**
 * Inter-sample peak estimate by 4x polyphase interpolation (the method of BS.1770-4 Annex 2, with our
 * own windowed-sinc filter). Interpolating every sample would cost as much as the K-weighting, so only
 * between samples within 3 dB of the running maximum: an inter-sample peak can only exceed the running
 * maximum where its neighbouring samples are already close to it, and overshoots of more than 3 dB
 * above both neighbours (the worst case of a quarter-rate sine) do not occur in band-limited audio.
 */
final class TruePeakDetector {
    private static final int PHASES = 4;
    private static final int TAPS = 12;
    /** -3 dB, just below the 1/sqrt(2) neighbours of a quarter-rate sine's peak. */
    private static final double NEIGHBOUR_RATIO = 0.7;
    private static final double[][] FILTER = design();

    /**
     * Frames looked at together: when every sample in them and in the 6 frames before lies below the
     * gate, none is interpolated and none raises a peak, so only the history needs them.
     */
    private static final int QUIET_RUN = 128;

    private final int channels;
    private final double[][] history;
    private int pos;
    private double peak;
    private double samplePeak;

    TruePeakDetector(int channels) {
        this.channels = channels;
        // each sample is stored twice, TAPS apart, so the newest TAPS samples are always contiguous
        history = new double[channels][2 * TAPS];
    }

    /**
     * All frames of an interleaved block, with the same result as {@link #accept}/{@link #nextFrame}
     * frame by frame: runs of {@link #QUIET_RUN} frames far below the running peak (94–96 % of the
     * runs in both test corpora) only pass through the history.
     */
    void accept(float[] interleaved, int start, int frames) {
        int f = 0;
        while (f < frames) {
            int run = Math.min(QUIET_RUN, frames - f);
            int from = start + f * channels;
            float loudest = 0;
            for (int i = from, end = from + run * channels; i < end; i++) {
                float a = Math.abs(interleaved[i]);
                if (a > loudest) { // not Math.max: a NaN sample must be ignored, as accept(c, x) ignores it
                    loudest = a;
                }
            }
            if (loudest > samplePeak) {
                samplePeak = loudest;
            }
            double gate = NEIGHBOUR_RATIO * peak;
            if (loudest < gate && recentBelow(gate)) {
                remember(interleaved, from, run);
            } else {
                for (int k = 0, i = from; k < run; k++) {
                    for (int c = 0; c < channels; c++, i++) {
                        accept(c, interleaved[i]);
                    }
                    nextFrame();
                }
            }
            f += run;
        }
    }

    /** The newest TAPS / 2 frames (the oldest neighbours the next frames gate on) are all below the gate. */
    private boolean recentBelow(double gate) {
        for (double[] h : history) {
            for (int back = 1; back <= TAPS / 2; back++) {
                if (Math.abs(h[pos + back]) >= gate) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Moves a quiet run into the history: only its last TAPS frames stay there. */
    private void remember(float[] interleaved, int from, int run) {
        int skipped = Math.max(0, run - TAPS);
        pos = Math.floorMod(pos - skipped, TAPS);
        for (int k = skipped, i = from + skipped * channels; k < run; k++) {
            for (int c = 0; c < channels; c++, i++) {
                double x = interleaved[i];
                history[c][pos] = x;
                history[c][pos + TAPS] = x;
            }
            nextFrame();
        }
    }

    /** The largest absolute sample value seen by {@link #accept(float[], int, int)}. */
    double samplePeak() {
        return samplePeak;
    }

    void accept(int channel, double x) {
        double[] h = history[channel];
        h[pos] = x;
        h[pos + TAPS] = x;
        double abs = Math.abs(x);
        if (abs > peak) {
            peak = abs;
        }
        // the interpolated points lie between the samples 6 and 5 frames back (h[pos] is the newest)
        double threshold = NEIGHBOUR_RATIO * peak;
        if (Math.abs(h[pos + TAPS / 2]) >= threshold || Math.abs(h[pos + TAPS / 2 - 1]) >= threshold) {
            interpolate(h);
        }
    }

    /** Move the shared write position back after all channels of one frame were accepted. */
    void nextFrame() {
        pos = pos == 0 ? TAPS - 1 : pos - 1;
    }

    double peak() {
        return peak;
    }

    private void interpolate(double[] h) {
        for (int p = 1; p < PHASES; p++) {
            double[] f = FILTER[p];
            double y = 0;
            for (int t = 0; t < TAPS; t++) {
                y += f[t] * h[pos + t];
            }
            if (Math.abs(y) > peak) {
                peak = Math.abs(y);
            }
        }
    }

    private static double[][] design() {
        int length = PHASES * TAPS;
        double[][] phases = new double[PHASES][TAPS];
        double centre = length / 2.0;
        for (int n = 0; n < length; n++) {
            double t = (n - centre) / PHASES;
            double sinc = t == 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
            double window = 0.5 - 0.5 * Math.cos(2 * Math.PI * n / length);
            phases[n % PHASES][n / PHASES] = sinc * window;
        }
        return phases;
    }
}
