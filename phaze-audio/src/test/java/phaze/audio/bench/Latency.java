package phaze.audio.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.index.FingerprintIndex;
import phaze.audio.index.IndexStats;
import phaze.audio.match.Match;
import phaze.audio.match.Matcher;

/** Query latency (matching only; fingerprints are extracted beforehand) and accuracy at one index size. */
final class Latency {
    /** A prepared query: its fingerprints and the path it should match, or null for a negative. */
    record Query(Fingerprints fingerprints, String expected) {
    }

    /** Wall-clock and thread-CPU percentiles in ms: on a shared machine CPU time shows the work, wall time the wait. */
    record Result(String label, IndexStats stats, String engines, double p50, double p95, double max, double cpuP50,
                  double cpuP95, int correct, int positives, int falsePositives, int negatives) {
    }

    private Latency() {
    }

    static Result measure(String label, Path db, List<Query> queries, EnumSet<Engine> engines) throws Exception {
        try (FingerprintIndex index = FingerprintIndex.open(db)) {
            Matcher matcher = new Matcher(index);
            for (Query q : queries) {
                matcher.best(q.fingerprints(), engines); // first pass pulls the touched pages into the page cache
            }
            double[] ms = new double[queries.size()];
            double[] cpu = new double[queries.size()];
            int correct = 0;
            int positives = 0;
            int wrong = 0;
            int negatives = 0;
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                long c0 = CpuClock.threadNanos();
                long t0 = System.nanoTime();
                Optional<Match> m = matcher.best(q.fingerprints(), engines);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (CpuClock.threadNanos() - c0) / 1e6;
                if (q.expected() == null) {
                    negatives++;
                    wrong += m.isPresent() ? 1 : 0;
                } else {
                    positives++;
                    boolean right = m.isPresent() && m.get().reference().path().equals(q.expected());
                    correct += right ? 1 : 0;
                    wrong += m.isPresent() && !right ? 1 : 0;
                }
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            return new Result(label, index.stats(), engines.size() == 2 ? "both" : engines.iterator().next().cliName(),
                    ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], cpu[cpu.length / 2],
                    cpu[(int) Math.ceil(cpu.length * 0.95) - 1], correct, positives, wrong,
                    negatives);
        }
    }
}
