package phaze.agent.execution;

import java.io.Closeable;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The write-ahead journal of one item: an append-only UTF-8 text file, one tab-separated record per
 * line, each record fsync'd before the side effect it announces. A torn last line (crash while
 * writing) is ignored on reading. Format (docs/adr/070-journaled-moves.md):
 * <pre>
 * phaze-journal 1
 * ORDER  itemId  root  fileCount
 * FILE   index  source  destination  sha256  size
 * PLAN   index  route  sourceOnDisk          (the route chosen by the precheck)
 * STEP   index  MoveStep  ok|fail  detail
 * </pre>
 */
final class MoveJournal implements Closeable {
    static final String SUFFIX = ".journal";
    private static final String MAGIC = "phaze-journal\t1";

    /** One STEP or PLAN line as read back. */
    record Entry(int file, String kind, MoveStep step, boolean ok, String detail, String route, String sourceOnDisk) {
    }

    /** A journal read back at start: the order and everything recorded for it. */
    record Recorded(Path file, MoveOrder order, List<Entry> entries) {
    }

    private final Path path;
    private final FileChannel channel;
    private boolean entryDurable;

    private MoveJournal(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    static Path pathFor(Path journalDir, String itemId) {
        return journalDir.resolve(URLEncoder.encode(itemId, StandardCharsets.UTF_8) + SUFFIX);
    }

    /** Starts the journal of a new item; fails if one exists (an unfinished item must be recovered). */
    static MoveJournal create(Path journalDir, MoveOrder order) throws IOException {
        Files.createDirectories(journalDir);
        Path path = pathFor(journalDir, order.itemId());
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        MoveJournal journal = new MoveJournal(path, channel);
        StringBuilder header = new StringBuilder(MAGIC).append('\n');
        header.append(line("ORDER", order.itemId(), order.root().toString(), String.valueOf(order.files().size())));
        for (int i = 0; i < order.files().size(); i++) {
            FileMove move = order.files().get(i);
            header.append(line("FILE", String.valueOf(i), move.source(), move.destination(), move.sha256(),
                    String.valueOf(move.size())));
        }
        journal.append(header.toString(), false);
        return journal;
    }

    /** Re-opens an unfinished journal for appending (recovery). */
    static MoveJournal reopen(Path path) throws IOException {
        MoveJournal journal = new MoveJournal(path, FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        journal.entryDurable = true;
        return journal;
    }

    void plan(int file, String route, String sourceOnDisk) throws IOException {
        append(line("PLAN", String.valueOf(file), route, sourceOnDisk), false);
    }

    void step(int file, MoveStep step, boolean ok, String detail) throws IOException {
        append(line("STEP", String.valueOf(file), step.name(), ok ? "ok" : "fail", detail == null ? "" : detail),
                announcesSideEffect(step));
        if (ok) {
            FaultPoint.journaled(step);
        }
    }

    static boolean announcesSideEffect(MoveStep step) {
        return switch (step) {
            case MOVE, COPY, PLACE, DELETE_SOURCE, ROLLBACK -> true;
            case PRECHECK, VERIFY, DONE -> false;
        };
    }

    /**
     * The item is settled: its journal is no longer needed (the controller has the reports). The
     * removal is not fsync'd: a journal that reappears after a power cut is settled again, idempotently.
     */
    void finish() throws IOException {
        close();
        Files.deleteIfExists(path);
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            channel.close();
        }
    }

    private void append(String text, boolean durable) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        if (durable) {
            channel.force(false);
            if (!entryDurable) {
                DurableFiles.syncDirectory(path.getParent());
                entryDurable = true;
            }
        }
    }

    /** Every unfinished journal in the folder, oldest name first. */
    static List<Path> unfinished(Path journalDir) throws IOException {
        if (!Files.isDirectory(journalDir)) {
            return List.of();
        }
        try (var files = Files.list(journalDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    static Recorded read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        String[] lines = (end < 0 ? "" : text.substring(0, end)).split("\n");
        if (lines.length < 2 || !lines[0].equals(MAGIC)) {
            throw new IOException("not a Phaze move journal: " + path);
        }
        String[] order = fields(lines[1]);
        int count = Integer.parseInt(order[3]);
        List<FileMove> files = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (int n = 2; n < lines.length; n++) {
            String[] f = fields(lines[n]);
            switch (f[0]) {
                case "FILE" -> files.add(new FileMove(f[2], f[3], f[4], Long.parseLong(f[5])));
                case "PLAN" -> entries.add(new Entry(Integer.parseInt(f[1]), "PLAN", null, true, "", f[2], f[3]));
                case "STEP" -> entries.add(new Entry(Integer.parseInt(f[1]), "STEP", MoveStep.valueOf(f[2]),
                        f[3].equals("ok"), f[4], null, null));
                default -> throw new IOException("unknown journal record '" + f[0] + "' in " + path);
            }
        }
        if (files.size() != count) {
            throw new IOException("journal " + path + " lists " + files.size() + " of " + count + " files");
        }
        return new Recorded(path, new MoveOrder(order[1], Path.of(order[2]), files), entries);
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
