package phaze.audio.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a segment bucket by bucket in directory order, holding one bucket in memory: coded
 * buckets are streamed after room left for the directory, which is filled in at the end. Written
 * to a temporary name, forced to disk, then renamed, so a crash never leaves a half segment under
 * a real name. Used by commits, merges and the synthetic-index generator.
 */
final class BucketedSegmentWriter implements AutoCloseable {
    private final Path file;
    private final Path tmp;
    private final PostingLayout layout;
    private final FileChannel ch;
    private final int[] start;
    private final BucketEncoder bucketPostings;
    private final BitSink bits = new BitSink();
    private final ByteBuffer out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private int bucket = -1;
    private long bytes;
    private long count;

    BucketedSegmentWriter(Path file, PostingLayout layout) throws IOException {
        this.file = file;
        this.tmp = file.resolveSibling(file.getFileName() + ".tmp");
        this.layout = layout;
        this.start = new int[layout.buckets() + 1];
        this.bucketPostings = new BucketEncoder(layout);
        this.ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        ch.position(Segment.dataStart(layout));
    }

    PostingLayout layout() {
        return layout;
    }

    /** Starts bucket b; buckets must come in increasing order (skipped ones stay empty). */
    void bucket(int b) throws IOException {
        if (b <= bucket) {
            return;
        }
        finishBucket();
        while (bucket < b) {
            bucket++;
            start[bucket] = (int) bytes;
        }
    }

    /** Adds a posting of the current bucket, in any order. */
    void add(int hash, int ref, long point) {
        bucketPostings.add(hash, ref, point);
        count++;
    }

    @Override
    public void close() throws IOException {
        finishBucket();
        while (bucket < start.length - 1) {
            bucket++;
            start[bucket] = (int) bytes;
        }
        emit(new byte[8], 8); // lets the reader fetch a whole long at the last posting
        drain();
        ByteBuffer head = ByteBuffer.allocate(Segment.dataStart(layout)).order(ByteOrder.LITTLE_ENDIAN);
        head.put(Segment.MAGIC).putInt(layout.engine().ordinal()).putInt(layout.dirBits()).putLong(count);
        head.position(Segment.HEADER);
        for (int s : start) {
            head.putInt(s);
        }
        head.flip();
        ch.write(head, 0);
        ch.force(true);
        ch.close();
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private void finishBucket() throws IOException {
        if (bucketPostings.size() == 0) {
            return;
        }
        bits.clear();
        bucketPostings.encode(bits);
        emit(bits.array(), bits.size());
    }

    private void emit(byte[] b, int n) throws IOException {
        if (bytes + n + Segment.dataStart(layout) > Integer.MAX_VALUE - 8) {
            throw new IOException("segment would exceed 2 GiB");
        }
        int off = 0;
        while (off < n) {
            if (!out.hasRemaining()) {
                drain();
            }
            int k = Math.min(n - off, out.remaining());
            out.put(b, off, k);
            off += k;
        }
        bytes += n;
    }

    private void drain() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            ch.write(out);
        }
        out.clear();
    }
}
