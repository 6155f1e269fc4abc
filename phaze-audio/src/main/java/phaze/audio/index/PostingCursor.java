package phaze.audio.index;

import java.nio.ByteBuffer;

/**
 * Decodes one bucket written by {@link BucketEncoder}, posting by posting, straight from the mapped
 * segment: reads little-endian longs at bit positions, so a posting costs a few shifts and no copy.
 */
final class PostingCursor {
    private final ByteBuffer map;
    private final int remainderBits;
    private final int pointBits;
    private final long pointMask;
    private final int kRemainder;
    private final int kRef;
    private long bit;
    private int left;
    int remainder;
    int ref;
    long point;

    /** {@code start}: byte position of a non-empty bucket. */
    PostingCursor(ByteBuffer map, int start, PostingLayout layout) {
        this.map = map;
        this.left = count(map, start);
        int pos = start;
        while (map.get(pos++) < 0) {
            // skip the count's varint bytes
        }
        this.bit = 8L * pos;
        this.remainderBits = layout.remainderBits();
        this.kRemainder = read(5);
        this.kRef = read(5);
        this.pointBits = read(5) + layout.engine().frameShift();
        this.pointMask = (1L << pointBits) - 1;
        this.remainder = 0;
        this.ref = -1;
    }

    /** Postings in the bucket that starts at {@code start}, from its header alone. */
    static int count(ByteBuffer map, int start) {
        int count = 0;
        int pos = start;
        for (int shift = 0; ; shift += 7) {
            byte b = map.get(pos++);
            count |= (b & 0x7f) << shift;
            if (b >= 0) {
                return count;
            }
        }
    }

    /** Advances to the next posting; false at the end of the bucket. */
    boolean next() {
        if (left == 0) {
            return false;
        }
        left--;
        int gap = 0;
        if (remainderBits > 0) {
            gap = rice(kRemainder);
            remainder += gap;
        }
        long word = peek();
        int q = Long.numberOfTrailingZeros(word);
        int refGap;
        if (q + 1 + kRef + pointBits <= 57) {
            // the usual case: reference gap and point sit in the one word already read
            word >>>= q + 1;
            refGap = q << kRef | (int) (word & ((1L << kRef) - 1));
            point = (word >>> kRef) & pointMask;
            bit += q + 1 + kRef + pointBits;
        } else {
            refGap = rice(kRef);
            point = peek() & pointMask;
            bit += pointBits;
        }
        ref = gap != 0 || ref < 0 ? refGap : ref + refGap;
        return true;
    }

    private long peek() {
        return map.getLong((int) (bit >>> 3)) >>> (bit & 7);
    }

    private int read(int n) {
        int v = (int) (peek() & ((1L << n) - 1));
        bit += n;
        return v;
    }

    private int rice(int k) {
        int q = Long.numberOfTrailingZeros(peek());
        bit += q + 1;
        if (q >= RiceCode.ESCAPE) {
            int raw = (int) peek();
            bit += 32;
            return raw;
        }
        return q << k | read(k);
    }
}
