package phaze.audio.fingerprint;

import java.util.Arrays;

/** Grows primitive arrays of (hash, point) as an extractor streams; no boxing for hours of audio. */
public final class HashCollector {
    private int[] hashes = new int[4096];
    private long[] points = new long[4096];
    private int size;

    public void add(int hash, long point) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            points = Arrays.copyOf(points, size * 2);
        }
        hashes[size] = hash;
        points[size] = point;
        size++;
    }

    public int size() {
        return size;
    }

    public Fingerprint toFingerprint(Engine engine, double seconds) {
        return toFingerprint(engine, seconds, false);
    }

    /**
     * With {@code distinct}, drops repeated (hash, point) pairs: a query built from overlapping peak
     * sets must not vote twice for the same alignment, or chance matches would look stronger.
     */
    public Fingerprint toFingerprint(Engine engine, double seconds, boolean distinct) {
        if (!distinct || size == 0) {
            return new Fingerprint(engine, Arrays.copyOf(hashes, size), Arrays.copyOf(points, size), seconds);
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> points[a] != points[b] ? Long.compare(points[a], points[b])
                : Integer.compare(hashes[a], hashes[b])); // points start with the frame: keeps time order
        int[] h = new int[size];
        long[] p = new long[size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            int i = order[k];
            if (n > 0 && h[n - 1] == hashes[i] && p[n - 1] == points[i]) {
                continue;
            }
            h[n] = hashes[i];
            p[n] = points[i];
            n++;
        }
        return new Fingerprint(engine, Arrays.copyOf(h, n), Arrays.copyOf(p, n), seconds);
    }
}
