package phaze.audio.match;

import java.util.Arrays;

/**
 * Open-addressing long-to-count map for offset-histogram votes. A query at archive scale casts
 * hundreds of thousands of votes; boxing them into a HashMap would dominate query latency.
 */
final class VoteTable {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] counts;
    private int size;
    private int mask;

    VoteTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        counts = new int[cap];
        Arrays.fill(keys, EMPTY);
        mask = cap - 1;
    }

    void add(long key) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            size++;
            if (size * 2 > keys.length) {
                grow();
            }
            i = slot(key);
        }
        counts[i]++;
    }

    int get(long key) {
        int i = slot(key);
        return keys[i] == EMPTY ? 0 : counts[i];
    }

    int capacity() {
        return keys.length;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    int countAt(int slot) {
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    private int slot(long key) {
        int i = (int) (mix(key) & mask);
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }
}
