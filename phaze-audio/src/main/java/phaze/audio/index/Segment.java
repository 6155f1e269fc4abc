package phaze.audio.index;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import phaze.audio.fingerprint.Engine;

/**
 * One immutable, memory-mapped segment of one engine's postings (format 2, ADR 010): a 64-byte
 * header, a directory of 2^dirBits+1 int byte offsets, then byte-aligned buckets coded by
 * {@link BucketEncoder}. Reads never lock and never copy; the operating system's page cache is the
 * only cache, so the index can be far larger than the heap.
 */
final class Segment {
    static final byte[] MAGIC = "PHZSEG02".getBytes(StandardCharsets.US_ASCII);
    /** Format 1 (fixed-width postings, 21-bit robust hashes): cannot be read as format 2. */
    static final byte[] MAGIC_V1 = "PHZSEG01".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 64;

    private final Path file;
    private final PostingLayout layout;
    private final long count;
    private final MappedByteBuffer map;
    private final int dataStart;

    private Segment(Path file, PostingLayout layout, long count, MappedByteBuffer map) {
        this.file = file;
        this.layout = layout;
        this.count = count;
        this.map = map;
        this.dataStart = HEADER + 4 * (layout.buckets() + 1);
    }

    static int dataStart(PostingLayout layout) {
        return HEADER + 4 * (layout.buckets() + 1);
    }

    static Segment open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new IOException(file + ": segment larger than 2 GiB");
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            map.order(ByteOrder.LITTLE_ENDIAN);
            byte[] magic = new byte[MAGIC.length];
            map.get(0, magic);
            if (Arrays.equals(magic, MAGIC_V1)) {
                throw new OlderIndexFormatException(file.getParent(), "the fingerprint index in " + file.getParent() + " was written by an older Phaze "
                        + "(segment format 1, which this version cannot read); delete that directory and index the files again");
            }
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + ": not a Phaze fingerprint segment");
            }
            Engine engine = Engine.values()[map.getInt(8)];
            int dirBits = map.getInt(12);
            long count = map.getLong(16);
            return new Segment(file, new PostingLayout(engine, dirBits), count, map);
        }
    }

    Path file() {
        return file;
    }

    Engine engine() {
        return layout.engine();
    }

    long count() {
        return count;
    }

    long bytes() {
        return map.capacity();
    }

    PostingLayout layout() {
        return layout;
    }

    /**
     * Postings of {@code hash}. A full directory has the count in the bucket header; a partial one
     * (a small segment) counts by decoding its bucket, a few dozen postings: an upper bound here
     * made small indexes spend their query budget on other hashes' postings.
     */
    int postingCount(int hash) {
        int bucket = layout.bucketOf(hash);
        int from = offset(bucket);
        if (from == offset(bucket + 1)) {
            return 0;
        }
        if (layout.remainderBits() == 0) {
            return PostingCursor.count(map, from);
        }
        int remainder = layout.remainderOfHash(hash);
        int n = 0;
        PostingCursor c = new PostingCursor(map, from, layout);
        while (c.next() && c.remainder <= remainder) {
            n += c.remainder == remainder ? 1 : 0;
        }
        return n;
    }

    /** Calls the visitor for every posting of {@code hash}. */
    void lookup(int hash, PostingVisitor visitor) {
        int bucket = layout.bucketOf(hash);
        int from = offset(bucket);
        if (from == offset(bucket + 1)) {
            return;
        }
        int remainder = layout.remainderOfHash(hash);
        PostingCursor c = new PostingCursor(map, from, layout);
        while (c.next()) {
            if (c.remainder == remainder) {
                visitor.posting(c.ref, c.point);
            } else if (c.remainder > remainder) {
                return; // sorted by remainder
            }
        }
    }

    /** Visits postings whose hash lies in [firstHash, lastHash], which must sit in one bucket or span whole buckets. */
    void scanHashRange(int firstHash, int lastHash, FullPostingVisitor visitor) {
        int remainderBits = layout.remainderBits();
        int firstBucket = firstHash >>> remainderBits;
        int lastBucket = lastHash >>> remainderBits;
        for (int b = firstBucket; b <= lastBucket; b++) {
            int from = offset(b);
            if (from == offset(b + 1)) {
                continue;
            }
            PostingCursor c = new PostingCursor(map, from, layout);
            while (c.next()) {
                int hash = b << remainderBits | c.remainder;
                if (hash > lastHash) {
                    break; // sorted by remainder
                }
                if (hash >= firstHash) {
                    visitor.posting(hash, c.ref, c.point);
                }
            }
        }
    }

    private int offset(int bucket) {
        return dataStart + map.getInt(HEADER + 4 * bucket);
    }

    /** Receives one posting of a looked-up hash. */
    interface PostingVisitor {
        void posting(int ref, long point);
    }

    /** Receives one posting with its hash. */
    interface FullPostingVisitor {
        void posting(int hash, int ref, long point);
    }
}
