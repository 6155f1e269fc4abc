package phaze.audio.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a segment from unsorted postings with one counting sort over directory buckets (postings
 * inside a bucket stay unsorted: a lookup scans its bucket anyway). Written to a temporary name,
 * forced to disk, then renamed, so a crash never leaves a half segment under a real name.
 */
final class SegmentWriter {
    private SegmentWriter() {
    }

    static void write(Path file, PostingBuffer postings) throws IOException {
        PostingLayout layout = PostingLayout.forCount(postings.engine(), postings.size());
        int buckets = 1 << layout.dirBits();
        int n = postings.size();
        int[] start = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            start[layout.bucketOf(postings.hash(i)) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        long[] words = new long[n];
        int[] next = java.util.Arrays.copyOf(start, buckets);
        for (int i = 0; i < n; i++) {
            int hash = postings.hash(i);
            words[next[layout.bucketOf(hash)]++] = layout.encode(hash, postings.ref(i), postings.point(i));
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            ByteBuffer header = ByteBuffer.allocate(Segment.HEADER).order(ByteOrder.LITTLE_ENDIAN);
            header.put(Segment.MAGIC).putInt(layout.engine().ordinal()).putInt(layout.dirBits()).putLong(n);
            out.write(header.array());
            ByteBuffer dir = ByteBuffer.allocate(4 * (buckets + 1)).order(ByteOrder.LITTLE_ENDIAN);
            for (int b = 0; b <= buckets; b++) {
                dir.putInt(start[b]);
            }
            out.write(dir.array());
            int width = layout.width();
            byte[] word = new byte[8];
            for (long w : words) {
                for (int k = 0; k < width; k++) {
                    word[k] = (byte) (w >>> (8 * k));
                }
                out.write(word, 0, width);
            }
            out.write(new byte[8]); // lets the reader fetch a full long at the last posting
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
