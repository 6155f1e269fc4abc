package phaze.audio.match;

import java.util.Arrays;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.index.FingerprintIndex;

/**
 * Chooses which query hashes to look up: rarest first, skipping hashes far more common than
 * average (like stop words they say little and cost most), and stopping at a budget of postings.
 * This bounds a query's work however large the archive grows; at small sizes every hash is used.
 */
final class QueryPlan {
    /**
     * Postings one engine may read per query (~50 ms of voting). 1 M for landmarks was tried: at
     * 100,000 h it lost 5 of 78 exact-tempo matches without a clear latency gain.
     */
    static final long POSTING_BUDGET = 2_500_000;
    private static final double COMMON_FACTOR = 24;
    private static final long COMMON_FLOOR = 256;

    private QueryPlan() {
    }

    /** Indices into the query's hashes, in lookup order. */
    static int[] plan(FingerprintIndex index, Fingerprint query) {
        int n = query.size();
        long[] keyed = new long[n];
        int found = 0;
        for (int i = 0; i < n; i++) {
            long count = Math.min(index.postingCount(query.engine(), query.hashes()[i]), Integer.MAX_VALUE);
            if (count > 0) {
                keyed[found++] = count << 32 | i; // sort by count, carry the index
            }
        }
        keyed = Arrays.copyOf(keyed, found);
        Arrays.sort(keyed);
        // "common" is judged against this query's own median list: no index-wide statistics needed
        long median = found == 0 ? 0 : keyed[found / 2] >>> 32;
        long common = Math.max(COMMON_FLOOR, (long) (COMMON_FACTOR * median));
        int kept = 0;
        while (kept < found && (keyed[kept] >>> 32) <= common) {
            kept++;
        }
        long spent = 0;
        int used = 0;
        while (used < kept && spent < POSTING_BUDGET) {
            spent += keyed[used] >>> 32;
            used++;
        }
        int[] order = new int[used];
        for (int k = 0; k < used; k++) {
            order[k] = (int) keyed[k];
        }
        Arrays.sort(order); // back to time order: cache-friendlier voting, same result
        return order;
    }
}
