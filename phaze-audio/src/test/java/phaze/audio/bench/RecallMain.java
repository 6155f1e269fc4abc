package phaze.audio.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import phaze.audio.corpus.Corpus;
import phaze.audio.corpus.RecallTable;
import phaze.audio.corpus.Transform;

/** Prints the recall table: {@code RecallMain WORKDIR EXCERPT_SECONDS PER_TRACK [TRANSFORM...]}. */
public final class RecallMain {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        double seconds = Double.parseDouble(args[1]);
        int perTrack = Integer.parseInt(args[2]);
        Corpus corpus = Corpus.load(work.resolve("corpus"), 5);
        RecallTable table = new RecallTable(corpus, work.resolve("index"));
        List<RecallTable.Row> rows = new ArrayList<>();
        List<Transform> transforms = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            transforms.add(Transform.valueOf(args[i]));
        }
        if (transforms.isEmpty()) {
            transforms.addAll(List.of(Transform.values()));
        }
        for (Transform t : transforms) {
            rows.add(table.positives(t, seconds, perTrack));
            System.err.println(RecallTable.format(rows).get(rows.size() + 1));
        }
        rows.add(table.negatives(Transform.ORIGINAL, seconds, perTrack * 3));
        List<String> lines = RecallTable.format(rows);
        lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("| excerpt |", "| negatives (not indexed) |"));
        lines.forEach(System.out::println);
    }
}
