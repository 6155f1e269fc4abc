package phaze.audio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprinter;
import phaze.audio.match.RecordingComparator;
import phaze.audio.match.Similarity;

/** {@code same A B}: one line {@code similarity,offset_s,stretch} (offset of B's start in A). */
final class SameCommand implements Command {
    @Override
    public String usage() {
        return "same A B";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = new Arguments(args, List.of());
        if (a.positionals().size() != 2) {
            throw new UsageException("expected exactly two files");
        }
        Path fileA = Arguments.existingFile(a.positionals().get(0));
        Path fileB = Arguments.existingFile(a.positionals().get(1));
        Fingerprinter f = new Fingerprinter(new AudioDecoder());
        var both = EnumSet.allOf(Engine.class);
        Similarity s = new RecordingComparator().compare(f.fingerprint(fileA, both, Density.INDEX),
                f.fingerprint(fileB, both, Density.QUERY));
        out.println(String.join(",", Csv.number(s.similarity(), 3), Csv.number(s.offsetSeconds(), 2),
                Csv.number(s.stretch(), 4)));
        return 0;
    }
}
