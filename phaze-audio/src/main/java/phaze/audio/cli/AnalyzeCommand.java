package phaze.audio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.timeline.TimelineWindow;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.ingest.AudioIngest;

/**
 * {@code analyze PATH...}: one CSV row per audio file (folders are walked recursively);
 * {@code analyze --windows PATH...}: JSON lines, one per timeline window, then a summary line per file.
 * A file that cannot be decoded gets one line on stderr and makes the exit code 1; the others are
 * still analyzed. Decodes through {@link AudioIngest} without fingerprints.
 */
public final class AnalyzeCommand implements Command {

    private final AudioIngest ingest;

    public AnalyzeCommand() {
        this.ingest = AudioIngest.analysisOnly();
    }

    @Override
    public String usage() {
        return "analyze [--windows] PATH...";
    }

    /** @return the exit code: 0 all analyzed, 1 some file failed; usage errors are thrown */
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException, UsageException {
        boolean windows = false;
        List<String> paths = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--windows")) {
                windows = true;
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else {
                paths.add(a);
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("no files given");
        }
        List<String> files = AudioFiles.expand(paths);
        if (!windows) {
            out.println(AnalysisFormat.CSV_HEADER);
        }
        int failures = 0;
        for (String file : files) {
            try {
                AnalysisResult r = ingest.ingest(Path.of(file)).analysis();
                print(out, file, r, windows);
            } catch (AudioDecodeException e) {
                err.println("phaze-audio analyze: " + e.getMessage());
                failures++;
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    private static void print(PrintStream out, String file, AnalysisResult r, boolean windows) {
        if (!windows) {
            out.println(AnalysisFormat.csvRow(file, r));
            return;
        }
        for (TimelineWindow w : r.timeline().windows()) {
            out.println(AnalysisFormat.windowJson(file, w));
        }
        out.println(AnalysisFormat.summaryJson(file, r));
    }
}
