package phaze.agent.execution;

import phaze.agent.discover.FileDigest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Real files under a library root, and the invariants every move, failed or not, must keep. */
final class MoveFixture {
    final Path root;
    private final Random random = new Random(7);
    private final Map<String, String> originals = new HashMap<>();

    MoveFixture(Path root) {
        this.root = root;
    }

    /** Writes random bytes at a path (as given, so NFD stays NFD) and returns its move to {@code destination}. */
    FileMove file(String source, String destination, int size) throws IOException {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        Path file = root.resolve(source);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        String sha = FileDigest.sha256(file);
        originals.put(sha, source);
        return new FileMove(java.text.Normalizer.normalize(source, java.text.Normalizer.Form.NFC), destination, sha, size);
    }

    MoveOrder order(String itemId, FileMove... files) {
        return new MoveOrder(itemId, root, List.of(files));
    }

    static String sha(Path file) throws IOException {
        return FileDigest.sha256(file);
    }

    List<Path> allFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /**
     * Every original's bytes exist somewhere under the root; no temporary file is left; a file at an
     * order's destination holds the approved bytes (unless it was there before, {@code foreign}).
     */
    void assertInvariants(MoveOrder order, Path... foreign) throws IOException {
        List<Path> files = allFiles();
        List<String> hashes = new ArrayList<>();
        for (Path file : files) {
            assertFalse(file.getFileName().toString().startsWith(".phaze-"), "temporary file left: " + file);
            hashes.add(sha(file));
        }
        for (Map.Entry<String, String> original : originals.entrySet()) {
            assertTrue(hashes.contains(original.getKey()), "bytes of " + original.getValue() + " are lost");
        }
        List<Path> foreignFiles = List.of(foreign);
        for (FileMove move : order.files()) {
            Path destination = root.resolve(move.destination());
            if (Files.exists(destination) && !foreignFiles.contains(destination)) {
                assertEquals(move.sha256(), sha(destination), "wrong bytes at " + move.destination());
            }
        }
    }

    /** Each file is either at its source or at its destination, exactly once. */
    void assertEachOnce(MoveOrder order) throws IOException {
        for (FileMove move : order.files()) {
            boolean atSource = Files.exists(root.resolve(move.source())) || nfdExists(move.source());
            boolean atDestination = Files.exists(root.resolve(move.destination()));
            if (atSource == atDestination) {
                fail(move.source() + ": at source " + atSource + ", at destination " + atDestination);
            }
        }
    }

    private boolean nfdExists(String source) {
        return Files.exists(root.resolve(java.text.Normalizer.normalize(source, java.text.Normalizer.Form.NFD)));
    }

    boolean moved(FileMove move) throws IOException {
        Path destination = root.resolve(move.destination());
        return Files.exists(destination) && sha(destination).equals(move.sha256()) && !Files.exists(root.resolve(move.source()));
    }

    boolean inPlace(FileMove move) throws IOException {
        Path source = root.resolve(move.source());
        return Files.exists(source) && sha(source).equals(move.sha256());
    }
}
