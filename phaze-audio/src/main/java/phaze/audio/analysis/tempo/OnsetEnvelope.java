package phaze.audio.analysis.tempo;

import phaze.audio.analysis.spectrum.SpectrumListener;

/**
 * Onset strength after Ellis (2007): log-compressed energy in log-spaced bands, half-wave rectified
 * first difference summed over bands. Bands rather than bins keep the logarithms per frame at 24,
 * which matters at 250x real time.
 */
public final class OnsetEnvelope implements SpectrumListener {
    private static final int BANDS = 24;
    private static final double LOW_HZ = 30;
    private static final double HIGH_HZ = 5000;

    private final int[] bandStart = new int[BANDS + 1];
    private final float[] previous = new float[BANDS];
    private final OnsetListener listener;
    private boolean first = true;

    /** @param binHz frequency spacing of the spectrum bins */
    public OnsetEnvelope(double binHz, int bins, OnsetListener listener) {
        this.listener = listener;
        int last = 0;
        for (int b = 0; b <= BANDS; b++) {
            double hz = LOW_HZ * Math.pow(HIGH_HZ / LOW_HZ, b / (double) BANDS);
            int bin = Math.min(bins - 1, Math.max(last + (b == 0 ? 0 : 1), (int) Math.round(hz / binHz)));
            bandStart[b] = bin;
            last = bin;
        }
    }

    @Override
    public void frame(float[] magnitudes) {
        float flux = 0;
        for (int b = 0; b < BANDS; b++) {
            float sum = 0;
            for (int k = bandStart[b]; k < bandStart[b + 1]; k++) {
                sum += magnitudes[k];
            }
            // log(1 + C x) compresses like loudness perception yet stays finite for silence
            float level = (float) Math.log1p(100f * sum);
            float rise = level - previous[b];
            if (rise > 0 && !first) {
                flux += rise;
            }
            previous[b] = level;
        }
        first = false;
        listener.onset(flux);
    }
}
