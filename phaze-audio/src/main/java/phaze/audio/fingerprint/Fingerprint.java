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
        return (int) (point >>> engine.frameShift());
    }

    /**
     * The hashes whose frame lies in [fromFrame, toFrame), keeping absolute frames so a match of
     * the slice still tells where the whole recording aligns. Needs time-ordered points, which
     * query-density fingerprints have.
     */
    public Fingerprint slice(int fromFrame, int toFrame, double sliceSeconds) {
        int lo = firstAtOrAfter(fromFrame);
        int hi = firstAtOrAfter(toFrame);
        return new Fingerprint(engine, java.util.Arrays.copyOfRange(hashes, lo, hi),
                java.util.Arrays.copyOfRange(points, lo, hi), sliceSeconds);
    }

    private int firstAtOrAfter(int frame) {
        int lo = 0;
        int hi = hashes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (frameOf(mid) < frame) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
