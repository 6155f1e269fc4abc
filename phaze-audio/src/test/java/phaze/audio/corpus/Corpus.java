package phaze.audio.corpus;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.decode.PcmFormat;

/**
 * Real music for fingerprint tests: the OGG tracks of the Debian package wesnoth-1.16-music, split
 * into indexed references and never-indexed negatives, plus degraded excerpts made with ffmpeg and
 * cached under target/ between runs.
 */
public final class Corpus {
    public static final String PACKAGE = "wesnoth-1.16-music";
    private static final Path MUSIC = Path.of("/usr/share/games/wesnoth/1.16/data/core/music");
    private static final double MIN_SECONDS = 60;
    private static final int EXCERPT_RATE = 22050;

    private final Path work;
    private final List<Track> references = new ArrayList<>();
    private final List<Track> negatives = new ArrayList<>();

    public record Track(Path file, double seconds) {
        public String name() {
            return file.getFileName().toString();
        }
    }

    /** A degraded excerpt of a track: what a query looks like. */
    public record Query(Track source, double startSeconds, Transform transform, Path file) {
    }

    private Corpus(Path work) {
        this.work = work;
    }

    /** Loads the corpus; {@code negativeEvery}: every n-th track (by name) is kept out of the index. */
    public static Corpus load(Path work, int negativeEvery) throws Exception {
        if (!Files.isDirectory(MUSIC)) {
            throw new IllegalStateException("install the Debian package " + PACKAGE + " (apt-get install " + PACKAGE + ")");
        }
        Corpus c = new Corpus(work);
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(MUSIC, "*.ogg")) {
            ds.forEach(files::add);
        }
        files.sort(null);
        AudioDecoder decoder = new AudioDecoder();
        int n = 0;
        for (Path f : files) {
            double seconds = decoder.probe(f).durationSeconds();
            if (seconds < MIN_SECONDS) {
                continue;
            }
            (n++ % negativeEvery == negativeEvery - 1 ? c.negatives : c.references).add(new Track(f, seconds));
        }
        return c;
    }

    public List<Track> references() {
        return references;
    }

    public List<Track> negatives() {
        return negatives;
    }

    /** {@code perTrack} excerpts of {@code seconds} from each track, at deterministic pseudo-random starts. */
    public List<Query> queries(List<Track> tracks, Transform t, double seconds, int perTrack) throws Exception {
        List<Query> out = new ArrayList<>();
        for (Track track : tracks) {
            Random r = new Random(track.name().hashCode());
            for (int k = 0; k < perTrack; k++) {
                double start = Math.floor(5 + r.nextDouble() * (track.seconds() - seconds - 10));
                out.add(new Query(track, start, t, degraded(track, start, seconds, t)));
            }
        }
        return out;
    }

    private Path degraded(Track track, double start, double seconds, Transform t) throws Exception {
        String base = track.name().replace(".ogg", "") + "_" + (int) start + "_" + (int) seconds;
        Path out = work.resolve(t.name().toLowerCase()).resolve(base + "." + t.extension());
        if (Files.exists(out)) {
            return out;
        }
        Files.createDirectories(out.getParent());
        Path cut = work.resolve("cut").resolve(base + ".wav");
        if (!Files.exists(cut)) {
            Files.createDirectories(cut.getParent());
            ffmpeg(List.of("-ss", Double.toString(start), "-t", Double.toString(seconds), "-i", track.file().toString(),
                    "-ac", "1", "-ar", Integer.toString(EXCERPT_RATE), "-c:a", "pcm_s16le"), cut);
        }
        if (t.isNoise()) {
            NoiseMixer.mix(readMono(cut), EXCERPT_RATE, t.snrDb(), t.pink(), base.hashCode(), out);
        } else {
            List<String> args = new ArrayList<>(List.of("-i", cut.toString()));
            args.addAll(t.ffmpegArgs());
            ffmpeg(args, out);
        }
        return out;
    }

    private static float[] readMono(Path wav) throws Exception {
        List<float[]> blocks = new ArrayList<>();
        int[] total = {0};
        new AudioDecoder().decode(wav, PcmFormat.mono(EXCERPT_RATE), (pcm, n) -> {
            blocks.add(java.util.Arrays.copyOf(pcm, n));
            total[0] += n;
        });
        float[] all = new float[total[0]];
        int pos = 0;
        for (float[] b : blocks) {
            System.arraycopy(b, 0, all, pos, b.length);
            pos += b.length;
        }
        return all;
    }

    static void ffmpeg(List<String> args, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        cmd.addAll(args);
        Path tmp = out.resolveSibling("tmp-" + out.getFileName());
        cmd.add(tmp.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + String.join(" ", cmd) + "\n" + log);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
