package phaze.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a real PostgreSQL from the zonky Maven artifact for as long as this process lives.
 * Used by {@code ./phaze up} (data kept under ~/.phaze/postgres) and {@code ./phaze test}
 * (a throw-away data directory) when no external database is configured.
 *
 * <p>Usage: {@code EmbeddedDatabase DATA_DIR PORT DATABASE}. Prints {@code ready} once the
 * database accepts connections; SIGTERM stops PostgreSQL cleanly through the shutdown hook.
 */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddedDatabase DATA_DIR PORT DATABASE");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String database = args[2];
        Files.createDirectories(dataDir);

        EmbeddedPostgres postgres = start(dataDir, port);
        ensureDatabase(postgres, database);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("stopping PostgreSQL failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "phaze-embedded-postgres-stop"));
        System.out.println("ready port=" + port + " database=" + database + " data=" + dataDir);
        System.out.flush();
        stopped.await();
    }

    private static EmbeddedPostgres start(Path dataDir, int port) throws IOException, InterruptedException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        Path binaries = unpackedBinaries();
        if (binaries != null) {
            builder.setOverrideWorkingDirectory(binaries.toFile());
        }
        return builder
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                // Listen on loopback only: this database is for this machine's Phaze.
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .start();
    }

    /**
     * A zonky working directory holding the PostgreSQL binaries of the zonky artifact, unpacked by the
     * system's {@code tar} where zonky looks for them ({@code PG-<md5>} with its {@code .exists} marker).
     * zonky's own unpacker fails on the 14.22 archives ("libpq.so already exists" while creating
     * symlinks), so on Linux x86-64 we unpack them ourselves; elsewhere zonky does. Unpacking goes to a
     * private directory that is renamed into place, so a killed run never leaves a half-unpacked cache.
     */
    private static Path unpackedBinaries() throws IOException, InterruptedException {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String arch = System.getProperty("os.arch");
        java.net.URL archive = EmbeddedDatabase.class.getClassLoader().getResource("postgres-linux-x86_64.txz");
        if (!os.contains("linux") || !("amd64".equals(arch) || "x86_64".equals(arch)) || archive == null
                || Files.exists(Path.of("/etc/alpine-release"))) {
            return null;
        }
        byte[] bytes;
        try (var in = archive.openStream()) {
            bytes = in.readAllBytes();
        }
        String hash;
        try {
            hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "phaze-embedded-pg");
        Path target = cache.resolve("PG-" + hash);
        if (Files.exists(target.resolve(".exists")) && Files.isExecutable(target.resolve("bin/postgres"))) {
            return cache;
        }
        Files.createDirectories(cache);
        if (Files.exists(target)) {
            new ProcessBuilder("rm", "-rf", target.toString()).start().waitFor();
        }
        Path work = Files.createTempDirectory(cache, hash + ".unpacking-");
        Path txz = work.resolve("postgres.txz");
        Files.write(txz, bytes);
        Path tree = Files.createDirectory(work.resolve("tree"));
        Process tar = new ProcessBuilder("tar", "-xJf", txz.toString(), "-C", tree.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes());
        if (tar.waitFor() != 0) {
            throw new IOException("unpacking the PostgreSQL binaries failed (is xz-utils installed?): " + output);
        }
        try {
            Files.createFile(tree.resolve(".exists"));
            Files.move(tree, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            // another run unpacked the same archive meanwhile: use theirs
        } finally {
            Files.deleteIfExists(txz);
            if (Files.isDirectory(tree)) {
                new ProcessBuilder("rm", "-rf", tree.toString()).start().waitFor();
            }
            Files.deleteIfExists(work);
        }
        return cache;
    }

    private static void ensureDatabase(EmbeddedPostgres postgres, String database) throws SQLException {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + database);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "select 1 from pg_database where datname = '" + database + "'")) {
            if (!rs.next()) {
                c.createStatement().execute("create database " + database);
            }
        }
    }
}
