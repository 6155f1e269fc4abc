package phaze.audio.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import phaze.audio.fingerprint.Engine;

/**
 * Benchmark support: adds generated postings for {@code hours} of synthetic one-hour references to an
 * existing index, with each hash as frequent as it is in the real index (so posting lists have
 * realistic lengths), streamed to segments of at most ~1.5 GB. With {@code onlyHashes}, only those
 * hashes' posting lists are materialised (at full length): the way to measure lookups in a
 * 100,000-hour index without writing 60 GB.
 */
public final class SyntheticSegments {
    private static final long SEGMENT_BYTES = 1_500_000_000L;

    private SyntheticSegments() {
    }

    /** Postings per second of audio for each engine, measured on the real index. */
    public static double rate(Path db, Engine e) throws IOException {
        try (FingerprintIndex index = FingerprintIndex.open(db)) {
            IndexStats s = index.stats();
            return s.postings().get(e) / s.seconds();
        }
    }

    public static void generate(Path db, double hours, BitSet[] onlyHashes, long seed) throws IOException {
        double[][] probability = new double[Engine.values().length][];
        double[] rate = new double[Engine.values().length];
        int firstRef;
        List<String> segments = new ArrayList<>(Files.readAllLines(db.resolve(FingerprintIndex.MANIFEST)));
        try (FingerprintIndex index = FingerprintIndex.open(db)) {
            IndexStats s = index.stats();
            for (Engine e : Engine.values()) {
                probability[e.ordinal()] = histogram(db, e);
                rate[e.ordinal()] = s.postings().get(e) / s.seconds();
            }
            firstRef = s.references() + 1000;
        }
        int refs = (int) Math.ceil(hours);
        SplittableRandom random = new SplittableRandom(seed);
        long sequence = 90_000_000L;
        for (Engine e : Engine.values()) {
            double total = rate[e.ordinal()] * hours * 3600;
            BitSet only = onlyHashes == null ? null : onlyHashes[e.ordinal()];
            double materialised = only == null ? total : total * mass(probability[e.ordinal()], only);
            int parts = (int) Math.max(1, Math.ceil(materialised * 8 / SEGMENT_BYTES));
            for (int part = 0; part < parts; part++) {
                String name = String.format("%s-%08d.seg", e.cliName(), sequence++);
                PostingLayout layout = PostingLayout.forCount(e, (long) total);
                try (BucketedSegmentWriter w = new BucketedSegmentWriter(db.resolve(name), layout)) {
                    double[] p = probability[e.ordinal()];
                    int shift = layout.remainderBits();
                    for (int hash = 0; hash < p.length; hash++) {
                        if (only != null && !only.get(hash)) {
                            continue;
                        }
                        w.bucket(hash >>> shift);
                        long n = poisson(random, total * p[hash] / parts);
                        for (long k = 0; k < n; k++) {
                            int ref = firstRef + random.nextInt(refs);
                            w.add(hash, ref, point(e, random));
                        }
                    }
                }
                segments.add(name);
            }
        }
        Files.write(db.resolve(FingerprintIndex.MANIFEST), segments, StandardCharsets.UTF_8);
        StringBuilder catalog = new StringBuilder();
        for (int r = 0; r < refs; r++) {
            catalog.append("A\t").append(firstRef + r).append("\t3600.0\tsynthetic/").append(r).append(".mp3\n");
        }
        Files.writeString(db.resolve(FingerprintIndex.CATALOG), catalog, StandardOpenOption.APPEND);
    }

    private static long point(Engine e, SplittableRandom r) {
        int frame = r.nextInt(225_000); // one hour of 16-ms frames
        if (e == Engine.LANDMARK) {
            return frame;
        }
        return (long) frame << 15 | (long) r.nextInt(216) << 7 | (8 + r.nextInt(113));
    }

    /** Smoothed share of each hash value among the real index's postings. */
    private static double[] histogram(Path db, Engine e) throws IOException {
        long[] counts = new long[1 << e.hashBits()];
        long total = 0;
        for (String name : Files.readAllLines(db.resolve(FingerprintIndex.MANIFEST))) {
            if (!name.startsWith(e.cliName())) {
                continue;
            }
            Segment s = Segment.open(db.resolve(name));
            long[] t = {0};
            s.scanHashRange(0, (1 << e.hashBits()) - 1, (hash, ref, point) -> {
                counts[hash]++;
                t[0]++;
            });
            total += t[0];
        }
        double[] p = new double[counts.length];
        double denominator = total + 0.5 * counts.length;
        for (int h = 0; h < counts.length; h++) {
            p[h] = (counts[h] + 0.5) / denominator;
        }
        return p;
    }

    private static double mass(double[] p, BitSet only) {
        double m = 0;
        for (int h = only.nextSetBit(0); h >= 0; h = only.nextSetBit(h + 1)) {
            m += p[h];
        }
        return m;
    }

    private static long poisson(SplittableRandom r, double lambda) {
        if (lambda > 30) {
            return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(r)));
        }
        double l = Math.exp(-lambda);
        long k = 0;
        double p = 1;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
