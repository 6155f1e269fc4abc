package phaze.proposal.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogue of festivals, radio shows, streams and venues (known-events.tsv). Aliases are matched
 * on letter boundaries so "ultra2019" finds Ultra but "ultraviolet" does not.
 */
public final class KnownEvents {

    /** An alias found in a text: the event and where its alias was. */
    public record Match(KnownEvent event, int start, int end) {
    }

    private record Alias(String text, KnownEvent event) {
    }

    private static final String RESOURCE = "known-events.tsv";

    private final List<Alias> aliases;

    private KnownEvents(List<Alias> aliases) {
        this.aliases = aliases.stream().sorted(Comparator.comparingInt((Alias a) -> -a.text.length())).toList();
    }

    /** The catalogue shipped with Phaze, read once. */
    public static KnownEvents builtIn() {
        return BuiltIn.CATALOGUE;
    }

    /** Lazy holder: the resource is read on first use, by whichever thread comes first. */
    private static final class BuiltIn {
        static final KnownEvents CATALOGUE = load();
    }

    private static KnownEvents load() {
        try (InputStream in = KnownEvents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + KnownEvents.class);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Lines of "KIND TAB canonical TAB alias,alias"; '#' starts a comment. */
    public static KnownEvents parse(List<String> lines) {
        List<Alias> aliases = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalArgumentException("known event needs 3 tab-separated columns: " + line);
            }
            KnownEvent event = new KnownEvent(columns[1].strip(), EventKind.valueOf(columns[0].strip()));
            for (String alias : columns[2].split(",")) {
                aliases.add(new Alias(alias.strip().toLowerCase(Locale.ROOT), event));
            }
        }
        return new KnownEvents(aliases);
    }

    /** The longest alias occurring in the text, if any. */
    public Optional<Match> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Alias alias : aliases) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(alias.text, from)) >= 0) {
                int end = at + alias.text.length();
                if (isBoundary(lower, at - 1) && isBoundary(lower, end)) {
                    return Optional.of(new Match(alias.event, at, end));
                }
                from = at + 1;
            }
        }
        return Optional.empty();
    }

    private static boolean isBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetter(text.charAt(index));
    }
}
