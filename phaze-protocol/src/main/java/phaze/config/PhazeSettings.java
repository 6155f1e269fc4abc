package phaze.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads {@code PHAZE_*} settings the MicroProfile-Config way: a system property
 * ({@code phaze.db.url}) wins over the environment variable ({@code PHAZE_DB_URL}), and every
 * variable may instead name a file holding the value ({@code PHAZE_DB_PASSWORD_FILE}, or the
 * property {@code phaze.db.password.file}), which is how secrets reach containers. The table of all settings is docs/configuration.md.
 */
public final class PhazeSettings {

    private static final PhazeSettings SYSTEM = new PhazeSettings(System::getenv, System::getProperty);

    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> properties;

    public PhazeSettings(UnaryOperator<String> environment, UnaryOperator<String> properties) {
        this.environment = environment;
        this.properties = properties;
    }

    public static PhazeSettings system() {
        return SYSTEM;
    }

    /** {@code name} is the environment form, e.g. {@code PHAZE_DB_URL}. */
    public Optional<String> find(String name) {
        String property = properties.apply(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String value = environment.apply(name);
        if (value != null && !value.isBlank()) {
            return Optional.of(value);
        }
        String file = properties.apply(name.toLowerCase(Locale.ROOT).replace('_', '.') + ".file");
        if (file == null || file.isBlank()) {
            file = environment.apply(name + "_FILE");
        }
        if (file != null && !file.isBlank()) {
            return Optional.of(readSecret(name, Path.of(file)));
        }
        return Optional.empty();
    }

    public String text(String name, String fallback) {
        return find(name).orElse(fallback);
    }

    public int integer(String name, int fallback) {
        Optional<String> value = find(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, got '" + value.get() + "'", e);
        }
    }

    public Duration seconds(String name, long fallbackSeconds) {
        return Duration.ofSeconds(integer(name, (int) fallbackSeconds));
    }

    private static String readSecret(String name, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(name + "_FILE names " + file + ", which cannot be read: " + e.getMessage(), e);
        }
    }
}
