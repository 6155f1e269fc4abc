package phaze.agent.execution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM for the crash tests: {@code execute <journals> <useLinks> <itemId> <root> (src dst sha size)...}
 * or {@code recover <journals>}, or {@code <journals> group <root> (itemId src dst sha size)...} (a group of
 * one-file items). Run with {@code -Dphaze.fault.halt-after=STEP[:n]} (or {@code halt-after-effect}) it
 * dies like kill -9.
 */
public final class MoveCli {
    public static void main(String[] args) throws Exception {
        Path journals = Path.of(args[0]);
        if (args.length == 1) {
            new Mover(journals, null).recover().forEach(MoveCli::print);
            return;
        }
        if (args[1].equals("group")) {
            Path root = Path.of(args[2]);
            List<MoveOrder> orders = new ArrayList<>();
            for (int i = 3; i + 4 < args.length; i += 5) {
                orders.add(new MoveOrder(args[i], root,
                        List.of(new FileMove(args[i + 1], args[i + 2], args[i + 3], Long.parseLong(args[i + 4])))));
            }
            new Mover(journals, null).execute(orders).forEach(MoveCli::print);
            return;
        }
        boolean useLinks = Boolean.parseBoolean(args[1]);
        String intrudeAt = args[2];
        List<FileMove> files = new ArrayList<>();
        for (int i = 5; i + 3 < args.length; i += 4) {
            files.add(new FileMove(args[i], args[i + 1], args[i + 2], Long.parseLong(args[i + 3])));
        }
        Path root = Path.of(args[4]);
        StepListener intruder = report -> {
            if (report.step().name().equals(intrudeAt) && report.ok()) {
                try {
                    Path destination = root.resolve(files.get(0).destination());
                    Files.createDirectories(destination.getParent());
                    Files.writeString(destination, "intruder");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        print(new Mover(journals, intruder, useLinks).execute(new MoveOrder(args[3], root, files)));
    }

    private static void print(MoveResult result) {
        System.out.println(result.itemId() + " done=" + result.done() + " failedStep=" + result.failedStep()
                + " message=" + result.message());
    }
}
