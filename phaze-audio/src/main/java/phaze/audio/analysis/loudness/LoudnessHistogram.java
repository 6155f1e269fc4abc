package phaze.audio.analysis.loudness;

/**
 * Gating blocks binned by loudness at 0.01 LU, keeping the summed energy per bin. This replaces the
 * list of all blocks that BS.1770 gating seems to need: memory stays constant for an 8-hour set,
 * and because each bin keeps its exact energy only the gate decision is quantized, not the result.
 */
final class LoudnessHistogram {
    static final double FLOOR_LUFS = -70.0;
    private static final double CEILING_LUFS = 10.0;
    private static final double STEP = 0.01;
    private static final int BINS = (int) Math.round((CEILING_LUFS - FLOOR_LUFS) / STEP);

    private final long[] counts = new long[BINS];
    private final double[] energies = new double[BINS];
    private long total;

    /** Adds one block given its mean-square energy (already channel-weighted). */
    void add(double energy) {
        double lufs = Loudness.lufs(energy);
        if (!(lufs > FLOOR_LUFS)) {
            return; // absolute gate of BS.1770-4
        }
        int bin = Math.min(BINS - 1, (int) ((lufs - FLOOR_LUFS) / STEP));
        counts[bin]++;
        energies[bin] += energy;
        total++;
    }

    void clear() {
        java.util.Arrays.fill(counts, 0);
        java.util.Arrays.fill(energies, 0);
        total = 0;
    }

    /** Integrated loudness with the relative gate {@code relativeGateLu} below the absolute-gated mean. */
    double gatedLoudness(double relativeGateLu) {
        if (total == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double gate = Loudness.lufs(meanEnergyFrom(0)) + relativeGateLu;
        return Loudness.lufs(meanEnergyFrom(binOf(gate)));
    }

    /** Loudness range per EBU Tech 3342: 10th to 95th percentile of blocks above a -20 LU relative gate. */
    double range() {
        if (total == 0) {
            return 0;
        }
        int from = binOf(Loudness.lufs(meanEnergyFrom(0)) - 20.0);
        long n = 0;
        for (int i = from; i < BINS; i++) {
            n += counts[i];
        }
        if (n == 0) {
            return 0;
        }
        return percentile(from, n, 0.95) - percentile(from, n, 0.10);
    }

    private double percentile(int from, long n, double p) {
        long rank = (long) Math.floor(p * (n - 1));
        long seen = 0;
        for (int i = from; i < BINS; i++) {
            seen += counts[i];
            if (seen > rank) {
                return FLOOR_LUFS + (i + 0.5) * STEP;
            }
        }
        return CEILING_LUFS;
    }

    private double meanEnergyFrom(int fromBin) {
        double sum = 0;
        long n = 0;
        for (int i = Math.max(0, fromBin); i < BINS; i++) {
            sum += energies[i];
            n += counts[i];
        }
        return n == 0 ? 0 : sum / n;
    }

    private static int binOf(double lufs) {
        // a block belongs above the gate when its loudness exceeds it; bins are closed below
        return (int) Math.ceil((lufs - FLOOR_LUFS) / STEP - 1e-9);
    }
}
