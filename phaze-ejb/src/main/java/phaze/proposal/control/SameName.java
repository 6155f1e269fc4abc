package phaze.proposal.control;

import java.text.Normalizer;
import java.util.Locale;

/** Whether two spellings name the same thing: case, accents, spacing and punctuation ignored. */
final class SameName {

    private SameName() {
    }

    static boolean of(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String left = key(a);
        return !left.isEmpty() && left.equals(key(b));
    }

    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
