package phaze.agent.execution;

import java.io.Closeable;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The write-ahead journal of one item, written into a {@link JournalFile} that a group of items may
 * share: an append-only UTF-8 text file, one tab-separated record per line, each record that announces
 * a side effect durable before that side effect. A torn last line (crash while writing) is ignored on
 * reading. Format (docs/adr/070-journaled-moves.md):
 * <pre>
 * phaze-journal 2
 * ORDER  itemId  root  fileCount
 * FILE   itemId  index  source  destination  sha256  size
 * PLAN   itemId  index  route  sourceOnDisk          (the route chosen by the precheck)
 * STEP   itemId  index  MoveStep  ok|fail  detail
 * </pre>
 */
final class MoveJournal implements Closeable {
    static final String SUFFIX = ".journal";
    private static final String MAGIC = "phaze-journal\t2";

    /** One STEP or PLAN line as read back. */
    record Entry(int file, String kind, MoveStep step, boolean ok, String detail, String route, String sourceOnDisk) {
    }

    /** An item of a journal read back at start: the order and everything recorded for it. */
    record Recorded(Path file, MoveOrder order, List<Entry> entries) {
    }

    private final JournalFile file;
    private final String itemId;

    private MoveJournal(JournalFile file, String itemId) {
        this.file = file;
        this.itemId = itemId;
    }

    /** The journal file of a group, named after its first item. */
    static Path pathFor(Path journalDir, String itemId) {
        return journalDir.resolve(URLEncoder.encode(itemId, StandardCharsets.UTF_8) + SUFFIX);
    }

    /** Starts the journal of a new item; fails if one exists (an unfinished item must be recovered). */
    static MoveJournal create(Path journalDir, MoveOrder order) throws IOException {
        return create(journalDir, List.of(order)).get(0);
    }

    /** Starts one journal file for a group of items; their orders are durable with the first sync. */
    static List<MoveJournal> create(Path journalDir, List<MoveOrder> orders) throws IOException {
        JournalFile file = JournalFile.create(pathFor(journalDir, orders.get(0).itemId()), orders.size());
        StringBuilder header = new StringBuilder(MAGIC).append('\n');
        List<MoveJournal> journals = new ArrayList<>();
        for (MoveOrder order : orders) {
            header.append(line("ORDER", order.itemId(), order.root().toString(), String.valueOf(order.files().size())));
            for (int i = 0; i < order.files().size(); i++) {
                FileMove move = order.files().get(i);
                header.append(line("FILE", order.itemId(), String.valueOf(i), move.source(), move.destination(),
                        move.sha256(), String.valueOf(move.size())));
            }
            journals.add(new MoveJournal(file, order.itemId()));
        }
        file.append(header.toString());
        return journals;
    }

    /** Re-opens an unfinished journal file for appending (recovery): one view per recorded item. */
    static List<MoveJournal> reopen(Path path, List<Recorded> items) throws IOException {
        JournalFile file = JournalFile.reopen(path, items.size());
        return items.stream().map(r -> new MoveJournal(file, r.order().itemId())).toList();
    }

    void plan(int index, String route, String sourceOnDisk) throws IOException {
        file.append(line("PLAN", itemId, String.valueOf(index), route, sourceOnDisk));
    }

    /** Journals a step; one that announces a side effect is durable before this returns. */
    void step(int index, MoveStep step, boolean ok, String detail) throws IOException {
        stepDeferred(index, step, ok, detail);
        if (announcesSideEffect(step)) {
            file.sync();
        }
        if (ok) {
            FaultPoint.journaled(step);
        }
    }

    /** Journals a step without forcing it: the caller syncs the group before any side effect. */
    void stepDeferred(int index, MoveStep step, boolean ok, String detail) throws IOException {
        file.append(line("STEP", itemId, String.valueOf(index), step.name(), ok ? "ok" : "fail",
                detail == null ? "" : detail));
    }

    /** Everything journaled so far, by any item of the file, is durable. */
    void sync() throws IOException {
        file.sync();
    }

    static boolean announcesSideEffect(MoveStep step) {
        return switch (step) {
            case MOVE, COPY, PLACE, DELETE_SOURCE, ROLLBACK -> true;
            case PRECHECK, VERIFY, DONE -> false;
        };
    }

    /** The item is settled: the controller has the reports; the file goes with its last item. */
    void finish() throws IOException {
        file.settled();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** Every unfinished journal file in the folder, oldest name first. */
    static List<Path> unfinished(Path journalDir) throws IOException {
        if (!Files.isDirectory(journalDir)) {
            return List.of();
        }
        try (var files = Files.list(journalDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /** The items of a journal file, in the order they were written. */
    static List<Recorded> read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        String[] lines = (end < 0 ? "" : text.substring(0, end)).split("\n");
        if (lines.length < 2 || !lines[0].equals(MAGIC)) {
            throw new IOException("not a Phaze move journal (version 2): " + path);
        }
        Map<String, ItemRecords> items = new LinkedHashMap<>();
        for (int n = 1; n < lines.length; n++) {
            String[] f = fields(lines[n]);
            if (f[0].equals("ORDER")) {
                items.put(f[1], new ItemRecords(f[1], Path.of(f[2]), Integer.parseInt(f[3])));
                continue;
            }
            ItemRecords item = items.get(f[1]);
            if (item == null) {
                throw new IOException("journal " + path + " has a " + f[0] + " record for the unknown item " + f[1]);
            }
            switch (f[0]) {
                case "FILE" -> item.files.add(new FileMove(f[3], f[4], f[5], Long.parseLong(f[6])));
                case "PLAN" -> item.entries.add(new Entry(Integer.parseInt(f[2]), "PLAN", null, true, "", f[3], f[4]));
                case "STEP" -> item.entries.add(new Entry(Integer.parseInt(f[2]), "STEP", MoveStep.valueOf(f[3]),
                        f[4].equals("ok"), f[5], null, null));
                default -> throw new IOException("unknown journal record '" + f[0] + "' in " + path);
            }
        }
        List<Recorded> recorded = new ArrayList<>();
        for (ItemRecords item : items.values()) {
            if (item.files.size() != item.count) {
                throw new IOException("journal " + path + " lists " + item.files.size() + " of " + item.count
                        + " files of item " + item.itemId);
            }
            recorded.add(new Recorded(path, new MoveOrder(item.itemId, item.root, item.files), item.entries));
        }
        return recorded;
    }

    private static final class ItemRecords {
        final String itemId;
        final Path root;
        final int count;
        final List<FileMove> files = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();

        ItemRecords(String itemId, Path root, int count) {
            this.itemId = itemId;
            this.root = root;
            this.count = count;
        }
    }

    private static String line(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(escape(fields[i]));
        }
        return out.append('\n').toString();
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String[] fields(String line) {
        String[] raw = line.split("\t", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = unescape(raw[i]);
        }
        return raw;
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
