package phaze.audio.index;

import java.util.Arrays;

/** Collects a bit stream (least significant bit first, little-endian bytes) for one bucket of postings. */
final class BitSink {
    private byte[] bytes = new byte[1 << 12];
    private int size;
    private long acc;
    private int accBits;

    /** Appends the low {@code n} bits of {@code value}; {@code n} at most 56. */
    void write(long value, int n) {
        if (n == 0) {
            return;
        }
        acc |= (value & ((1L << n) - 1)) << accBits;
        accBits += n;
        while (accBits >= 8) {
            put((byte) acc);
            acc >>>= 8;
            accBits -= 8;
        }
    }

    void rice(int value, int k) {
        long q = (value & 0xffffffffL) >>> k;
        if (q >= RiceCode.ESCAPE) {
            write(1L << RiceCode.ESCAPE, RiceCode.ESCAPE + 1);
            write(value & 0xffffffffL, 32);
            return;
        }
        write(1L << q, (int) q + 1);
        write(value, k);
    }

    void varint(int value) {
        flush();
        while ((value & ~0x7f) != 0) {
            put((byte) (value & 0x7f | 0x80));
            value >>>= 7;
        }
        put((byte) value);
    }

    /** Pads to a whole byte: buckets start on byte boundaries so the directory can address them. */
    void flush() {
        if (accBits > 0) {
            put((byte) acc);
            acc = 0;
            accBits = 0;
        }
    }

    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
        acc = 0;
        accBits = 0;
    }

    private void put(byte b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = b;
    }
}
