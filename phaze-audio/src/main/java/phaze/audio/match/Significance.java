package phaze.audio.match;

/**
 * Turns "c hashes agree on one alignment" into a calibrated score: -log10 of the probability that
 * chance alone puts c or more of the reference's n random hits into the best of the alignments
 * tried (Poisson tail with a Bonferroni correction for every alignment and reference examined).
 * This is what makes an unindexed recording produce no match however large the index grows: more
 * postings mean more random hits, a larger expected count, and a higher bar.
 */
final class Significance {
    /** 1e-5 chance per query of a false match. */
    static final double THRESHOLD = 5.0;
    /** Below this many agreeing hashes nothing is believed, whatever the statistics say. */
    static final int MIN_ALIGNED = 6;
    /**
     * Fewer aligned hashes are considered only as evidence for {@link Corroboration}, where the
     * other engine must independently agree: 4 + 4 at one alignment, never 4 alone.
     */
    static final int HINT_MIN_ALIGNED = 4;

    private Significance() {
    }

    /**
     * @param aligned      hashes in the best alignment
     * @param expected     expected random hashes in one alignment cell (lambda)
     * @param trials       alignment cells examined (offsets x stretches x references)
     */
    static double score(int aligned, double expected, double trials) {
        return score(aligned, expected, trials, MIN_ALIGNED);
    }

    /** Fewest aligned hashes a matcher asked for matches down to {@code bar} considers. */
    static int minAligned(double bar) {
        return bar < THRESHOLD ? HINT_MIN_ALIGNED : MIN_ALIGNED;
    }

    static double score(int aligned, double expected, double trials, int minAligned) {
        if (aligned < minAligned) {
            return 0;
        }
        double lambda = Math.max(expected, 1e-9);
        // log P(X >= c) ~ log P(X = c) + log(1 / (1 - lambda / (c + 1))) for c well above lambda
        double logP = -lambda + aligned * Math.log(lambda) - logFactorial(aligned);
        double ratio = lambda / (aligned + 1);
        logP += ratio < 1 ? -Math.log(1 - ratio) : 0;
        if (aligned <= lambda) {
            return 0;
        }
        double log10 = -(logP / Math.log(10)) - Math.log10(Math.max(1, trials));
        return Math.max(0, log10);
    }

    private static double logFactorial(int n) {
        if (n < 20) {
            double f = 0;
            for (int i = 2; i <= n; i++) {
                f += Math.log(i);
            }
            return f;
        }
        return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1.0 / (12 * n); // Stirling
    }
}
