package phaze.audio.match;

import java.util.Arrays;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.index.FingerprintIndex;

/**
 * Chooses which query hashes to look up within a budget of postings, which bounds a query's work
 * however large the archive grows; at small sizes every hash is used. Hashes far more common than
 * the query's median are skipped (like stop words they say little and cost most). When the rest
 * still exceed the budget, a fixed share of hash values is kept, chosen by the value itself, not by
 * rarity: the common hashes are the musically typical ones and carry most true hits (keeping the
 * rarest first left the robust engine 6-11 aligned anchors at 100,000 h instead of 20-31).
 */
final class QueryPlan {
    /**
     * Postings one engine may read per query. Landmark queries read ~1.4 M at 100,000 h (all their
     * hashes). A robust posting costs more (stretch and shift checks, a hit record) and robust
     * queries would read ~5 M there; 1.5 M keeps ~30 % of their hashes, enough for 20+ aligned
     * anchors on untransformed excerpts and the both-engine p95 under 100 ms.
     */
    static final long LANDMARK_BUDGET = 2_500_000;
    static final long ROBUST_BUDGET = 1_500_000;
    private static final double COMMON_FACTOR = 24;
    private static final long COMMON_FLOOR = 256;

    private QueryPlan() {
    }

    /** Indices into the query's hashes, in time order. */
    static int[] plan(FingerprintIndex index, Fingerprint query) {
        return plan(index, query, query.engine() == phaze.audio.fingerprint.Engine.LANDMARK ? LANDMARK_BUDGET : ROBUST_BUDGET);
    }

    static int[] plan(FingerprintIndex index, Fingerprint query, long budget) {
        int n = query.size();
        long[] counts = new long[n];
        long[] sorted = new long[n];
        int found = 0;
        long[] byHash = QueryHashes.byHash(query);
        for (int k = 0; k < n; k++) {
            int i = (int) byHash[k];
            int hash = query.hashes()[i];
            // a hash repeats at several query times: count it once (each count touches every segment)
            counts[i] = k > 0 && (int) (byHash[k - 1] >> 32) == hash ? counts[(int) byHash[k - 1]]
                    : index.postingCount(query.engine(), hash);
            if (counts[i] > 0) {
                sorted[found++] = counts[i];
            }
        }
        Arrays.sort(sorted, 0, found);
        // "common" is judged against this query's own median list: no index-wide statistics needed
        long median = found == 0 ? 0 : sorted[found / 2];
        long common = Math.max(COMMON_FLOOR, (long) (COMMON_FACTOR * median));
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += counts[i] > 0 && counts[i] <= common ? counts[i] : 0;
        }
        long share = total <= budget ? 1L << 16 : (budget << 16) / total;
        int[] order = new int[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (counts[i] > 0 && counts[i] <= common && (share == 1L << 16 || spread(query.hashes()[i]) < share)) {
                order[used++] = i;
            }
        }
        return Arrays.copyOf(order, used);
    }

    /** A hash value's fixed position in [0, 65536): the same hash is always kept or always dropped. */
    private static long spread(int hash) {
        long k = hash * 0x9e3779b97f4a7c15L;
        return (k ^ k >>> 29) >>> 48;
    }
}
