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
 * item per file) on {@code threads} workers sharing one Mover, or (with "group=N") on one worker in
 * groups of N items (group commit), and prints "files bytes seconds".
 * Used by move-bench.sh; not part of the agent.
 */
public final class MoveBench {
    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path root = Path.of(args[0]);
        Path journals = Path.of(args[1]);
        List<String> lines = Files.readAllLines(Path.of(args[2]));
        if (args.length > 3 && args[3].startsWith("group=")) {
            grouped(root, journals, lines, Integer.parseInt(args[3].substring("group=".length())));
            return;
        }
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Mover mover = new Mover(journals, null);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true); // a failed item must end the run, not leave it waiting on idle workers
            return t;
        });
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

    private static void grouped(Path root, Path journals, List<String> lines, int size) {
        Mover mover = new Mover(journals, null);
        long start = System.nanoTime();
        long bytes = 0;
        for (int from = 0; from < lines.size(); from += size) {
            List<MoveOrder> group = new ArrayList<>();
            for (int n = from; n < Math.min(lines.size(), from + size); n++) {
                String[] f = lines.get(n).split("\t");
                group.add(new MoveOrder("bench-group-" + n, root, List.of(new FileMove(f[0], f[1], f[2], Long.parseLong(f[3])))));
            }
            for (MoveResult result : mover.execute(group)) {
                if (!result.done()) {
                    throw new IllegalStateException(result.message());
                }
                bytes += result.bytes();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d %d %.3f%n", lines.size(), bytes, seconds);
    }
}
