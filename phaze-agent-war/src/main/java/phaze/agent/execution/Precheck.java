package phaze.agent.execution;

import phaze.agent.discover.FileDigest;
import phaze.agent.discover.LibraryPaths;
import phaze.path.PathValidator;
import phaze.path.PathViolation;
import phaze.path.RenameKind;
import phaze.path.UnsafePathException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything checked before a file is touched: the source is the approved bytes, the destination is
 * legal, inside the root (also through symbolic links), free or byte-identical, and fits.
 */
final class Precheck {
    /** Free space kept beyond the file itself, so a move never fills a volume to the last byte. */
    static final long SPACE_MARGIN = 1L << 20;

    private final PathValidator validator = new PathValidator();
    private final boolean useLinks;

    Precheck(boolean useLinks) {
        this.useLinks = useLinks;
    }

    MovePlan check(Path root, int index, FileMove move) throws MoveFailure {
        try {
            return plan(root.toAbsolutePath().normalize(), index, move);
        } catch (IOException e) {
            throw new MoveFailure(MoveStep.PRECHECK, DurableFiles.describe(e));
        }
    }

    private MovePlan plan(Path root, int index, FileMove move) throws IOException, MoveFailure {
        Path source = source(root, move);
        String sourceOnDisk = root.relativize(source).toString().replace('\\', '/');
        Path destination = destination(root, source, move);
        if (source.equals(destination)) {
            throw fail("source and destination are the same: " + move.destination());
        }
        // Both times are taken before hashing: a write during or after the hash moves ctime (which no
        // program can set back, unlike mtime), so a rewrite of the same size is still caught before the move.
        var modified = Files.getLastModifiedTime(source, LinkOption.NOFOLLOW_LINKS);
        var changed = inodeChangeTime(source);
        long size = Files.size(source);
        if (size != move.size()) {
            throw fail("source changed since approval: " + size + " bytes, approved " + move.size());
        }
        String sha = FileDigest.sha256(source);
        if (!sha.equalsIgnoreCase(move.sha256())) {
            throw fail("source changed since approval: SHA-256 " + sha + ", approved " + move.sha256());
        }
        boolean caseOnly = RenameKind.isCaseOnlyRename(sourceOnDisk, move.destination());
        MovePlan.Route route;
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS) && !(caseOnly && sameEntry(source, destination))) {
            requireIdentical(destination, move);
            route = MovePlan.Route.DUPLICATE;
        } else if (caseOnly) {
            route = MovePlan.Route.CASE_ONLY;
        } else {
            Path existing = DurableFiles.nearestExisting(destination.getParent());
            boolean sameStore = sameFileSystem(source.getParent(), existing);
            route = sameStore && useLinks ? MovePlan.Route.LINK : MovePlan.Route.COPY;
            if (route == MovePlan.Route.COPY) {
                requireSpace(existing, size);
            }
        }
        return new MovePlan(index, move, source, sourceOnDisk, destination, route, modified, changed);
    }

    /**
     * Same device, so a hard link can carry the file. The device number is one stat; asking for the
     * FileStore reads the whole mount table each time, which dominated a group of small renames.
     */
    static boolean sameFileSystem(Path a, Path b) throws IOException {
        try {
            return Files.getAttribute(a, "unix:dev").equals(Files.getAttribute(b, "unix:dev"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Files.getFileStore(a).equals(Files.getFileStore(b));
        }
    }

    /** The inode change time (ctime), or null where the file system does not keep one. */
    static FileTime inodeChangeTime(Path file) throws IOException {
        try {
            return (FileTime) Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The source is still what the precheck hashed: same size, mtime and (where kept) ctime. Checked
     * right before the first side effect, because the link route never reads the bytes again.
     */
    static void requireUnchanged(MovePlan plan) throws IOException, MoveFailure {
        FileTime changed = plan.changed() == null ? null : inodeChangeTime(plan.source());
        if (Files.size(plan.source()) != plan.move().size()
                || !Files.getLastModifiedTime(plan.source(), LinkOption.NOFOLLOW_LINKS).equals(plan.modified())
                || (plan.changed() != null && !plan.changed().equals(changed))) {
            throw new MoveFailure(MoveStep.PRECHECK, "source changed since approval (modified after the precheck)");
        }
    }

    private static Path source(Path root, FileMove move) throws MoveFailure {
        try {
            Path source = new LibraryPaths(Set.of(root)).resolve(root.toString(), move.source());
            if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                throw fail("source is not a regular file: " + move.source());
            }
            return source;
        } catch (LibraryPaths.Refused e) {
            throw fail("source: " + e.getMessage());
        }
    }

    private Path destination(Path root, Path source, FileMove move) throws IOException, MoveFailure {
        String sourceName = Normalizer.normalize(source.getFileName().toString(), Normalizer.Form.NFC);
        List<PathViolation> violations = validator.checkRename(sourceName, move.destination());
        if (!violations.isEmpty()) {
            throw fail("illegal destination '" + move.destination() + "': "
                    + violations.stream().map(v -> v.rule() + " (" + v.component() + ")").collect(Collectors.joining("; ")));
        }
        Path destination;
        try {
            destination = validator.resolveInside(root, move.destination());
        } catch (UnsafePathException e) {
            throw fail(e.getMessage());
        }
        Path existing = DurableFiles.nearestExisting(destination.getParent());
        if (!existing.toRealPath().startsWith(root.toRealPath())) {
            throw fail("destination '" + move.destination() + "' leads outside the root through a symbolic link");
        }
        return destination;
    }

    private static void requireIdentical(Path destination, FileMove move) throws IOException, MoveFailure {
        boolean identical = Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)
                && Files.size(destination) == move.size()
                && FileDigest.sha256(destination).equalsIgnoreCase(move.sha256());
        if (!identical) {
            throw fail("destination exists with other content and is never overwritten: " + move.destination());
        }
    }

    private static void requireSpace(Path existing, long size) throws IOException, MoveFailure {
        long usable = Files.getFileStore(existing).getUsableSpace();
        if (usable < size + SPACE_MARGIN) {
            throw fail("not enough free space at the destination: " + usable + " bytes free, "
                    + (size + SPACE_MARGIN) + " needed");
        }
    }

    /** The same directory entry under two spellings (a case-insensitive volume), not two hard links. */
    static boolean sameEntry(Path a, Path b) throws IOException {
        if (!Files.exists(a, LinkOption.NOFOLLOW_LINKS) || !Files.exists(b, LinkOption.NOFOLLOW_LINKS)
                || !Files.isSameFile(a, b)) {
            return false;
        }
        Object links = Files.getAttribute(a, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        return links instanceof Integer n && n == 1;
    }

    private static MoveFailure fail(String message) {
        return new MoveFailure(MoveStep.PRECHECK, message);
    }
}
