package phaze.audio.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real recordings for consistency tests, from two Debian packages that CI installs (.ci/run): the
 * orchestral game music of {@value #ORCHESTRAL_PACKAGE} (much of it rubato, no steady beat) and the
 * beat-driven game music of {@value #BEAT_PACKAGE} (chiptune, electronic and rock-band tracks, GPL-2+).
 * Cut to excerpts and transformed with ffmpeg.
 */
public final class RealCorpus {
    public static final String ORCHESTRAL_PACKAGE = "wesnoth-1.16-music";
    public static final String BEAT_PACKAGE = "supertux-data";
    public static final Path MUSIC = Path.of("/usr/share/games/wesnoth/1.16/data/core/music");
    public static final Path BEAT_MUSIC = Path.of("/usr/share/games/supertux2/music");

    private RealCorpus() {
    }

    /**
     * Every track of both packages of at least {@code minBytes} (shorter ones are jingles), orchestral
     * first, each package in path order so runs are repeatable.
     */
    public static List<Path> tracks(long minBytes) throws IOException {
        List<Path> all = new ArrayList<>(tracks(MUSIC, ORCHESTRAL_PACKAGE, minBytes));
        all.addAll(tracks(BEAT_MUSIC, BEAT_PACKAGE, minBytes));
        return all;
    }

    private static List<Path> tracks(Path dir, String pkg, long minBytes) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("real-audio corpus missing: apt-get install " + pkg + " (" + dir + ")");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".ogg")).filter(p -> size(p) >= minBytes).sorted().toList();
        }
    }

    /** A name unique across both packages (SuperTux keeps its music in theme folders). */
    public static String name(Path track) {
        return track.getParent().getFileName() + "/" + track.getFileName().toString().replace(".ogg", "");
    }

    /**
     * An excerpt of {@code seconds} from {@code start}, with an ffmpeg audio filter applied (null for
     * none), written as 16-bit WAV into {@code dir}.
     */
    public static Path excerpt(Path source, double start, double seconds, String filter, String tag, Path dir)
            throws IOException, InterruptedException {
        Path out = dir.resolve(name(source).replace('/', '_') + "-" + tag + ".wav");
        Path part = dir.resolve(out.getFileName() + ".part.wav");
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y",
                "-ss", Double.toString(start), "-t", Double.toString(seconds), "-i", source.toString()));
        if (filter != null) {
            cmd.addAll(List.of("-af", filter));
        }
        cmd.addAll(List.of("-ar", "44100", "-ac", "2", part.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("ffmpeg failed for " + cmd);
        }
        // renamed only when complete, so an interrupted run never leaves a short excerpt in a cache
        return Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@link #excerpt}, reused from {@code dir} when an earlier run made it (excerpts are deterministic). */
    public static Path cachedExcerpt(Path source, double start, double seconds, String filter, String tag, Path dir)
            throws IOException, InterruptedException {
        Path out = dir.resolve(name(source).replace('/', '_') + "-" + tag + ".wav");
        return Files.isRegularFile(out) ? out : excerpt(source, start, seconds, filter, tag, dir);
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
