package phaze.path;

import java.text.BreakIterator;
import java.text.Normalizer;

/**
 * Repairs one component until it obeys {@link ComponentRules} and fits a byte budget. Repeats its
 * pass until nothing changes, which is what makes legalizing idempotent.
 */
final class ComponentCleaner {

    private static final int MAX_ROUNDS = 8;
    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile(" {2,}");

    private ComponentCleaner() {
    }

    /** A clean component of at most {@code maxBytes} UTF-8 bytes; "" when nothing legal remains. */
    static String clean(String raw, int maxBytes) {
        String current = raw;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = onePass(current, maxBytes);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        throw new IllegalStateException("component did not settle after " + MAX_ROUNDS + " rounds: " + raw);
    }

    private static String onePass(String raw, int maxBytes) {
        String text = replaceForbidden(raw.replace(": ", " - "));
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = collapseSpaces(text).strip();
        text = stripTrailingDotsAndSpaces(text);
        if (ComponentRules.isDeviceName(text)) {
            text = escapeDeviceName(text);
        }
        text = truncate(text, maxBytes);
        return stripTrailingDotsAndSpaces(text);
    }

    /** Keeps the look of the name where it can: ':' and '|' read as separators, '"' as a quote. */
    private static String replaceForbidden(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (ComponentRules.isControlCharacter(cp)) {
                return;
            }
            if (!ComponentRules.isReservedCharacter(cp)) {
                out.appendCodePoint(cp);
                return;
            }
            switch (cp) {
                case ':', '/', '\\', '|' -> out.append('-');
                case '"' -> out.append('\'');
                case '?' -> { }
                default -> out.append('_');
            }
        });
        return out.toString();
    }

    private static String collapseSpaces(String text) {
        if (!text.contains("  ")) {
            return text;
        }
        return SPACE_RUN.matcher(text).replaceAll(" ");
    }

    static String stripTrailingDotsAndSpaces(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** "CON.live" becomes "CON_.live": Windows only looks at the part before the first dot. */
    private static String escapeDeviceName(String text) {
        int dot = text.indexOf('.');
        int end = dot < 0 ? text.length() : dot;
        return text.substring(0, end) + "_" + text.substring(end);
    }

    /**
     * Cuts to the budget at a grapheme boundary so an accent never loses its letter; falls back to a
     * code-point boundary for a single grapheme larger than the whole budget.
     */
    static String truncate(String text, int maxBytes) {
        if (ComponentRules.utf8Length(text) <= maxBytes) {
            return text;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int bytes = 0;
        int start = graphemes.first();
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            int size = ComponentRules.utf8Length(text.substring(start, end));
            if (bytes + size > maxBytes) {
                return start > 0 ? text.substring(0, start) : truncateCodePoints(text, maxBytes);
            }
            bytes += size;
        }
        return text;
    }

    private static String truncateCodePoints(String text, int maxBytes) {
        int bytes = 0;
        int index = 0;
        while (index < text.length()) {
            int cp = text.codePointAt(index);
            int size = ComponentRules.utf8Length(new String(Character.toChars(cp)));
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            index += Character.charCount(cp);
        }
        return text.substring(0, index);
    }
}
