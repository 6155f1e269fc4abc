package phaze.audio.index;

import java.util.Arrays;

/**
 * Codes the postings of one directory bucket (format 2). Postings are sorted by hash remainder,
 * then reference id, then point, and written as:
 * <pre>
 *   varint count | k_remainder (5 bits) | k_ref (5) | frame bits (5) |
 *   per posting: rice(remainder gap, k_remainder) [only when the segment codes remainder bits]
 *                rice(ref gap, k_ref)              [gap from 0 when a new hash value starts]
 *                frame (frame bits) | engine data (engine.frameShift() bits)
 * </pre>
 * The Rice parameters and the frame width are chosen per bucket, so rare and common hashes, and
 * buckets without long recordings, each get the cheapest code. Padded to a whole byte.
 */
final class BucketEncoder {
    private final PostingLayout layout;
    private final int remainderBits;
    private final int frameShift;
    private int[] remainders = new int[1024];
    private int[] refs = new int[1024];
    private long[] points = new long[1024];
    private long[] order = new long[1024];
    private int[] gaps = new int[1024];
    private int size;

    BucketEncoder(PostingLayout layout) {
        this.layout = layout;
        this.remainderBits = layout.remainderBits();
        this.frameShift = layout.engine().frameShift();
    }

    int size() {
        return size;
    }

    void add(int hash, int ref, long point) {
        if (size == refs.length) {
            int n = size * 2;
            remainders = Arrays.copyOf(remainders, n);
            refs = Arrays.copyOf(refs, n);
            points = Arrays.copyOf(points, n);
            order = Arrays.copyOf(order, n);
            gaps = Arrays.copyOf(gaps, n);
        }
        remainders[size] = layout.remainderOfHash(hash);
        refs[size] = ref;
        points[size] = point;
        size++;
    }

    /** Appends the coded bucket to {@code out} and empties the encoder. */
    void encode(BitSink out) {
        if (size == 0) {
            return;
        }
        if (size >= 1 << 24) {
            throw new IllegalStateException("one hash bucket holds " + size + " postings in one segment");
        }
        sort();
        int kRemainder = 0;
        if (remainderBits > 0) {
            int previous = 0;
            for (int k = 0; k < size; k++) {
                int i = (int) (order[k] & 0xffffff);
                gaps[k] = remainders[i] - previous;
                previous = remainders[i];
            }
            kRemainder = RiceCode.bestK(gaps, size);
        }
        long maxFrame = 0;
        for (int k = 0; k < size; k++) {
            int i = (int) (order[k] & 0xffffff);
            boolean newHash = k == 0 || remainders[i] != remainders[(int) (order[k - 1] & 0xffffff)];
            gaps[k] = newHash ? refs[i] : refs[i] - refs[(int) (order[k - 1] & 0xffffff)];
            maxFrame = Math.max(maxFrame, points[i] >>> frameShift);
        }
        int kRef = RiceCode.bestK(gaps, size);
        int frameBits = 64 - Long.numberOfLeadingZeros(maxFrame);
        out.varint(size);
        out.write(kRemainder, 5);
        out.write(kRef, 5);
        out.write(frameBits, 5);
        int previous = 0;
        for (int k = 0; k < size; k++) {
            int i = (int) (order[k] & 0xffffff);
            if (remainderBits > 0) {
                out.rice(remainders[i] - previous, kRemainder);
                previous = remainders[i];
            }
            out.rice(gaps[k], kRef);
            out.write(points[i], frameBits + frameShift);
        }
        out.flush();
        size = 0;
    }

    /** Orders by (remainder, ref) through one primitive sort; the low 24 bits carry the posting's slot. */
    private void sort() {
        for (int i = 0; i < size; i++) {
            order[i] = ((long) remainders[i] << PostingLayout.REF_BITS | refs[i]) << 24 | i;
        }
        Arrays.sort(order, 0, size);
    }
}
