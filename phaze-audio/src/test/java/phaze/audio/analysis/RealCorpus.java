package phaze.audio.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real recordings for consistency tests: the orchestral game music of the Debian package
 * {@code wesnoth-1.16-music} (CI installs it), cut to excerpts and transformed with ffmpeg.
 */
public final class RealCorpus {
    public static final Path MUSIC = Path.of("/usr/share/games/wesnoth/1.16/data/core/music");

    private RealCorpus() {
    }

    /** The {@code count} tracks of at least {@code minSeconds}, in name order, so runs are repeatable. */
    public static List<Path> tracks(int count, long minBytes) throws IOException {
        if (!Files.isDirectory(MUSIC)) {
            throw new IllegalStateException("real-audio corpus missing: apt-get install wesnoth-1.16-music");
        }
        try (Stream<Path> s = Files.list(MUSIC)) {
            return s.filter(p -> p.toString().endsWith(".ogg")).filter(p -> size(p) >= minBytes).sorted()
                    .limit(count).toList();
        }
    }

    /**
     * An excerpt of {@code seconds} from {@code start}, with an ffmpeg audio filter applied (null for
     * none), written as 16-bit WAV into {@code dir}.
     */
    public static Path excerpt(Path source, double start, double seconds, String filter, String tag, Path dir)
            throws IOException, InterruptedException {
        String name = source.getFileName().toString().replace(".ogg", "") + "-" + tag + ".wav";
        Path out = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y",
                "-ss", Double.toString(start), "-t", Double.toString(seconds), "-i", source.toString()));
        if (filter != null) {
            cmd.addAll(List.of("-af", filter));
        }
        cmd.addAll(List.of("-ar", "44100", "-ac", "2", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("ffmpeg failed for " + cmd);
        }
        return out;
    }

    /** Tempo changed by {@code ratio}, pitch kept (WSOLA). */
    public static String tempo(double ratio) {
        return "atempo=" + ratio;
    }

    /** Pitch moved by {@code semitones}, tempo kept: resample-speed, then WSOLA back to the old tempo. */
    public static String pitch(int semitones) {
        double f = Math.pow(2, semitones / 12.0);
        return "asetrate=44100*" + f + ",aresample=44100,atempo=" + (1 / f);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
