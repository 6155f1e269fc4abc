package phaze.agent.analysis;

import phaze.audio.decode.AudioDecodeException;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.fingerprint.FingerprintsCodec;
import phaze.audio.ingest.AudioIngest;
import phaze.audio.ingest.IngestResult;
import phaze.protocol.agent.FileAnalysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * The analyze and fingerprint stages from one decode. Whichever stage reaches a file first runs
 * phaze-audio's ingest once and parks the other stage's product in a cache on disk (keyed by path,
 * size and modification time, so a changed file is decoded again); the second stage takes it from
 * there and the cache entry is removed once delivered.
 */
public final class IngestProducts {
    private static final Logger LOG = Logger.getLogger(IngestProducts.class.getName());

    private final AudioIngest ingest;
    private final Path cacheDir;

    public IngestProducts(AudioIngest ingest, Path cacheDir) {
        this.ingest = ingest;
        this.cacheDir = cacheDir;
    }

    public FileAnalysis analysis(Path file) throws AudioDecodeException, IOException {
        return read(file, "analysis", in -> {
            try (ObjectInputStream objects = new ObjectInputStream(in)) {
                return (FileAnalysis) objects.readObject();
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new IOException("not an analysis: " + e, e);
            }
        });
    }

    public Fingerprints fingerprints(Path file) throws AudioDecodeException, IOException {
        return read(file, "fingerprints", FingerprintsCodec::read);
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * The cached product, decoding first when there is none. An entry that cannot be read (torn by a
     * crash, or written by an older agent in a format this one refuses) is removed and made again once.
     */
    private <T> T read(Path file, String product, Reader<T> reader) throws AudioDecodeException, IOException {
        Path cached = entry(file, product);
        if (!Files.exists(cached)) {
            decode(file);
        }
        try (InputStream in = Files.newInputStream(cached)) {
            return reader.read(in);
        } catch (IOException unreadable) {
            LOG.warning(() -> "the cached " + product + " of " + file.getFileName() + " is unreadable (" + unreadable.getMessage()
                    + "); decoding the file again");
            Files.deleteIfExists(cached);
            decode(file);
            try (InputStream in = Files.newInputStream(cached)) {
                return reader.read(in);
            }
        }
    }

    /** The product was delivered: its cache entry is no longer needed. */
    public void delivered(Path file, String product) {
        try {
            Files.deleteIfExists(entry(file, product));
        } catch (IOException e) {
            LOG.warning(() -> "could not remove the cached " + product + " of " + file + ": " + e.getMessage());
        }
    }

    private void decode(Path file) throws AudioDecodeException, IOException {
        IngestResult result = ingest.ingest(file);
        Files.createDirectories(cacheDir);
        write(entry(file, "analysis"), out -> {
            try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(AnalysisMapping.of(result));
            }
        });
        write(entry(file, "fingerprints"), out -> FingerprintsCodec.write(result.fingerprints(), out));
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Written to a temporary name and renamed, so a crash never leaves a half entry behind. */
    private static void write(Path target, Writer writer) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            writer.write(out);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path entry(Path file, String product) throws IOException {
        String identity = file.toAbsolutePath() + "\n" + Files.size(file) + "\n" + Files.getLastModifiedTime(file).toMillis();
        return cacheDir.resolve(sha256(identity) + "." + product);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
