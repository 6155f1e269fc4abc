package phaze.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PhazeSettingsTest {

    @Test
    void systemPropertyWinsOverEnvironment() {
        PhazeSettings s = new PhazeSettings(Map.of("PHAZE_DB_URL", "env")::get, Map.of("phaze.db.url", "prop")::get);
        assertEquals("prop", s.text("PHAZE_DB_URL", "x"));
    }

    @Test
    void fileVariantHoldsSecrets(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("pw");
        Files.writeString(secret, "s3cret\n");
        PhazeSettings s = new PhazeSettings(Map.of("PHAZE_ADMIN_PASSWORD_FILE", secret.toString())::get, k -> null);
        assertEquals("s3cret", s.find("PHAZE_ADMIN_PASSWORD").orElseThrow());
    }

    @Test
    void unreadableSecretFileIsAClearError(@TempDir Path dir) {
        PhazeSettings s = new PhazeSettings(Map.of("PHAZE_X_FILE", dir.resolve("missing").toString())::get, k -> null);
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.find("PHAZE_X"));
        assertTrue(e.getMessage().contains("PHAZE_X_FILE"), e.getMessage());
    }

    @Test
    void numbersAreCheckedAndDefaulted() {
        PhazeSettings s = new PhazeSettings(Map.of("PHAZE_N", "abc")::get, k -> null);
        assertEquals(7, s.integer("PHAZE_OTHER", 7));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.integer("PHAZE_N", 1));
        assertTrue(e.getMessage().contains("PHAZE_N"));
    }
}
