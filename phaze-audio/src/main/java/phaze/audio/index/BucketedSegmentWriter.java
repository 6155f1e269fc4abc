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
 * Writes a segment bucket by bucket in directory order, in constant memory: postings are streamed
 * after room left for the directory, which is filled in at the end. Used by merges and by the
 * synthetic-index generator, where nothing fits on the heap.
 */
final class BucketedSegmentWriter implements AutoCloseable {
    private final Path file;
    private final Path tmp;
    private final PostingLayout layout;
    private final FileChannel ch;
    private final int[] start;
    private final ByteBuffer out = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private int bucket = -1;
    private long count;

    BucketedSegmentWriter(Path file, PostingLayout layout) throws IOException {
        this.file = file;
        this.tmp = file.resolveSibling(file.getFileName() + ".tmp");
        this.layout = layout;
        this.start = new int[(1 << layout.dirBits()) + 1];
        this.ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        ch.position(Segment.HEADER + 4L * start.length);
    }

    PostingLayout layout() {
        return layout;
    }

    /** Starts bucket b; buckets must come in increasing order (skipped ones stay empty). */
    void bucket(int b) {
        while (bucket < b) {
            bucket++;
            start[bucket] = (int) count;
        }
    }

    void add(int hash, int ref, long point) throws IOException {
        if (count >= Integer.MAX_VALUE) {
            throw new IOException("segment would exceed 2^31 postings");
        }
        if (out.remaining() < 8) {
            drain();
        }
        long word = layout.encode(hash, ref, point);
        int width = layout.width();
        for (int k = 0; k < width; k++) {
            out.put((byte) (word >>> (8 * k)));
        }
        count++;
    }

    @Override
    public void close() throws IOException {
        bucket(start.length - 1);
        out.put(new byte[8]);
        drain();
        ByteBuffer head = ByteBuffer.allocate(Segment.HEADER + 4 * start.length).order(ByteOrder.LITTLE_ENDIAN);
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

    private void drain() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            ch.write(out);
        }
        out.clear();
    }
}
