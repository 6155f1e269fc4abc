package phaze.agent.execution;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real file-system faults: a second file system, a full disk, a read-only destination, a source that
 * cannot be deleted. They need root (mount, chattr); where that is not available they are skipped.
 */
class MoverFaultTest {
    @TempDir
    Path work;

    private final List<Path> mounts = new ArrayList<>();
    private final List<Path> immutables = new ArrayList<>();

    @AfterEach
    void release() throws Exception {
        for (Path path : immutables) {
            Mounts.immutable(path, false);
        }
        for (Path mount : mounts) {
            Mounts.unmount(mount);
        }
    }

    private Path root() {
        return work.resolve("lib");
    }

    private Mover mover(StepListener listener) {
        return new Mover(work.resolve("journals"), listener);
    }

    private Path mountTmpfs(String folder, String size) throws Exception {
        Path dir = root().resolve(folder);
        assumeTrue(Mounts.tmpfs(dir, size), "skipped: mounting a tmpfs is not permitted here (needs root)");
        mounts.add(dir);
        return dir;
    }

    private void makeImmutable(Path dir) throws Exception {
        assumeTrue(Mounts.immutable(dir, true), "skipped: chattr +i is not available on " + dir
                + " (root ignores permissions, so nothing else can refuse it a write)");
        immutables.add(dir);
    }

    @Test
    void copiesVerifiesAndPlacesAcrossFileSystems() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        mountTmpfs("nas", "16m");
        FileMove media = fx.file("in/set.flac", "nas/Artist/set.flac", 5 << 20);
        MoveResult result = mover(null).execute(fx.order("cross", media));

        assertTrue(result.done(), result.message());
        assertTrue(result.steps().stream().anyMatch(s -> s.step() == MoveStep.COPY), "took the copy route");
        assertTrue(fx.moved(media));
        fx.assertInvariants(fx.order("cross", media));
    }

    @Test
    void refusesAFileLargerThanTheFreeSpace() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        mountTmpfs("small", "2m");
        FileMove media = fx.file("in/big.flac", "small/big.flac", 3 << 20);
        MoveResult result = mover(null).execute(fx.order("full", media));

        assertFalse(result.done());
        assertEquals(MoveStep.PRECHECK, result.failedStep());
        assertTrue(result.message().contains("not enough free space"), result.message());
        assertTrue(fx.inPlace(media));
        fx.assertInvariants(fx.order("full", media));
    }

    @Test
    void aDiskThatFillsDuringTheCopyLeavesNoTemporaryFile() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        Path small = mountTmpfs("small", "2m");
        FileMove media = fx.file("in/set.flac", "small/set.flac", 700_000);
        Path filler = small.resolve("filler.bin");
        StepListener fillUp = report -> {
            if (report.step() == MoveStep.COPY) {
                write(filler, new byte[1_500_000]);
            }
        };
        MoveResult result = mover(fillUp).execute(fx.order("fills", media));

        assertFalse(result.done());
        assertEquals(MoveStep.COPY, result.failedStep());
        assertTrue(result.message().contains("No space left"), result.message());
        assertTrue(result.message().contains("temporary file removed"), result.message());
        assertTrue(fx.inPlace(media));
        assertFalse(Files.exists(small.resolve("set.flac")));
        fx.assertInvariants(fx.order("fills", media));
    }

    @Test
    void aReadOnlyDestinationFailsCleanly() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        Path ro = mountTmpfs("ro", "4m");
        Files.createDirectories(ro.resolve("Artist"));
        assumeTrue(Mounts.readOnly(ro), "skipped: cannot remount the tmpfs read-only");
        FileMove media = fx.file("in/set.flac", "ro/Artist/set.flac", 10_000);
        MoveResult result = mover(null).execute(fx.order("ro", media));

        assertFalse(result.done());
        assertEquals(MoveStep.COPY, result.failedStep());
        assertTrue(result.message().contains("Read-only file system"), result.message());
        assertTrue(fx.inPlace(media));
        fx.assertInvariants(fx.order("ro", media));
    }

    @Test
    void anImmutableDestinationFolderOnTheSameFileSystemFailsCleanly() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        FileMove media = fx.file("in/set.flac", "out/set.flac", 10_000);
        Files.createDirectories(root().resolve("out"));
        makeImmutable(root().resolve("out"));
        MoveResult result = mover(null).execute(fx.order("immutable", media));

        assertFalse(result.done());
        assertTrue(result.message().contains("Operation not permitted"), result.message());
        assertTrue(fx.inPlace(media));
        fx.assertInvariants(fx.order("immutable", media));
    }

    @Test
    void aSourceThatCannotBeDeletedIsRolledBackOnTheSameFileSystem() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        FileMove media = fx.file("in/set.flac", "out/Artist/set.flac", 10_000);
        makeImmutable(root().resolve("in"));
        MoveResult result = mover(null).execute(fx.order("stuck", media));

        assertFalse(result.done());
        assertEquals(MoveStep.DELETE_SOURCE, result.failedStep());
        assertTrue(result.message().contains("destination removed again"), result.message());
        assertTrue(fx.inPlace(media));
        assertFalse(Files.exists(root().resolve("out")), "the folders made for the move went with it");
        fx.assertInvariants(fx.order("stuck", media));
    }

    @Test
    void aSourceThatCannotBeDeletedIsRolledBackAcrossFileSystems() throws Exception {
        MoveFixture fx = new MoveFixture(root());
        mountTmpfs("nas", "8m");
        FileMove media = fx.file("in/set.flac", "nas/set.flac", 100_000);
        makeImmutable(root().resolve("in"));
        MoveResult result = mover(null).execute(fx.order("stuck-cross", media));

        assertFalse(result.done());
        assertEquals(MoveStep.DELETE_SOURCE, result.failedStep());
        assertTrue(fx.inPlace(media));
        assertFalse(Files.exists(root().resolve("nas/set.flac")));
        fx.assertInvariants(fx.order("stuck-cross", media));
    }

    @Test
    void aSourceRewrittenBetweenPrecheckAndCopyIsRefused() throws Exception {
        assertSneakyRewriteRefused(false, "sneaky-copy");
    }

    /** The link route never reads the bytes again: the inode change time is what gives the writer away. */
    @Test
    void aSourceRewrittenBetweenPrecheckAndLinkIsRefused() throws Exception {
        assertSneakyRewriteRefused(true, "sneaky-link");
    }

    private void assertSneakyRewriteRefused(boolean useLinks, String item) throws Exception {
        MoveFixture fx = new MoveFixture(root());
        FileMove media = fx.file(item + "/in/set.flac", item + "/out/set.flac", 10_000);
        Path source = root().resolve(item + "/in/set.flac");
        FileTime approved = Files.getLastModifiedTime(source);
        StepListener rewrite = report -> {
            if (report.step() == MoveStep.PRECHECK) {
                write(source, new byte[10_000]);
                try {
                    Files.setLastModifiedTime(source, approved); // a sneaky writer: same size, same time
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        MoveResult result = new Mover(work.resolve("journals"), rewrite, useLinks).execute(fx.order(item, media));

        assertFalse(result.done());
        assertEquals(MoveStep.PRECHECK, result.failedStep(), "caught before the first side effect");
        assertTrue(result.message().contains("source changed since approval"), result.message());
        assertFalse(Files.exists(root().resolve(item + "/out")), "no destination, not even its folder");
        assertTrue(fx.allFiles().stream().noneMatch(f -> f.getFileName().toString().startsWith(".phaze-")));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
