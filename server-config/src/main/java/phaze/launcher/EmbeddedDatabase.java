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

    private static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                // Listen on loopback only: this database is for this machine's Phaze.
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "100")
                .start();
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
