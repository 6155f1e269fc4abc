import phaze.agent.execution.FileMove;
import phaze.agent.execution.MoveOrder;
import phaze.agent.execution.MoveResult;
import phaze.agent.execution.Mover;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the Mover over a manifest (one "source TAB destination TAB sha256 TAB size" line per file, one
 * item per file) on {@code threads} workers sharing one Mover, and prints "files bytes seconds".
 * Used by move-bench.sh; not part of the agent.
 */
public final class MoveBench {
    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path root = Path.of(args[0]);
        Path journals = Path.of(args[1]);
        List<String> lines = Files.readAllLines(Path.of(args[2]));
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Mover mover = new Mover(journals, null);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<MoveResult>> results = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String[] f = lines.get(n).split("\t");
            MoveOrder order = new MoveOrder("bench-" + threads + "-" + n, root,
                    List.of(new FileMove(f[0], f[1], f[2], Long.parseLong(f[3]))));
            results.add(pool.submit(() -> mover.execute(order)));
        }
        long bytes = 0;
        for (Future<MoveResult> future : results) {
            MoveResult result = future.get();
            if (!result.done()) {
                throw new IllegalStateException(result.message());
            }
            bytes += result.bytes();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("%d %d %.3f%n", lines.size(), bytes, seconds);
    }
}
