package phaze.agent.execution;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One journal file on disk, shared by the items of a group (a single move is a group of one). Records
 * are appended in order; {@link #sync()} makes everything appended so far durable with one fsync, which
 * is what lets a group of renames pay for one journal fsync per phase instead of two per file. The file
 * goes once every item written to it is settled.
 */
final class JournalFile implements Closeable {
    private final Path path;
    private final FileChannel channel;
    private boolean entryDurable;
    private boolean dirty;
    private int unsettled;

    private JournalFile(Path path, FileChannel channel, boolean entryDurable, int items) {
        this.path = path;
        this.channel = channel;
        this.entryDurable = entryDurable;
        this.unsettled = items;
    }

    /** A new journal (never an existing one: an unfinished journal must be recovered first). */
    static JournalFile create(Path path, int items) throws IOException {
        Files.createDirectories(path.getParent());
        return new JournalFile(path, FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), false, items);
    }

    /** An unfinished journal, re-opened for appending by recovery. */
    static JournalFile reopen(Path path, int items) throws IOException {
        return new JournalFile(path, FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND), true, items);
    }

    Path path() {
        return path;
    }

    synchronized void append(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        dirty = true;
    }

    /** Everything appended so far is on disk, and so is the journal's own directory entry. */
    synchronized void sync() throws IOException {
        if (!dirty) {
            return;
        }
        channel.force(false);
        if (!entryDurable) {
            DurableFiles.syncDirectory(path.getParent());
            entryDurable = true;
        }
        dirty = false;
    }

    /**
     * One item of this journal is settled; when the last one is, the file goes. The removal is not
     * fsync'd: a journal that reappears after a power cut is settled again, idempotently.
     */
    synchronized void settled() throws IOException {
        if (--unsettled <= 0) {
            close();
            Files.deleteIfExists(path);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel.isOpen()) {
            channel.close();
        }
    }
}
