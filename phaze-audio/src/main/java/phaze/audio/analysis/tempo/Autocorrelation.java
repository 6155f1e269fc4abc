package phaze.audio.analysis.tempo;

/** Unbiased autocorrelation of a mean-removed onset envelope, normalized so that lag 0 is 1. */
final class Autocorrelation {
    private static final double SMOOTHING_LAGS = 1.5;
    private Autocorrelation() {
    }

    /** @return null when the envelope is constant (silence): there is no pulse to measure */
    static double[] of(float[] x, int n, int maxLag) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += x[i];
        }
        mean /= n;
        float[] centred = new float[n];
        for (int i = 0; i < n; i++) {
            centred[i] = (float) (x[i] - mean);
        }
        int lags = Math.min(maxLag, n - 1);
        double[] acf = new double[maxLag];
        for (int lag = 0; lag < lags; lag++) {
            double sum = 0;
            for (int i = 0, j = lag; j < n; i++, j++) {
                sum += centred[i] * centred[j];
            }
            acf[lag] = sum / (n - lag);
        }
        if (!(acf[0] > 1e-12)) {
            return null;
        }
        double zero = acf[0];
        for (int lag = 0; lag < lags; lag++) {
            acf[lag] /= zero;
        }
        return smoothed(acf, lags);
    }

    /**
     * Onset peaks are one or two frames wide, so are the autocorrelation's peaks; sampled between
     * frames they would lose height, and tempos whose beat period is a whole number of frames would win
     * for that reason alone (a bias of a few percent we measured on time-stretched recordings).
     * A Gaussian of {@value #SMOOTHING_LAGS} lags makes every period equally well sampled.
     */
    private static double[] smoothed(double[] acf, int lags) {
        int half = (int) Math.ceil(3 * SMOOTHING_LAGS);
        double[] kernel = new double[2 * half + 1];
        double sum = 0;
        for (int i = -half; i <= half; i++) {
            kernel[i + half] = Math.exp(-0.5 * i * i / (SMOOTHING_LAGS * SMOOTHING_LAGS));
            sum += kernel[i + half];
        }
        double[] out = new double[acf.length];
        for (int lag = 0; lag < lags; lag++) {
            double v = 0;
            for (int i = -half; i <= half; i++) {
                // mirror at lag 0: the autocorrelation is symmetric
                int l = Math.abs(lag + i);
                v += kernel[i + half] * (l < lags ? acf[l] : 0);
            }
            out[lag] = v / sum;
        }
        return out;
    }
}
