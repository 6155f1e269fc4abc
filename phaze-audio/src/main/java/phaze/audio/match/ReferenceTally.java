package phaze.audio.match;

import java.util.Arrays;

/**
 * Hits per reference during one query, in a plain array indexed by reference id: at 100,000 hours
 * a query's million-odd hits land on ~100,000 references, and a hash table of that size cost more
 * than decoding the postings.
 */
final class ReferenceTally {
    private int[] counts;
    private int[] touched = new int[1024];
    private int distinct;

    ReferenceTally(int referenceIdLimit) {
        counts = new int[Math.max(16, referenceIdLimit)];
    }

    void add(int ref) {
        if (ref >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(ref + 1, counts.length * 2));
        }
        if (counts[ref]++ == 0) {
            if (distinct == touched.length) {
                touched = Arrays.copyOf(touched, distinct * 2);
            }
            touched[distinct++] = ref;
        }
    }

    int get(int ref) {
        return ref < counts.length ? counts[ref] : 0;
    }

    /** References hit at least once. */
    int distinct() {
        return distinct;
    }

    /**
     * The smallest hit count a reference needs to be among the {@code limit} most hit (ties may
     * let a few more in), never below {@code min}.
     */
    int floor(int limit, int min) {
        int cap = 1 << 12;
        int[] histogram = new int[cap + 1];
        for (int k = 0; k < distinct; k++) {
            histogram[Math.min(cap, counts[touched[k]])]++;
        }
        int above = 0;
        for (int c = cap; c >= min; c--) {
            above += histogram[c];
            if (above >= limit) {
                return Math.max(min, c);
            }
        }
        return min;
    }
}
