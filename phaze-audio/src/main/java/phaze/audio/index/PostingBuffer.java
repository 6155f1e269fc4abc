package phaze.audio.index;

import java.util.Arrays;
import phaze.audio.fingerprint.Engine;

/** Postings of one engine collected in memory until a commit writes them as a segment. */
final class PostingBuffer {
    private final Engine engine;
    private int[] hashes = new int[1 << 14];
    private int[] refs = new int[1 << 14];
    private long[] points = new long[1 << 14];
    private int size;

    PostingBuffer(Engine engine) {
        this.engine = engine;
    }

    void add(int hash, int ref, long point) {
        if (size == hashes.length) {
            int grown = size * 2;
            hashes = Arrays.copyOf(hashes, grown);
            refs = Arrays.copyOf(refs, grown);
            points = Arrays.copyOf(points, grown);
        }
        hashes[size] = hash;
        refs[size] = ref;
        points[size] = point;
        size++;
    }

    Engine engine() {
        return engine;
    }

    int size() {
        return size;
    }

    int hash(int i) {
        return hashes[i];
    }

    int ref(int i) {
        return refs[i];
    }

    long point(int i) {
        return points[i];
    }
}
