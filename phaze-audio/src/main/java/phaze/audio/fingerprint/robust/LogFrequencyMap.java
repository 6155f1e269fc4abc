package phaze.audio.fingerprint.robust;

import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;

/**
 * Maps the linear 15.6 Hz bins onto quarter-tone bins from 500 Hz to 4 kHz. On a log axis a pitch
 * shift is a constant offset, which is what lets triplet hashes of frequency differences ignore it.
 */
final class LogFrequencyMap {
    static final double BASE_HZ = 500.0;
    static final int BINS_PER_OCTAVE = 24;
    static final int BINS = 72;
    /** Anchor frequencies are stored in sixths of a semitone: 3 per quarter-tone bin. */
    static final int FINE_PER_BIN = 3;

    private static final double HZ_PER_LINEAR_BIN = SpectralFrontEnd.SAMPLE_RATE / (double) SpectralFrontEnd.FFT_SIZE;
    private final int[] lo = new int[BINS];
    private final int[] hi = new int[BINS];

    LogFrequencyMap() {
        for (int k = 0; k < BINS; k++) {
            double centre = BASE_HZ * Math.pow(2, k / (double) BINS_PER_OCTAVE);
            double from = centre * Math.pow(2, -0.5 / BINS_PER_OCTAVE) / HZ_PER_LINEAR_BIN;
            double to = centre * Math.pow(2, 0.5 / BINS_PER_OCTAVE) / HZ_PER_LINEAR_BIN;
            lo[k] = (int) Math.ceil(from);
            hi[k] = Math.max(lo[k], (int) Math.ceil(to) - 1); // narrow low bins fall back to the nearest linear bin
            if (hi[k] < lo[k] || lo[k] > to) {
                lo[k] = hi[k] = (int) Math.round(centre / HZ_PER_LINEAR_BIN);
            }
        }
    }

    void map(float[] linear, float[] log) {
        for (int k = 0; k < BINS; k++) {
            float best = linear[lo[k]];
            for (int j = lo[k] + 1; j <= hi[k]; j++) {
                best = Math.max(best, linear[j]);
            }
            log[k] = best;
        }
    }

    /**
     * The peak's frequency refined by a parabola through the strongest linear bin of log bin k and its
     * neighbours, in sixth-semitone units above {@link #BASE_HZ}.
     */
    int fineFrequency(float[] linear, int k) {
        int j = lo[k];
        for (int i = lo[k] + 1; i <= hi[k]; i++) {
            if (linear[i] > linear[j]) {
                j = i;
            }
        }
        double a = linear[j - 1];
        double b = linear[j];
        double c = linear[j + 1];
        double denom = a - 2 * b + c;
        double delta = denom < 0 ? Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / denom)) : 0;
        double hz = (j + delta) * HZ_PER_LINEAR_BIN;
        double fine = BINS_PER_OCTAVE * FINE_PER_BIN * (Math.log(hz / BASE_HZ) / Math.log(2));
        return (int) Math.max(0, Math.min(255, Math.round(fine)));
    }
}
