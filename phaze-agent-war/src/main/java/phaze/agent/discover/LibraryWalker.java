package phaze.agent.discover;

import phaze.protocol.FileKind;
import phaze.protocol.agent.FileProblem;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the media and companion files below a folder. Symbolic links are never followed (a link
 * could lead out of the library or into a loop); names are reported in NFC with '/' separators,
 * relative to the library root; folders that cannot be read become problems, not failures.
 */
public final class LibraryWalker {

    /** A file to hash and report: where it is on disk, and its name as Phaze records it. */
    public record Candidate(Path file, String relativePath, FileKind kind) {
    }

    public record Listing(List<Candidate> candidates, List<FileProblem> problems) {
    }

    public Listing walk(Path root, Path start) throws IOException {
        List<Candidate> candidates = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return attrs.isSymbolicLink() ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile() || attrs.isSymbolicLink()) {
                    return FileVisitResult.CONTINUE;
                }
                FileKind.of(file.getFileName().toString())
                        .ifPresent(kind -> candidates.add(new Candidate(file, relative(root, file), kind)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                problems.add(new FileProblem(relative(root, file), describe(e)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    problems.add(new FileProblem(relative(root, dir), describe(e)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        candidates.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
        return new Listing(candidates, problems);
    }

    static String relative(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return Normalizer.normalize(relative, Normalizer.Form.NFC);
    }

    static String describe(IOException e) {
        String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "vanished during the scan"
                : e.getClass().getSimpleName();
        return kind + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
