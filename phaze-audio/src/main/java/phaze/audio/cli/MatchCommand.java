package phaze.audio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprinter;
import phaze.audio.index.FingerprintIndex;
import phaze.audio.match.Match;
import phaze.audio.match.Matcher;

/** {@code match --db DIR [--engine landmark|robust|both] PATH...}: one CSV row per query file. */
final class MatchCommand implements Command {
    static final String HEADER = "query,match,offset_s,score,stretch,shift_semitones";

    @Override
    public String usage() {
        return "match --db DIR [--engine landmark|robust|both] PATH...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = new Arguments(args, List.of("--db", "--engine"));
        Path db = a.existingDb();
        Set<Engine> engines = engines(a.option("--engine", "both"));
        if (a.positionals().isEmpty()) {
            throw new UsageException("no query files given");
        }
        List<String> queries = AudioFiles.expand(a.positionals());
        Fingerprinter fingerprinter = new Fingerprinter(new AudioDecoder());
        int failed = 0;
        try (FingerprintIndex index = FingerprintIndex.open(db)) {
            Matcher matcher = new Matcher(index);
            out.println(HEADER);
            for (String q : queries) {
                try {
                    Optional<Match> m = matcher.best(fingerprinter.fingerprint(Path.of(q), engines, Density.QUERY), engines);
                    out.println(row(q, m));
                } catch (AudioDecodeException e) {
                    failed++;
                    err.println("skipped: " + e.getMessage());
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    static Set<Engine> engines(String name) throws UsageException {
        if (name.equals("both")) {
            return EnumSet.allOf(Engine.class);
        }
        try {
            return EnumSet.of(Engine.fromCliName(name));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--engine must be landmark, robust or both, not '" + name + "'");
        }
    }

    static String row(String query, Optional<Match> m) {
        if (m.isEmpty()) {
            return Csv.field(query) + ",,,,,";
        }
        Match x = m.get();
        return String.join(",", Csv.field(query), Csv.field(x.reference().path()), Csv.number(x.offsetSeconds(), 2),
                Csv.number(x.score(), 1), Csv.number(x.stretch(), 4), Csv.number(x.semitones(), 2));
    }
}
