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
        return new Fingerprint(engine, Arrays.copyOf(hashes, size), Arrays.copyOf(points, size), seconds);
    }
}
