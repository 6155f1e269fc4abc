package phaze.audio.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a segment from unsorted in-memory postings: one counting sort by directory bucket, then
 * bucket by bucket through {@link BucketedSegmentWriter}, which sorts and codes inside a bucket.
 */
final class SegmentWriter {
    private SegmentWriter() {
    }

    static void write(Path file, PostingBuffer postings) throws IOException {
        PostingLayout layout = PostingLayout.forCount(postings.engine(), postings.size());
        int buckets = layout.buckets();
        int n = postings.size();
        int[] start = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            start[layout.bucketOf(postings.hash(i)) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] sorted = new int[n];
        int[] next = java.util.Arrays.copyOf(start, buckets);
        for (int i = 0; i < n; i++) {
            sorted[next[layout.bucketOf(postings.hash(i))]++] = i;
        }
        try (BucketedSegmentWriter w = new BucketedSegmentWriter(file, layout)) {
            for (int b = 0; b < buckets; b++) {
                if (start[b] == start[b + 1]) {
                    continue;
                }
                w.bucket(b);
                for (int k = start[b]; k < start[b + 1]; k++) {
                    int i = sorted[k];
                    w.add(postings.hash(i), postings.ref(i), postings.point(i));
                }
            }
        }
    }
}
