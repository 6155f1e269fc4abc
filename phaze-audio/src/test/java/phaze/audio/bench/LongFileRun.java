package phaze.audio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds an 8-hour file by looping a track (stream copy, seconds to make) and fingerprints it in a 64 MB heap. */
final class LongFileRun {
    record Result(double seconds, long hashes, double peakHeapMb, double wallSeconds, String heapLimit) {
    }

    private LongFileRun() {
    }

    static Result run(Path work, Path track) throws Exception {
        Path longFile = work.resolve("eight-hours.ogg");
        double trackSeconds = new phaze.audio.decode.AudioDecoder().probe(track).durationSeconds();
        int loops = (int) Math.ceil(8 * 3600 / trackSeconds);
        Process ff = new ProcessBuilder("ffmpeg", "-nostdin", "-v", "error", "-y", "-stream_loop", Integer.toString(loops - 1),
                "-i", track.toString(), "-c", "copy", "-t", "28800", longFile.toString()).inheritIO().start();
        if (ff.waitFor() != 0) {
            throw new IllegalStateException("could not build the 8-hour file");
        }
        String heap = "-Xmx64m";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, heap, "-cp", System.getProperty("java.class.path"),
                LongFileHeap.class.getName(), longFile.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new String(p.getInputStream().readAllBytes()).trim();
        int rc = p.waitFor();
        Files.deleteIfExists(longFile);
        if (rc != 0) {
            throw new IllegalStateException("8-hour fingerprint failed in " + heap + ": " + line);
        }
        String[] f = line.split(" ");
        return new Result(Double.parseDouble(f[0]), Long.parseLong(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), heap);
    }

    static List<String> describe(Result r) {
        return List.of(String.format("- %.1f h file (one track looped, OGG) fingerprinted by both engines in a JVM limited to %s: "
                + "completed, peak heap %.1f MB, %d hashes, %.0f s wall (%.0fx real time).",
                r.seconds() / 3600, r.heapLimit(), r.peakHeapMb(), r.hashes(), r.wallSeconds(), r.seconds() / r.wallSeconds()));
    }
}
