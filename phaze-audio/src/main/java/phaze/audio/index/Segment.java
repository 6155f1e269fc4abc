package phaze.audio.index;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import phaze.audio.fingerprint.Engine;

/**
 * One immutable, memory-mapped segment of one engine's postings, grouped by hash through a direct
 * directory. Reads never lock and never copy; the operating system's page cache is the only cache,
 * so the index can be far larger than the heap.
 */
final class Segment {
    static final byte[] MAGIC = "PHZSEG01".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER = 64;

    private final Path file;
    private final PostingLayout layout;
    private final long count;
    private final MappedByteBuffer map;
    private final int postingsStart;
    private final int width;
    private final long wordMask;

    private Segment(Path file, PostingLayout layout, long count, MappedByteBuffer map) {
        this.file = file;
        this.layout = layout;
        this.count = count;
        this.map = map;
        this.width = layout.width();
        this.postingsStart = HEADER + 4 * ((1 << layout.dirBits()) + 1);
        this.wordMask = width == 8 ? -1L : (1L << (8 * width)) - 1;
    }

    static Segment open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) {
                throw new IOException(file + ": segment larger than 2 GiB");
            }
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            map.order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < MAGIC.length; i++) {
                if (map.get(i) != MAGIC[i]) {
                    throw new IOException(file + ": not a Phaze fingerprint segment");
                }
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

    PostingLayout layout() {
        return layout;
    }

    /** Postings in the bucket of {@code hash}: exact for a full directory, an upper bound otherwise. */
    int bucketLength(int hash) {
        int bucket = layout.bucketOf(hash);
        return map.getInt(HEADER + 4 * (bucket + 1)) - map.getInt(HEADER + 4 * bucket);
    }

    /** Calls the visitor for every posting of {@code hash}. */
    void lookup(int hash, PostingVisitor visitor) {
        int bucket = layout.bucketOf(hash);
        int from = map.getInt(HEADER + 4 * bucket);
        int to = map.getInt(HEADER + 4 * (bucket + 1));
        int remainder = layout.remainderOfHash(hash);
        boolean exact = layout.remainderBits() == 0;
        for (int i = from; i < to; i++) {
            long word = map.getLong(postingsStart + i * width) & wordMask;
            if (exact || layout.remainderOf(word) == remainder) {
                visitor.posting(layout.refOf(word), layout.pointOf(word));
            }
        }
    }

    /** Visits postings whose hash lies in [firstHash, lastHash], which must sit in one bucket or span whole buckets. */
    void scanHashRange(int firstHash, int lastHash, FullPostingVisitor visitor) {
        int remainderBits = layout.remainderBits();
        int firstBucket = firstHash >>> remainderBits;
        int lastBucket = lastHash >>> remainderBits;
        for (int b = firstBucket; b <= lastBucket; b++) {
            int from = map.getInt(HEADER + 4 * b);
            int to = map.getInt(HEADER + 4 * (b + 1));
            for (int i = from; i < to; i++) {
                long word = map.getLong(postingsStart + i * width) & wordMask;
                int hash = b << remainderBits | layout.remainderOf(word);
                if (hash >= firstHash && hash <= lastHash) {
                    visitor.posting(hash, layout.refOf(word), layout.pointOf(word));
                }
            }
        }
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
