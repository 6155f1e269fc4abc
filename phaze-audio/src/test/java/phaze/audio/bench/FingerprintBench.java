package phaze.audio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import phaze.audio.corpus.Corpus;
import phaze.audio.corpus.RecallTable;
import phaze.audio.corpus.Transform;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprinter;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.index.FingerprintIndex;
import phaze.audio.index.IndexStats;
import phaze.audio.index.SyntheticSegments;

/**
 * The fingerprint benchmark of issue 3: {@code FingerprintBench WORKDIR REPORT.md [--with-10k] [--latency-only]}.
 * Run through phaze-audio/bench/fingerprint-bench.sh.
 */
public final class FingerprintBench {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path report = Path.of(args[1]);
        boolean with10k = List.of(args).contains("--with-10k");
        boolean latencyOnly = List.of(args).contains("--latency-only");
        Files.createDirectories(work);
        Corpus corpus = Corpus.load(work.resolve("corpus"), 5);
        List<Path> refs = corpus.references().stream().map(Corpus.Track::file).toList();
        Report out = new Report(ZonedDateTime.now(ZoneOffset.UTC));

        if (!latencyOnly) {
            log("throughput");
            out.throughput(Throughput.all(refs));
            log("8-hour file");
            out.longFile(LongFileRun.run(work, corpus.references().get(1).file()));
        }

        log("real index and recall");
        Path real = work.resolve("index-real");
        RecallTable table = new RecallTable(corpus, real);
        table.index().optimize();
        IndexStats realStats = table.index().stats();
        out.indexSize(realStats);
        if (!latencyOnly) {
            List<RecallTable.Row> rows = new ArrayList<>();
            for (Transform t : Transform.values()) {
                rows.add(table.positives(t, 10, 1));
                log(RecallTable.format(rows).get(rows.size() + 1));
            }
            RecallTable.Row thirty = table.positives(Transform.MP3_64, 30, 1);
            RecallTable.Row negatives = table.negatives(Transform.ORIGINAL, 10, 3);
            out.recall(rows, thirty, negatives);
        }

        log("latency queries");
        List<Latency.Query> queries = prepareQueries(corpus);
        List<Latency.Result> latency = new ArrayList<>();
        EnumSet<Engine> both = EnumSet.allOf(Engine.class);
        for (EnumSet<Engine> e : List.of(EnumSet.of(Engine.LANDMARK), EnumSet.of(Engine.ROBUST), both)) {
            latency.add(Latency.measure("real corpus", real, queries, e));
        }
        double realHours = realStats.seconds() / 3600;
        latency.addAll(scaled(work, real, "100 h (real + generated)", 100 - realHours, null, queries));
        if (with10k) {
            latency.addAll(scaled(work, real, "10,000 h (real + generated)", 10_000 - realHours, null, queries));
        }
        latency.addAll(scaled(work, real, "100,000 h (real + generated, queried hashes only)", 100_000 - realHours,
                queriedHashes(queries), queries));
        out.latency(latency);
        out.write(report);
        log("wrote " + report);
    }

    private static List<Latency.Result> scaled(Path work, Path real, String label, double hours, BitSet[] only,
                                               List<Latency.Query> queries) throws Exception {
        log("generating " + label);
        Path db = work.resolve("index-scaled");
        deleteTree(db);
        Files.createDirectories(db);
        try (Stream<Path> s = Files.list(real)) {
            for (Path p : s.toList()) {
                Files.copy(p, db.resolve(p.getFileName()));
            }
        }
        SyntheticSegments.generate(db, hours, only, 42);
        List<Latency.Result> r = new ArrayList<>();
        for (EnumSet<Engine> e : List.of(EnumSet.of(Engine.LANDMARK), EnumSet.of(Engine.ROBUST), EnumSet.allOf(Engine.class))) {
            r.add(Latency.measure(label, db, queries, e));
            log(r.get(r.size() - 1).toString());
        }
        deleteTree(db);
        return r;
    }

    static List<Latency.Query> prepareQueries(Corpus corpus) throws Exception {
        Fingerprinter f = new Fingerprinter(new AudioDecoder());
        List<Latency.Query> q = new ArrayList<>();
        for (Transform t : List.of(Transform.ORIGINAL, Transform.MP3_64, Transform.SPEED_UP_5, Transform.PINK_10)) {
            for (Corpus.Query x : corpus.queries(corpus.references(), t, 10, 1)) {
                q.add(new Latency.Query(f.fingerprint(x.file(), EnumSet.allOf(Engine.class), Density.QUERY),
                        x.source().file().toString()));
            }
        }
        for (Corpus.Query x : corpus.queries(corpus.negatives(), Transform.ORIGINAL, 10, 3)) {
            q.add(new Latency.Query(f.fingerprint(x.file(), EnumSet.allOf(Engine.class), Density.QUERY), null));
        }
        return q;
    }

    static BitSet[] queriedHashes(List<Latency.Query> queries) {
        BitSet[] only = new BitSet[Engine.values().length];
        for (Engine e : Engine.values()) {
            only[e.ordinal()] = new BitSet(1 << e.hashBits());
        }
        for (Latency.Query q : queries) {
            for (Engine e : Engine.values()) {
                for (int h : q.fingerprints().get(e).hashes()) {
                    only[e.ordinal()].set(h);
                }
            }
        }
        return only;
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void log(String s) {
        System.err.println("[bench] " + s);
    }

    private FingerprintBench() {
    }
}
