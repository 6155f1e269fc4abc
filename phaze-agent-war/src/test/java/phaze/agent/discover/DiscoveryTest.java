package phaze.agent.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.protocol.ScanScope;
import phaze.protocol.agent.DiscoveredFile;
import phaze.protocol.agent.DiscoveryChunk;
import phaze.protocol.agent.FileProblem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DiscoveryTest {

    @TempDir
    Path root;

    private final List<DiscoveryChunk> chunks = new ArrayList<>();

    @Test
    void reportsMediaAndCompanionsWithHashesAndSkipsTheRest() throws Exception {
        write("Live/set.mp3", "mp3 bytes");
        write("Live/set.cue", "FILE \"set.mp3\" MP3");
        write("Live/notes.docx", "ignored");
        write("album/01.flac", "");

        int reported = new Discovery(Set.of(root)).run(new ScanScope(root.toString(), null), chunks::add);

        Map<String, DiscoveredFile> files = files();
        assertEquals(3, reported);
        assertEquals(Set.of("Live/set.mp3", "Live/set.cue", "album/01.flac"), files.keySet());
        assertEquals("audio", files.get("Live/set.mp3").kind());
        assertEquals("companion", files.get("Live/set.cue").kind());
        // sha256("mp3 bytes") and of the empty file, computed independently with sha256sum.
        assertEquals("05786cc55616be04cbf8a6d6af823f278c3ace15fdeea945ad515bc041c618b3", files.get("Live/set.mp3").sha256());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", files.get("album/01.flac").sha256());
        assertEquals(9, files.get("Live/set.mp3").sizeBytes());
        assertEquals(3, chunks.get(0).totalFiles());
    }

    @Test
    void namesAreReportedInNfc() throws Exception {
        write("Bjo\u0308rk - Jo\u0301ga.mp3", "x");
        new Discovery(Set.of(root)).run(new ScanScope(root.toString(), ""), chunks::add);
        assertEquals(Set.of("Bj\u00f6rk - J\u00f3ga.mp3"), files().keySet());
    }

    @Test
    void neverFollowsSymbolicLinks(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("secret.mp3"), "outside");
        Files.createSymbolicLink(root.resolve("link.mp3"), outside.resolve("secret.mp3"));
        Files.createSymbolicLink(root.resolve("linked-dir"), outside);
        write("real.mp3", "inside");
        new Discovery(Set.of(root)).run(new ScanScope(root.toString(), null), chunks::add);
        assertEquals(Set.of("real.mp3"), files().keySet());
    }

    @Test
    void scansOnlyTheSubfolder() throws Exception {
        write("a/one.mp3", "1");
        write("b/two.mp3", "2");
        new Discovery(Set.of(root)).run(new ScanScope(root.toString(), "b"), chunks::add);
        assertEquals(Set.of("b/two.mp3"), files().keySet());
    }

    @Test
    void unreadableFolderIsAProblemAndTheScanGoesOn() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads everything");
        write("ok.mp3", "fine");
        Path locked = Files.createDirectories(root.resolve("locked"));
        write("locked/hidden.mp3", "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            new Discovery(Set.of(root)).run(new ScanScope(root.toString(), null), chunks::add);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
        assertEquals(Set.of("ok.mp3"), files().keySet());
        List<FileProblem> problems = chunks.stream().flatMap(c -> c.problems().stream()).toList();
        assertEquals("locked", problems.get(0).relativePath());
        assertTrue(problems.get(0).message().contains("permission denied"), problems.get(0).message());
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheScanCompletes() throws Exception {
        // Works as root too: the last file vanishes after the listing, before it is hashed.
        for (int i = 0; i <= Discovery.CHUNK_SIZE; i++) {
            write(String.format("sets/%03d.mp3", i), "set " + i);
        }
        Path last = root.resolve(String.format("sets/%03d.mp3", Discovery.CHUNK_SIZE));
        int reported = new Discovery(Set.of(root)).run(new ScanScope(root.toString(), null), chunk -> {
            chunks.add(chunk);
            try {
                Files.deleteIfExists(last);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(Discovery.CHUNK_SIZE, reported);
        List<FileProblem> problems = chunks.stream().flatMap(c -> c.problems().stream()).toList();
        assertEquals(1, problems.size());
        assertEquals(String.format("sets/%03d.mp3", Discovery.CHUNK_SIZE), problems.get(0).relativePath());
        assertTrue(problems.get(0).message().contains("vanished"), problems.get(0).message());
    }

    @Test
    void refusesScopesOutsideItsRoots(@TempDir Path other) throws Exception {
        Discovery discovery = new Discovery(Set.of(root));
        var e = assertThrows(Discovery.ScopeRefused.class, () -> discovery.run(new ScanScope(other.toString(), null), chunks::add));
        assertTrue(e.getMessage().contains("not one of this agent's library roots"));
        Path missing = root.resolve("gone");
        var m = assertThrows(Discovery.ScopeRefused.class,
                () -> new Discovery(Set.of(missing)).run(new ScanScope(missing.toString(), null), chunks::add));
        assertTrue(m.getMessage().contains("does not exist"));
        var s = assertThrows(Discovery.ScopeRefused.class, () -> discovery.run(new ScanScope(root.toString(), "nope"), chunks::add));
        assertTrue(s.getMessage().contains("does not exist"));
        assertTrue(chunks.isEmpty(), "nothing is reported for a refused scope");
    }

    @Test
    void refusesASubfolderThatIsALinkOutOfTheRoot(@TempDir Path outside) throws Exception {
        Files.createSymbolicLink(root.resolve("escape"), outside);
        var e = assertThrows(Discovery.ScopeRefused.class,
                () -> new Discovery(Set.of(root)).run(new ScanScope(root.toString(), "escape"), chunks::add));
        assertTrue(e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void largeTreesArriveInChunks() throws Exception {
        for (int i = 0; i < Discovery.CHUNK_SIZE * 2 + 5; i++) {
            write("many/" + i + ".ogg", Integer.toString(i));
        }
        int reported = new Discovery(Set.of(root)).run(new ScanScope(root.toString(), null), chunks::add);
        assertEquals(Discovery.CHUNK_SIZE * 2 + 5, reported);
        assertEquals(3, chunks.size());
        assertEquals(Discovery.CHUNK_SIZE * 2 + 5, chunks.get(0).totalFiles());
        assertNull(chunks.get(1).totalFiles());
    }

    private Map<String, DiscoveredFile> files() {
        return chunks.stream().flatMap(c -> c.files().stream())
                .collect(Collectors.toMap(DiscoveredFile::relativePath, f -> f));
    }

    private void write(String relative, String content) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
