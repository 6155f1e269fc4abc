package phaze.proposal.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Capitalisation for names typed all in lower or upper case ("dj_xyz", "ARMIN VAN BUUREN"). Mixed
 * case is the artist's own spelling and is kept. An all-lower-case artist ("deadmau5") cannot be told
 * apart from a careless one, so it is title-cased and the proposal says it guessed, with less confidence.
 */
public final class NameStyle {

    private static final Set<String> PARTICLES = Set.of(
            "van", "der", "den", "de", "von", "la", "le", "del", "da", "di", "du", "y", "and", "of", "the",
            "in", "on", "at", "vs", "vs.", "feat.", "ft.", "b2b", "b3b", "x", "a", "an", "for", "to");
    private static final Map<String, String> FIXED = Map.of(
            "dj", "DJ", "mc", "MC", "uk", "UK", "usa", "USA", "nyc", "NYC", "ft", "feat.", "feat", "feat.",
            "edm", "EDM", "bbc", "BBC", "fm", "FM");

    private NameStyle() {
    }

    /** True when the text has letters and all of them share one case. */
    public static boolean needsCasing(String text) {
        boolean cased = text.codePoints().anyMatch(cp -> Character.isUpperCase(cp) || Character.isLowerCase(cp));
        if (!cased || isShortUpperCaseWord(text)) {
            return false;
        }
        return text.equals(text.toLowerCase(Locale.ROOT)) || text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** "KSHMR", "W&W", "KEXP", "ODESZA": one short upper-case word is a stylised name, not shouting. */
    private static boolean isShortUpperCaseWord(String text) {
        return !text.contains(" ") && text.codePoints().filter(Character::isLetter).count() <= 6
                && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** Title case, with particles lower-case except first, and a few fixed spellings. */
    public static String titleCase(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                out.append(' ');
            }
            if (word.isEmpty()) {
                continue;
            }
            if (FIXED.containsKey(word)) {
                out.append(FIXED.get(word));
            } else if (i > 0 && PARTICLES.contains(word)) {
                out.append(word);
            } else {
                out.append(capitalize(word));
            }
        }
        return out.toString();
    }

    /** Cases the text only when it needs it. */
    public static String tidy(String text) {
        return needsCasing(text) ? titleCase(text) : text;
    }

    private static String capitalize(String word) {
        int first = 0;
        while (first < word.length() && !Character.isLetterOrDigit(word.charAt(first))) {
            first++;
        }
        if (first >= word.length()) {
            return word;
        }
        int cp = word.codePointAt(first);
        return word.substring(0, first) + new String(Character.toChars(Character.toTitleCase(cp)))
                + word.substring(first + Character.charCount(cp));
    }
}
