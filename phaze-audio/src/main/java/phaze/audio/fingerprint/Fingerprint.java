package phaze.audio.fingerprint;

/**
 * The hashes one engine extracted from one recording: {@code hashes[i]} occurs at
 * {@code points[i]} (engine-specific packing of the time frame and, for the robust engine, the
 * anchor frequency and triplet span; see {@link #frameOf}). Arrays are owned by the record and
 * must not be modified.
 */
public record Fingerprint(Engine engine, int[] hashes, long[] points, double seconds) {
    public Fingerprint {
        if (hashes.length != points.length) {
            throw new IllegalArgumentException("hashes and points differ in length");
        }
    }

    public int size() {
        return hashes.length;
    }

    /** The spectral frame (16 ms units) at which hash i starts. */
    public int frameOf(int i) {
        return frameOf(engine, points[i]);
    }

    public static int frameOf(Engine engine, long point) {
        return engine == Engine.LANDMARK ? (int) point : (int) (point >>> 15);
    }
}
