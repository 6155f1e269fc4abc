package phaze.audio.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Merges segments of one engine into one, dropping postings of retired references, in constant
 * memory: for each output bucket it reads the covering buckets of every input.
 */
final class SegmentMerger {
    private SegmentMerger() {
    }

    static void merge(List<Segment> inputs, IntPredicate live, Path out) throws IOException {
        long total = inputs.stream().mapToLong(Segment::count).sum();
        PostingLayout layout = PostingLayout.forCount(inputs.get(0).engine(), total);
        int buckets = layout.buckets();
        int shift = layout.remainderBits();
        try (BucketedSegmentWriter w = new BucketedSegmentWriter(out, layout)) {
            for (int b = 0; b < buckets; b++) {
                w.bucket(b);
                for (Segment s : inputs) {
                    s.scanHashRange(b << shift, (int) (((long) (b + 1) << shift) - 1), (hash, ref, point) -> {
                        if (live.test(ref)) {
                            w.add(hash, ref, point);
                        }
                    });
                }
            }
        }
    }
}
