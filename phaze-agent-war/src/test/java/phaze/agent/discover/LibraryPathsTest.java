package phaze.agent.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class LibraryPathsTest {

    @TempDir
    Path root;

    @Test
    void findsAFileRecordedInNfcThatIsDecomposedOnDisk() throws Exception {
        Path nfd = Files.createDirectories(root.resolve("Bjo\u0308rk")).resolve("Jo\u0301ga.mp3");
        Files.writeString(nfd, "x");
        Path found = new LibraryPaths(Set.of(root)).resolve(root.toString(), "Bj\u00f6rk/J\u00f3ga.mp3");
        assertEquals(nfd, found);
    }

    @Test
    void refusesWhatIsNotInsideItsOwnRoots(@TempDir Path other) throws Exception {
        Files.writeString(other.resolve("a.mp3"), "x");
        Files.createSymbolicLink(root.resolve("link.mp3"), other.resolve("a.mp3"));
        LibraryPaths paths = new LibraryPaths(Set.of(root));
        assertThrows(LibraryPaths.Refused.class, () -> paths.resolve(other.toString(), "a.mp3"));
        assertThrows(LibraryPaths.Refused.class, () -> paths.resolve(root.toString(), "../" + other.getFileName() + "/a.mp3"));
        assertThrows(LibraryPaths.Refused.class, () -> paths.resolve(root.toString(), "/etc/passwd"));
        assertThrows(LibraryPaths.Refused.class, () -> paths.resolve(root.toString(), "link.mp3"));
        var gone = assertThrows(LibraryPaths.Refused.class, () -> paths.resolve(root.toString(), "gone.mp3"));
        assertTrue(gone.getMessage().contains("no longer exists"));
    }
}
