package phaze.proposal.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * UTF-8 names that were once decoded as Windows-1252 or Latin-1 ("BeyoncÃ©", "Sigur RÃ³s"). Such
 * names are repaired when the bytes decode cleanly; names with replacement characters or '?' where
 * letters were are garbled beyond repair, and the rules then prefer tags.
 */
public final class Mojibake {

    /** How trustworthy the text of a name is. */
    public enum State { CLEAN, REPAIRED, GARBLED }

    /** The text to parse and its state. */
    public record Reading(String text, State state) {
    }

    private static final Pattern SUSPICIOUS = Pattern.compile(
            "[\u00C2\u00C3\u00C5\u00C4\u00D0\u00D1\u00E2][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E"
                    + "\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]");
    private static final Pattern GARBLED = Pattern.compile("\uFFFD|[\\p{L}]\\?{1,3}[\\p{L}]|\\?{2,}");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    public static Reading read(String text) {
        if (SUSPICIOUS.matcher(text).find()) {
            String repaired = redecode(text, WINDOWS_1252);
            if (repaired == null) {
                repaired = redecode(text, StandardCharsets.ISO_8859_1);
            }
            if (repaired != null && !SUSPICIOUS.matcher(repaired).find()) {
                return new Reading(repaired, State.REPAIRED);
            }
            return new Reading(text, State.GARBLED);
        }
        return new Reading(text, GARBLED.matcher(text).find() ? State.GARBLED : State.CLEAN);
    }

    private static String redecode(String text, Charset wronglyUsed) {
        try {
            ByteBuffer bytes = wronglyUsed.newEncoder()
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException e) {
            // Not mojibake of that charset: the caller tries the next one or gives up.
            return null;
        }
    }
}
