package phaze.audio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprinter;
import phaze.audio.index.FingerprintIndex;
import phaze.audio.match.LongRecordingScanner;
import phaze.audio.match.Matcher;
import phaze.audio.match.Occurrence;

/** {@code inside --db DIR LONGFILE}: CSV {@code start_s,end_s,match,score}, one row per occurrence. */
final class InsideCommand implements Command {
    static final String HEADER = "start_s,end_s,match,score";

    @Override
    public String usage() {
        return "inside --db DIR LONGFILE";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = new Arguments(args, List.of("--db"));
        Path db = a.existingDb();
        if (a.positionals().size() != 1) {
            throw new UsageException("expected exactly one long recording");
        }
        Path file = Arguments.existingFile(a.positionals().get(0));
        var both = EnumSet.allOf(Engine.class);
        err.println("fingerprinting " + file);
        var fp = new Fingerprinter(new AudioDecoder()).fingerprint(file, both, Density.QUERY);
        err.printf("scanning %.1f min against the index%n", fp.seconds() / 60);
        try (FingerprintIndex index = FingerprintIndex.open(db)) {
            List<Occurrence> found = new LongRecordingScanner(new Matcher(index)).occurrences(fp, both);
            out.println(HEADER);
            for (Occurrence o : found) {
                out.println(String.join(",", Csv.number(o.startSeconds(), 1), Csv.number(o.endSeconds(), 1),
                        Csv.field(o.reference().path()), Csv.number(o.score(), 1)));
            }
        }
        return 0;
    }
}
