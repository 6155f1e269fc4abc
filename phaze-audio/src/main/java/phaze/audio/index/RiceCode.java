package phaze.audio.index;

/**
 * Golomb-Rice codes for the gaps between sorted postings: a gap {@code g} costs
 * {@code (g >>> k) + 1 + k} bits. Random reference ids in one posting list have near-geometric gaps,
 * for which this is close to the entropy. A quotient of {@link #ESCAPE} or more is written as the
 * escape quotient followed by the raw 32-bit value, so one outlier gap never costs thousands of bits.
 */
final class RiceCode {
    static final int ESCAPE = 40;
    static final int MAX_K = 31;

    private RiceCode() {
    }

    static long cost(int gap, int k) {
        long q = (gap & 0xffffffffL) >>> k;
        return q < ESCAPE ? q + 1 + k : ESCAPE + 1 + 32;
    }

    /** The parameter that codes {@code gaps[0..n)} in the fewest bits. */
    static int bestK(int[] gaps, int n) {
        long mean = 0;
        for (int i = 0; i < n; i++) {
            mean += gaps[i];
        }
        mean /= Math.max(1, n);
        // the optimum sits within a step or two of log2(mean); try that neighbourhood exactly
        int guess = 63 - Long.numberOfLeadingZeros(Math.max(1, mean));
        int best = 0;
        long bestBits = Long.MAX_VALUE;
        for (int k = Math.max(0, guess - 2); k <= Math.min(MAX_K, guess + 1); k++) {
            long bits = 0;
            for (int i = 0; i < n; i++) {
                bits += cost(gaps[i], k);
            }
            if (bits < bestBits) {
                bestBits = bits;
                best = k;
            }
        }
        return best;
    }
}
