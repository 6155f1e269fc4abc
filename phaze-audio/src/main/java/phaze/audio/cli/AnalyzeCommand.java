package phaze.audio.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.timeline.TimelineWindow;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.ingest.AudioIngest;

/**
 * {@code analyze PATH...}: one CSV row per audio file (folders are walked recursively);
 * {@code analyze --windows PATH...}: JSON lines, one per timeline window, then a summary line per file.
 * A file that cannot be decoded gets one line on stderr and makes the exit code 1; the others are
 * still analyzed.
 */
public final class AnalyzeCommand {
    static final String USAGE = "usage: analyze [--windows] PATH...";
    private static final Set<String> AUDIO_EXTENSIONS = Set.of("mp3", "flac", "ogg", "oga", "opus", "m4a", "aac",
            "wav", "aif", "aiff", "wma", "mka", "mp4", "mkv", "webm", "ape", "wv", "mpc", "ac3", "dts", "alac");

    private final AudioIngest ingest;

    public AnalyzeCommand() {
        this(new AudioIngest());
    }

    AnalyzeCommand(AudioIngest ingest) {
        this.ingest = ingest;
    }

    public static void main(String[] args) {
        System.exit(new AnalyzeCommand().run(List.of(args), System.out, System.err));
    }

    /** @return the process exit code: 0 all analyzed, 1 some file failed, 2 usage error */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean windows = false;
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--windows")) {
                windows = true;
            } else if (a.startsWith("--")) {
                err.println("analyze: unknown option " + a + "; " + USAGE);
                return 2;
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        if (!windows) {
            out.println(AnalysisFormat.CSV_HEADER);
        }
        int failures = 0;
        for (Path file : expand(paths, err)) {
            try {
                AnalysisResult r = ingest.ingest(file).analysis();
                print(out, file.toString(), r, windows);
            } catch (AudioDecodeException e) {
                err.println("analyze: " + e.getMessage());
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

    /** Files as given (even without an audio extension); folders walked for audio files, sorted. */
    private static List<Path> expand(List<Path> paths, PrintStream err) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(AnalyzeCommand::isAudio).sorted().forEach(files::add);
            } catch (IOException e) {
                err.println("analyze: cannot list " + p + ": " + e.getMessage());
            }
        }
        return files;
    }

    private static boolean isAudio(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && AUDIO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
