package phaze.path;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The character- and name-level rules for one path component, defined once and shared by
 * {@link PathValidator} (which reports) and {@link PathLegalizer} (which repairs).
 */
final class ComponentRules {

    /** Reserved on SMB/Windows; '/' is also the separator everywhere. */
    static final String RESERVED_CHARACTERS = "<>:\"/\\|?*";

    /**
     * Windows device names, reserved with or without extension and in any case. Windows 11 also
     * reserves the superscript digits after COM and LPT.
     */
    private static final Set<String> DEVICE_NAMES = Set.of(
            "CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
            "COM\u00B9", "COM\u00B2", "COM\u00B3", "LPT\u00B9", "LPT\u00B2", "LPT\u00B3");

    private ComponentRules() {
    }

    static boolean isReservedCharacter(int codePoint) {
        return codePoint < 128 && RESERVED_CHARACTERS.indexOf(codePoint) >= 0;
    }

    /**
     * Control characters (C0, DEL, C1), unpaired surrogates (not encodable in UTF-8) and the bidi
     * overrides/isolates that can disguise a name (e.g. make ".flac" read as ".calf").
     * Ordinary RTL text and the LRM/RLM marks are allowed.
     */
    static boolean isControlCharacter(int codePoint) {
        if (Character.getType(codePoint) == Character.CONTROL) {
            return true;
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            return true;
        }
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    static boolean isForbidden(int codePoint) {
        return isReservedCharacter(codePoint) || isControlCharacter(codePoint);
    }

    /** Windows ignores anything after the first dot and trailing spaces when matching device names. */
    static boolean isDeviceName(String component) {
        int dot = component.indexOf('.');
        String base = (dot < 0 ? component : component.substring(0, dot)).stripTrailing();
        // Every device name is 3 or 4 characters: most names are rejected without upper-casing.
        return base.length() >= 3 && base.length() <= 4 && DEVICE_NAMES.contains(base.toUpperCase(Locale.ROOT));
    }

    static boolean hasTrailingDotOrSpace(String component) {
        if (component.isEmpty()) {
            return false;
        }
        char last = component.charAt(component.length() - 1);
        return last == '.' || last == ' ';
    }

    static boolean isDotName(String component) {
        return component.equals(".") || component.equals("..");
    }

    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
