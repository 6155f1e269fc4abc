package phaze.audio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import phaze.audio.decode.AudioDecodeException;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprinter;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.index.FingerprintIndex;

/**
 * {@code index --db DIR PATH...}: fingerprints files on all cores (bounded look-ahead keeps memory
 * flat) and adds them in command-line order; a file that fails is reported and skipped.
 */
final class IndexCommand implements Command {
    private static final long COMMIT_POSTINGS = 20_000_000; // ~300 MB of buffers, ~200 h of audio

    @Override
    public String usage() {
        return "index --db DIR PATH...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = new Arguments(args, List.of("--db"));
        Path db = Path.of(a.required("--db"));
        if (a.positionals().isEmpty()) {
            throw new UsageException("no files or folders to index");
        }
        List<String> files = AudioFiles.expand(a.positionals());
        Fingerprinter fingerprinter = new Fingerprinter(new AudioDecoder());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int failed = 0;
        double seconds = 0;
        long t0 = System.nanoTime();
        try (FingerprintIndex index = FingerprintIndex.open(db)) {
            Deque<Future<Fingerprints>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            for (int done = 0; done < files.size(); done++) {
                while (submitted < files.size() && inFlight.size() < 2 * threads) {
                    Path file = Path.of(files.get(submitted++));
                    inFlight.add(pool.submit(() -> fingerprinter.fingerprint(file, EnumSet.allOf(Engine.class), Density.INDEX)));
                }
                String name = files.get(done);
                try {
                    Fingerprints fp = inFlight.removeFirst().get();
                    index.add(name, fp);
                    seconds += fp.seconds();
                } catch (ExecutionException e) {
                    failed++;
                    Throwable cause = e.getCause();
                    err.println("skipped: " + (cause instanceof AudioDecodeException ? cause.getMessage() : name + ": " + cause));
                }
                if (index.pendingPostings() > COMMIT_POSTINGS) {
                    index.commit();
                }
                progress(err, done + 1, files.size(), seconds, t0);
            }
            index.commit();
        } finally {
            pool.shutdownNow();
        }
        err.printf("indexed %d of %d files (%.1f h of audio) into %s%n", files.size() - failed, files.size(), seconds / 3600, db);
        return failed == 0 ? 0 : 1;
    }

    private static void progress(PrintStream err, int done, int total, double seconds, long t0) {
        if (done % 25 == 0 || done == total) {
            double elapsed = (System.nanoTime() - t0) / 1e9;
            err.printf("%d/%d files, %.1f h of audio, %.0fx real time%n", done, total, seconds / 3600,
                    elapsed > 0 ? seconds / elapsed : 0);
        }
    }
}
