package phaze.agent.execution;

import phaze.agent.discover.FileDigest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-system primitives the mover is built from, each durable before it returns: fsync of
 * files and folders, no-clobber placement by hard link, copying while hashing.
 */
final class DurableFiles {
    private static final int BUFFER = 1 << 20;

    private DurableFiles() {
    }

    /** Makes a folder's entries (creations, links, deletions) durable. */
    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /**
     * Gives {@code existing} the additional name {@code name}; fails with FileAlreadyExistsException
     * if {@code name} exists. Unlike {@code Files.move}, this can never overwrite.
     */
    static void link(Path name, Path existing) throws IOException {
        Files.createLink(name, existing);
    }

    /** True when a createLink failure means "this file system has no hard links", not "refused here". */
    static boolean linksUnsupported(Exception e) {
        if (e instanceof UnsupportedOperationException) {
            return true;
        }
        return e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().contains("Operation not permitted");
    }

    /**
     * Copies {@code source} into the new file {@code target} (never an existing one), fsyncs it and
     * returns the SHA-256 of the bytes read from the source.
     */
    static String copyHashing(Path source, Path target) throws IOException {
        MessageDigest digest = FileDigest.newDigest();
        ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (in.read(buffer) >= 0) {
                buffer.flip();
                digest.update(buffer.duplicate());
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                buffer.clear();
            }
            out.force(true);
        }
        return FileDigest.hex(digest);
    }

    /**
     * Creates the missing folders of {@code dir} one by one, each made durable in its parent, and
     * returns the ones it created, outermost first (a failed move removes them again).
     */
    static List<Path> createDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> created = new ArrayList<>(createDirectories(dir.getParent()));
        try {
            Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
            // Someone else (another move, the user) made it meanwhile: it is not ours to remove on a rollback.
            return created;
        }
        syncDirectory(dir.getParent());
        created.add(dir);
        return created;
    }

    /**
     * Removes folders a failed move created, innermost first, as long as they are empty (something
     * else may have arrived meanwhile: then it and its parents stay). True if any went.
     */
    static boolean removeEmptyFolders(List<Path> createdOutermostFirst) throws IOException {
        boolean removed = false;
        for (int i = createdOutermostFirst.size() - 1; i >= 0; i--) {
            Path folder = createdOutermostFirst.get(i);
            try {
                Files.delete(folder);
            } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                return removed;
            }
            syncDirectory(folder.getParent());
            removed = true;
        }
        return removed;
    }

    /** The path itself or its closest ancestor that exists (a destination's folder may not yet). */
    static Path nearestExisting(Path path) {
        Path current = path;
        while (current != null && !Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            current = current.getParent();
        }
        return current;
    }

    static boolean deleteIfExists(Path file) throws IOException {
        return Files.deleteIfExists(file);
    }

    static String describe(Exception e) {
        String kind = e instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getClass().getSimpleName();
        String what = e instanceof FileSystemException fse ? fse.getFile() : e.getMessage();
        return kind + (what == null ? "" : ": " + what);
    }
}
