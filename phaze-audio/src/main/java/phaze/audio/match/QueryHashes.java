package phaze.audio.match;

import java.util.Arrays;
import phaze.audio.fingerprint.Fingerprint;

/** Query hashes grouped by value: a repeated hash is looked up once for all its query times. */
final class QueryHashes {
    private QueryHashes() {
    }

    /** Every query index as {@code hash << 32 | index}, sorted: equal hashes are adjacent. */
    static long[] byHash(Fingerprint query) {
        long[] keyed = new long[query.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = (long) query.hashes()[i] << 32 | i;
        }
        Arrays.sort(keyed);
        return keyed;
    }

    /** The given query indices as {@code hash << 32 | index}, sorted. */
    static long[] byHash(Fingerprint query, int[] indices) {
        long[] keyed = new long[indices.length];
        for (int k = 0; k < indices.length; k++) {
            keyed[k] = (long) query.hashes()[indices[k]] << 32 | indices[k];
        }
        Arrays.sort(keyed);
        return keyed;
    }
}
