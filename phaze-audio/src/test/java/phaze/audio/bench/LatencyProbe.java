package phaze.audio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import phaze.audio.corpus.Corpus;
import phaze.audio.corpus.RecallTable;
import phaze.audio.fingerprint.Engine;
import phaze.audio.index.SyntheticSegments;

/** Dev probe: LatencyProbe WORK HOURS — keeps the generated index between runs. */
public final class LatencyProbe {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        double hours = Double.parseDouble(args[1]);
        Corpus corpus = Corpus.load(work.resolve("corpus"), 5);
        List<Latency.Query> queries = FingerprintBench.prepareQueries(corpus);
        Path db = work.resolve("probe-" + (int) hours);
        if (!Files.exists(db)) {
            Path real = work.resolve("probe-real");
            FingerprintBench.deleteTree(real);
            RecallTable t = new RecallTable(corpus, real);
            t.index().optimize();
            t.index().close();
            Files.createDirectories(db);
            try (var s = Files.list(real)) {
                for (Path p : s.toList()) {
                    Files.copy(p, db.resolve(p.getFileName()));
                }
            }
            SyntheticSegments.generate(db, hours, hours > 20000 ? FingerprintBench.queriedHashes(queries) : null, 42);
        }
        for (int round = 0; round < 2; round++) {
            for (EnumSet<Engine> e : List.of(EnumSet.of(Engine.LANDMARK), EnumSet.of(Engine.ROBUST), EnumSet.allOf(Engine.class))) {
                System.out.println(Latency.measure("" + hours, db, queries, e));
            }
        }
    }
}
