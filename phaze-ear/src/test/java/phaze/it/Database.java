package phaze.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The database the server under test uses (test.sh exports it), for rules the database enforces itself. */
final class Database {
    private Database() {
    }

    static Connection connect() throws SQLException {
        String url = System.getenv("PHAZE_DB_URL");
        if (url == null) {
            throw new IllegalStateException("PHAZE_DB_URL is not set: run the system tests through ./phaze test");
        }
        return DriverManager.getConnection(url, System.getenv("PHAZE_DB_USER"), System.getenv("PHAZE_DB_PASSWORD"));
    }
}
