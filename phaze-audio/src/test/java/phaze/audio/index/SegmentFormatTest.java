package phaze.audio.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import phaze.audio.fingerprint.Engine;

class SegmentFormatTest {
    @TempDir
    Path dir;

    /** Small counts get a partial directory (remainders coded in buckets), large ones a full one. */
    @ParameterizedTest
    @ValueSource(ints = {7, 3_000, 400_000})
    void everyPostingRoundTripsExactly(int n) throws Exception {
        for (Engine e : Engine.values()) {
            Random r = new Random(n);
            PostingBuffer buf = new PostingBuffer(e);
            List<String> written = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // a few very common hashes, outlier reference ids (Rice escapes), repeated postings
                int hash = r.nextInt(10) == 0 ? r.nextInt(4) : r.nextInt(1 << e.hashBits());
                int ref = r.nextInt(50) == 0 ? PostingLayout.MAX_REFS - 1 - r.nextInt(3) : r.nextInt(2000);
                long point = r.nextLong() & ((1L << e.pointBits()) - 1);
                int copies = r.nextInt(20) == 0 ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    buf.add(hash, ref, point);
                    written.add(hash + "/" + ref + "/" + point);
                }
            }
            Path file = dir.resolve(e.cliName() + n + ".seg");
            SegmentWriter.write(file, buf);
            Segment s = Segment.open(file);
            List<String> read = new ArrayList<>();
            s.scanHashRange(0, (1 << e.hashBits()) - 1, (hash, ref, point) -> read.add(hash + "/" + ref + "/" + point));
            Collections.sort(written);
            Collections.sort(read);
            assertEquals(written, read, e + " scan");
            assertEquals(written.size(), s.count());
            java.util.Map<Integer, Integer> perHash = new java.util.HashMap<>();
            for (int i = 0; i < buf.size(); i++) {
                perHash.merge(buf.hash(i), 1, Integer::sum);
            }
            for (int i = 0; i < buf.size(); i += 13) {
                int hash = buf.hash(i);
                List<String> found = new ArrayList<>();
                s.lookup(hash, (ref, point) -> found.add(hash + "/" + ref + "/" + point));
                int want = perHash.get(hash);
                assertEquals(want, found.size(), e + " lookup of " + hash);
                assertTrue(found.contains(hash + "/" + buf.ref(i) + "/" + buf.point(i)));
                assertEquals(want, s.postingCount(hash));
            }
        }
    }

    /** What issue 3 asks for: well under 0.5 GB per 1,000 h needs ~4 bytes per landmark posting. */
    @Test
    void postingsOfManyReferencesCostFarLessThanFixedWidthWords() throws Exception {
        Engine e = Engine.LANDMARK;
        Random r = new Random(9);
        PostingBuffer buf = new PostingBuffer(e);
        int n = 2_000_000;
        for (int i = 0; i < n; i++) {
            buf.add(r.nextInt(1 << 18), r.nextInt(20_000), r.nextInt(15_000)); // ~8 postings per hash, 4-min references
        }
        Path file = dir.resolve("dense.seg");
        SegmentWriter.write(file, buf);
        double perPosting = Files.size(file) / (double) n;
        assertTrue(perPosting < 4.2, "bytes per posting: " + perPosting);
    }

    @Test
    void anIndexOfTheOldFormatIsRefusedWithAMessageToReindex() throws Exception {
        byte[] old = new byte[256];
        System.arraycopy(Segment.MAGIC_V1, 0, old, 0, Segment.MAGIC_V1.length);
        Files.write(dir.resolve("landmark-00000001.seg"), old);
        Files.writeString(dir.resolve(FingerprintIndex.MANIFEST), "landmark-00000001.seg\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> FingerprintIndex.open(dir));
        assertTrue(e.getMessage().contains("older Phaze") && e.getMessage().contains("index the files again"), e.getMessage());
    }

    @Test
    void anOldIndexCanBeSetAsideAndANewOneStarted() throws Exception {
        Path index = dir.resolve("index");
        Files.createDirectories(index);
        byte[] old = new byte[256];
        System.arraycopy(Segment.MAGIC_V1, 0, old, 0, Segment.MAGIC_V1.length);
        Files.write(index.resolve("landmark-00000001.seg"), old);
        Files.writeString(index.resolve(FingerprintIndex.MANIFEST), "landmark-00000001.seg\n", StandardCharsets.UTF_8);

        FingerprintIndex.Opened opened = FingerprintIndex.openOrSetAside(index);

        assertTrue(opened.setAside() != null && Files.exists(opened.setAside().resolve("landmark-00000001.seg")),
                "the old index is kept, moved aside");
        assertEquals(0, opened.index().stats().references(), "a new, empty index");
        assertEquals(null, FingerprintIndex.openOrSetAside(index).setAside(), "the new one opens as it is");
    }
}
