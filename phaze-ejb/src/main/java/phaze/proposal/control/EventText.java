package phaze.proposal.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event side of a live name ("Ultra Mainstage Day 2", "Coachella Sahara Stage W1"): stage and day
 * are lifted out, and a known festival or show gets its canonical spelling.
 *
 * @param event      the event or venue, ready for a template ("" when none)
 * @param knownEvent the catalogue entry, or null
 * @param stage      "Main Stage", "Sahara Stage", "Area V" or null
 * @param day        "Day 1", "Weekend 2" or null
 * @param caseGuessed capitalisation was guessed
 */
public record EventText(String event, KnownEvent knownEvent, String stage, String day, boolean caseGuessed) {

    private static final Pattern DAY = Pattern.compile("(?i)\\b(?:day|dag|tag)\\s*0?(\\d{1,2})\\b");
    private static final Pattern WEEKEND = Pattern.compile("(?i)\\b(?:weekend|wknd|we|w)\\s*0?([1-4])\\b");
    private static final Pattern MAIN_STAGE = Pattern.compile("(?i)\\bmain\\s*stage\\b");
    private static final Pattern NAMED_STAGE = Pattern.compile("(?i)\\b([\\p{L}\\d']+)\\s+stage\\b");
    private static final Pattern NUMBERED_STAGE = Pattern.compile("(?i)\\bstage\\s+(\\d+)\\b");
    private static final Pattern AREA = Pattern.compile("(?i)\\barea\\s+([\\p{L}\\d]+)\\b");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[(\\[]\\s*[)\\]]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern OPEN_SPACE = Pattern.compile("([(\\[]) ");
    private static final Pattern CLOSE_SPACE = Pattern.compile(" ([)\\]])");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;:+&-]+|[\\s,;:+&-]+$");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19[5-9]\\d|20[0-4]\\d)(?!\\d)");
    private static final Pattern RADIO_WORDS = Pattern.compile("(?i)\\b(?:radio|podcast|radioshow)\\b");
    private static final Pattern EPISODE = Pattern.compile("(?i)\\s*(?:#|ep\\.?\\s*|episode\\s*)?\\d{1,4}(?:\\s*\\(.*\\))?$");
    private static final Pattern FESTIVAL_WORDS = Pattern.compile("(?i)\\b(?:festival|fest|open\\s*air)\\b");
    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b(?:live\\s*set|dj\\s*set|full\\s*set|liveset|live|set|recording|rip)\\b");

    public static EventText parse(String text, KnownEvents catalogue) {
        String rest = text;
        String day = null;
        Matcher m = DAY.matcher(rest);
        if (m.find()) {
            day = "Day " + Integer.parseInt(m.group(1));
            rest = cut(rest, m);
        } else if ((m = WEEKEND.matcher(rest)).find()) {
            day = "Weekend " + m.group(1);
            rest = cut(rest, m);
        }
        String stage = null;
        if ((m = MAIN_STAGE.matcher(rest)).find()) {
            stage = "Main Stage";
            rest = cut(rest, m);
        } else if ((m = NUMBERED_STAGE.matcher(rest)).find()) {
            stage = "Stage " + m.group(1);
            rest = cut(rest, m);
        } else if ((m = NAMED_STAGE.matcher(rest)).find()) {
            stage = NameStyle.tidy(m.group(1)) + " Stage";
            rest = cut(rest, m);
        } else if ((m = AREA.matcher(rest)).find()) {
            stage = "Area " + m.group(1).toUpperCase(Locale.ROOT);
            rest = cut(rest, m);
        }
        rest = tidySpaces(YEAR.matcher(NOISE.matcher(rest).replaceAll(" ")).replaceAll(" "));
        Optional<KnownEvents.Match> match = catalogue.find(rest);
        if (match.isEmpty() && RADIO_WORDS.matcher(rest).find()) {
            // "Protocol Radio 300", "Exhale Radio 001": a show and its episode.
            String show = NameStyle.tidy(EPISODE.matcher(rest).replaceAll("").strip());
            return new EventText(NameStyle.tidy(rest), new KnownEvent(show, EventKind.RADIO_SHOW), stage, day,
                    NameStyle.needsCasing(rest));
        }
        if (match.isEmpty() && FESTIVAL_WORDS.matcher(rest).find()) {
            // "Sunburn Festival", "Garbicz Open Air": not catalogued, but plainly a festival.
            KnownEvent festival = new KnownEvent(NameStyle.tidy(rest), EventKind.FESTIVAL);
            return new EventText(festival.name(), festival, stage, day, NameStyle.needsCasing(rest));
        }
        if (match.isEmpty() || match.get().event().kind() == EventKind.CLUB) {
            boolean guessed = NameStyle.needsCasing(rest);
            return new EventText(NameStyle.tidy(rest), match.map(KnownEvents.Match::event).orElse(null),
                    stage, day, guessed);
        }
        KnownEvent known = match.get().event();
        String leftover = tidySpaces(rest.substring(0, match.get().start()) + " " + rest.substring(match.get().end()));
        leftover = withoutWordsOf(leftover, known.name());
        boolean guessed = NameStyle.needsCasing(leftover);
        String event = leftover.isEmpty() ? known.name() : known.name() + " " + NameStyle.tidy(leftover);
        return new EventText(event, known, stage, day, guessed);
    }

    /** Whether the text holds a stage or a day, which only performances have. */
    public static boolean mentionsStageOrDay(String text) {
        return DAY.matcher(text).find() || MAIN_STAGE.matcher(text).find() || NAMED_STAGE.matcher(text).find()
                || NUMBERED_STAGE.matcher(text).find();
    }

    private static String cut(String text, Matcher m) {
        return text.substring(0, m.start()) + " " + text.substring(m.end());
    }

    static String tidySpaces(String text) {
        String spaced = WHITESPACE.matcher(EMPTY_BRACKETS.matcher(text).replaceAll(" ")).replaceAll(" ");
        spaced = CLOSE_SPACE.matcher(OPEN_SPACE.matcher(spaced).replaceAll("$1")).replaceAll("$1");
        return EDGE_PUNCTUATION.matcher(spaced).replaceAll("");
    }

    /** "Festival" after "Ultra" adds nothing to "Ultra Music Festival". */
    private static String withoutWordsOf(String leftover, String canonical) {
        String lowerCanonical = " " + canonical.toLowerCase(Locale.ROOT) + " ";
        StringBuilder kept = new StringBuilder();
        for (String word : leftover.split(" ")) {
            if (!word.isEmpty() && !lowerCanonical.contains(" " + word.toLowerCase(Locale.ROOT) + " ")) {
                kept.append(kept.length() == 0 ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }
}
