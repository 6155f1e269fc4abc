package phaze.audio.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.Fingerprints;

class FingerprintIndexTest {
    @TempDir
    Path dir;

    @Test
    void everyPostingComesBackFromItsHashAfterReopening() throws Exception {
        Random r = new Random(1);
        Fingerprints a = random(r, 5000);
        Fingerprints b = random(r, 70000);
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            index.add("a.mp3", a);
            index.add("b.flac", b);
        }
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            for (Engine e : Engine.values()) {
                Fingerprint f = b.get(e);
                for (int i = 0; i < f.size(); i += 97) {
                    long want = f.points()[i];
                    boolean[] found = {false};
                    index.lookup(e, f.hashes()[i], (ref, point) -> found[0] |= ref == 1 && point == want);
                    assertTrue(found[0], e + " posting " + i + " lost");
                }
            }
            assertEquals("b.flac", index.reference(1).orElseThrow().path());
            assertEquals(2, index.stats().references());
        }
    }

    @Test
    void reindexingAPathReplacesItAndMergingDropsTheOldPostings() throws Exception {
        Random r = new Random(2);
        Fingerprints old = random(r, 3000);
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            index.add("set.mp3", old);
        }
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            index.add("set.mp3", random(r, 3000));
            index.commit();
            assertTrue(index.reference(0).isEmpty(), "old id must be retired");
            long before = index.stats().postings().get(Engine.LANDMARK);
            index.optimize();
            assertEquals(before - 3000, index.stats().postings().get(Engine.LANDMARK));
            int[] stale = {0};
            Fingerprint f = old.get(Engine.LANDMARK);
            for (int i = 0; i < f.size(); i++) {
                index.lookup(Engine.LANDMARK, f.hashes()[i], (ref, p) -> stale[0] += ref == 0 ? 1 : 0);
            }
            assertEquals(0, stale[0]);
        }
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            assertEquals("set.mp3", index.reference(1).orElseThrow().path());
            assertEquals(1, index.stats().references());
        }
    }

    @Test
    void manyCommitsAreMergedAutomatically() throws Exception {
        Random r = new Random(3);
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            for (int i = 0; i < 3 * FingerprintIndex.MAX_SEGMENTS; i++) {
                index.add("f" + i, random(r, 500));
                index.commit();
            }
        }
        long segments;
        try (var s = Files.list(dir)) {
            segments = s.filter(p -> p.toString().endsWith(".seg")).count();
        }
        assertTrue(segments <= 2 * (FingerprintIndex.MAX_SEGMENTS + 1), "segments: " + segments);
    }

    @Test
    void queriesRunWhileAnotherThreadIndexes() throws Exception {
        Random r = new Random(4);
        Fingerprints probe = random(r, 2000);
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            index.add("probe", probe);
            index.commit();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(pool.submit(() -> {
                    int rounds = 0;
                    Fingerprint f = probe.get(Engine.ROBUST);
                    while (writing.get() || rounds == 0) {
                        Set<Long> seen = new HashSet<>();
                        for (int i = 0; i < f.size(); i++) {
                            index.lookup(Engine.ROBUST, f.hashes()[i], (ref, p) -> {
                                if (ref == 0) {
                                    seen.add(p);
                                }
                            });
                        }
                        assertEquals(distinct(f), seen.size());
                        rounds++;
                    }
                    return rounds;
                }));
            }
            Random w = new Random(5);
            for (int i = 0; i < 12; i++) {
                index.add("w" + i, random(w, 4000));
                index.commit();
            }
            writing.set(false);
            for (Future<Integer> f : readers) {
                assertTrue(f.get() > 0);
            }
            pool.shutdown();
        }
    }

    private static int distinct(Fingerprint f) {
        Set<Long> s = new HashSet<>();
        for (long p : f.points()) {
            s.add(p);
        }
        return s.size();
    }

    static Fingerprints random(Random r, int n) {
        Map<Engine, Fingerprint> m = new EnumMap<>(Engine.class);
        for (Engine e : Engine.values()) {
            int[] h = new int[n];
            long[] p = new long[n];
            for (int i = 0; i < n; i++) {
                h[i] = r.nextInt(1 << e.hashBits());
                p[i] = r.nextLong() & ((1L << e.pointBits()) - 1);
            }
            m.put(e, new Fingerprint(e, h, p, n / 20.0));
        }
        return new Fingerprints(m, n / 20.0);
    }

    @Test
    void pathsWithTabsAndNewlinesSurviveTheCatalog() throws Exception {
        String odd = "dj\tset\nwith \\ slash.mp3";
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            index.add(odd, random(new Random(6), 10));
        }
        try (FingerprintIndex index = FingerprintIndex.open(dir)) {
            assertEquals(odd, index.reference(0).orElseThrow().path());
            assertFalse(index.reference(1).isPresent());
        }
    }
}
