package phaze.proposal.control;

import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parts of a path a proposal removes and which it adds, for the review table's highlighted
 * before → after. The diff (commons-text's Myers comparator) runs over words and separators rather than
 * characters, so "incoming" → "music" reads as one word replaced, not as scattered letters kept: each
 * distinct token is encoded as one private-use character, compared, and decoded.
 */
public final class PathChange {

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of characters that the change keeps, removes or adds. */
    public record Segment(String text, Kind kind) implements java.io.Serializable {
    }

    /** The two sides: {@code before} holds SAME and REMOVED runs, {@code after} SAME and ADDED runs. */
    public record Sides(List<Segment> before, List<Segment> after) implements java.io.Serializable {
    }

    private PathChange() {
    }

    public static Sides of(String before, String after) {
        Map<String, Character> codes = new HashMap<>();
        List<String> tokens = new ArrayList<>();
        String left = encode(before == null ? "" : before, codes, tokens);
        String right = encode(after == null ? "" : after, codes, tokens);
        Runs removed = new Runs();
        Runs added = new Runs();
        new StringsComparator(left, right).getScript().visit(new CommandVisitor<>() {
            @Override
            public void visitKeepCommand(Character c) {
                removed.add(token(c, tokens), Kind.SAME);
                added.add(token(c, tokens), Kind.SAME);
            }

            @Override
            public void visitDeleteCommand(Character c) {
                removed.add(token(c, tokens), Kind.REMOVED);
            }

            @Override
            public void visitInsertCommand(Character c) {
                added.add(token(c, tokens), Kind.ADDED);
            }
        });
        return new Sides(removed.done(), added.done());
    }

    /** Words (letters and digits) and single other characters, each as one private-use character. */
    private static String encode(String text, Map<String, Character> codes, List<String> tokens) {
        StringBuilder encoded = new StringBuilder();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            Character code = codes.computeIfAbsent(m.group(), t -> {
                tokens.add(t);
                return (char) (FIRST_CODE + tokens.size() - 1);
            });
            encoded.append(code.charValue());
        }
        return encoded.toString();
    }

    private static String token(char code, List<String> tokens) {
        return tokens.get(code - FIRST_CODE);
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|.", Pattern.DOTALL);
    /** Start of the private-use area: 6,400 distinct tokens per comparison, far more than a path has. */
    private static final char FIRST_CODE = '\uE000';

    private static final class Runs {
        private final List<Segment> segments = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Kind kind;

        void add(String token, Kind k) {
            if (kind != k && text.length() > 0) {
                segments.add(new Segment(text.toString(), kind));
                text.setLength(0);
            }
            kind = k;
            text.append(token);
        }

        List<Segment> done() {
            if (text.length() > 0) {
                segments.add(new Segment(text.toString(), kind));
            }
            return List.copyOf(segments);
        }
    }
}
