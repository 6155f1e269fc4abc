package phaze.audio.analysis.loudness;

/**
 * Inter-sample peak estimate by 4x polyphase interpolation (the method of BS.1770-4 Annex 2, with our
 * own windowed-sinc filter). Interpolating every sample would cost more than the rest of the loudness
 * meter, so only samples within 6 dB of the running maximum are interpolated: an inter-sample peak can
 * only exceed the running maximum where its neighbouring samples are already close to it.
 */
final class TruePeakDetector {
    private static final int PHASES = 4;
    private static final int TAPS = 12;
    private static final double[][] FILTER = design();

    private final double[][] history;
    private int pos;
    private double peak;

    TruePeakDetector(int channels) {
        history = new double[channels][TAPS];
    }

    void accept(int channel, double x) {
        double[] h = history[channel];
        h[pos] = x;
        double abs = Math.abs(x);
        if (abs > peak) {
            peak = abs;
        }
        // the interpolated points lie between the samples 6 and 7 frames back, the filter's centre
        double before = Math.abs(h[(pos + TAPS - TAPS / 2) % TAPS]);
        double after = Math.abs(h[(pos + TAPS - TAPS / 2 - 1) % TAPS]);
        if (peak > 0 && Math.max(before, after) >= 0.5 * peak) {
            interpolate(h);
        }
    }

    /** Advance the shared write position after all channels of one frame were accepted. */
    void nextFrame() {
        pos = (pos + 1) % TAPS;
    }

    double peak() {
        return peak;
    }

    private void interpolate(double[] h) {
        for (int p = 1; p < PHASES; p++) {
            double[] f = FILTER[p];
            double y = 0;
            for (int t = 0; t < TAPS; t++) {
                y += f[t] * h[(pos + TAPS - t) % TAPS];
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
