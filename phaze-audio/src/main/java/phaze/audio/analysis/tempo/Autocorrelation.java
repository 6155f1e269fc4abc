package phaze.audio.analysis.tempo;

/** Unbiased autocorrelation of a mean-removed onset envelope, normalized so that lag 0 is 1. */
final class Autocorrelation {
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
        return acf;
    }
}
