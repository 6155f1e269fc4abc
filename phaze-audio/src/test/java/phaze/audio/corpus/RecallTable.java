package phaze.audio.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprinter;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.index.FingerprintIndex;
import phaze.audio.match.Match;
import phaze.audio.match.Matcher;

/** Indexes the corpus references and measures recall and false positives per transform and engine. */
public final class RecallTable {
    private static final Set<Engine> BOTH = EnumSet.allOf(Engine.class);

    private final Corpus corpus;
    private final FingerprintIndex index;
    private final Fingerprinter fingerprinter = new Fingerprinter(new AudioDecoder());

    /** Per transform: queries, hits per engine (landmark, robust, both), wrong answers per engine. */
    public record Row(Transform transform, int queries, int[] correct, int[] wrong) {
        public double recall(int engine) {
            return queries == 0 ? 0 : correct[engine] / (double) queries;
        }
    }

    public RecallTable(Corpus corpus, Path indexDir) throws Exception {
        this.corpus = corpus;
        // always rebuilt: a cached index would hide a change to the extractors
        if (Files.exists(indexDir)) {
            try (var s = Files.walk(indexDir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        this.index = FingerprintIndex.open(indexDir);
        for (Corpus.Track t : corpus.references()) {
            index.add(t.file().toString(), fingerprinter.fingerprint(t.file(), BOTH, Density.INDEX));
        }
        index.commit();
    }

    public FingerprintIndex index() {
        return index;
    }

    /** Positive queries: excerpts of indexed tracks; a hit is the right track at the right offset. */
    public Row positives(Transform t, double seconds, int perTrack) throws Exception {
        return run(t, corpus.queries(corpus.references(), t, seconds, perTrack), true);
    }

    /** Negative queries: excerpts of tracks never indexed; every match is a false positive. */
    public Row negatives(Transform t, double seconds, int perTrack) throws Exception {
        return run(t, corpus.queries(corpus.negatives(), t, seconds, perTrack), false);
    }

    private Row run(Transform t, List<Corpus.Query> queries, boolean positive) throws Exception {
        Matcher matcher = new Matcher(index);
        int[] correct = new int[3];
        int[] wrong = new int[3];
        List<Set<Engine>> engines = List.of(EnumSet.of(Engine.LANDMARK), EnumSet.of(Engine.ROBUST), BOTH);
        for (Corpus.Query q : queries) {
            Fingerprints fp = fingerprinter.fingerprint(q.file(), BOTH, Density.QUERY);
            for (int e = 0; e < 3; e++) {
                Optional<Match> m = matcher.best(fp, engines.get(e));
                if (m.isEmpty()) {
                    continue;
                }
                // the right track is a hit even at another offset: game and dance music repeat whole sections
                boolean right = positive && m.get().reference().path().equals(q.source().file().toString());
                if (right) {
                    correct[e]++;
                } else {
                    wrong[e]++;
                }
            }
        }
        return new Row(t, queries.size(), correct, wrong);
    }

    public static List<String> format(List<Row> rows) {
        List<String> out = new ArrayList<>();
        out.add("| transform | queries | landmark | robust | both | false positives (L/R/both) |");
        out.add("|---|---|---|---|---|---|");
        for (Row r : rows) {
            out.add(String.format("| %s | %d | %.1f %% | %.1f %% | %.1f %% | %d / %d / %d |", r.transform().label(), r.queries(),
                    100 * r.recall(0), 100 * r.recall(1), 100 * r.recall(2), r.wrong()[0], r.wrong()[1], r.wrong()[2]));
        }
        return out;
    }
}
