package phaze.agent.discover;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a (root, relative path) from the controller into a file on this disk, refusing anything
 * outside the agent's own roots. Phaze records names in NFC; a disk may hold them decomposed
 * (macOS writes NFD), so a name that does not exist as given is looked up by its NFC form.
 */
public final class LibraryPaths {

    /** The controller named a file this agent will not or cannot touch. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final Set<Path> ownRoots;

    public LibraryPaths(Set<Path> ownRoots) {
        this.ownRoots = Set.copyOf(ownRoots);
    }

    public Path resolve(String root, String relativePath) throws Refused {
        Path rootPath = Path.of(root).normalize();
        if (!ownRoots.contains(rootPath)) {
            throw new Refused("'" + root + "' is not one of this agent's library roots");
        }
        if (relativePath == null || relativePath.isEmpty() || relativePath.startsWith("/")
                || ("/" + relativePath + "/").contains("/../")) {
            throw new Refused("'" + relativePath + "' is not a path inside the library root");
        }
        Path current = rootPath;
        for (String part : relativePath.split("/")) {
            current = child(current, part).orElseThrow(() -> new Refused("'" + relativePath + "' no longer exists in " + root));
        }
        if (!current.normalize().startsWith(rootPath) || Files.isSymbolicLink(current)) {
            throw new Refused("'" + relativePath + "' leads outside the library root");
        }
        return current;
    }

    private static Optional<Path> child(Path dir, String name) {
        Path direct = dir.resolve(name);
        if (Files.exists(direct, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(direct);
        }
        String wanted = Normalizer.normalize(name, Normalizer.Form.NFC);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Normalizer.normalize(entry.getFileName().toString(), Normalizer.Form.NFC).equals(wanted)) {
                    return Optional.of(entry);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
