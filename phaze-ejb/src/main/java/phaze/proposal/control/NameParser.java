package phaze.proposal.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scene, live and studio names: "dj_xyz__ultra2019_mainstage-WEB-2019-talion",
 * "Adam Beyer b2b Cirez D - Live @ Awakenings 2019-06-29", "01 - Bicep - Atlas". Thread-safe.
 */
public final class NameParser {

    static final Set<String> SOURCES = Set.of("WEB", "SAT", "CABLE", "DVBS", "DVBC", "DVBT", "DVB", "DAB", "FM",
            "SBD", "AUD", "MTR", "LINE", "STREAM", "IPTV", "PRE", "DAT", "MD", "TAPE", "VINYL", "WEBRIP", "AM", "MATRIX");
    /** Source tags recognised as bare words; FM, AM, LINE and MD also occur in names ("Kiss FM"). */
    private static final Set<String> BARE_SOURCES = Set.of("WEB", "SAT", "CABLE", "DVBS", "DVBC", "DVBT", "DAB",
            "SBD", "AUD", "MTR", "MATRIX", "STREAM", "IPTV", "WEBRIP");
    private static final String SOURCE_ALTERNATION = String.join("|", SOURCES);
    private static final Pattern SCENE_TAIL = Pattern.compile("^(.*?)[-\\s]+((?:\\(?(?:" + SOURCE_ALTERNATION
            + ")\\)?[-\\s]+)+)(\\d{2}-\\d{2}-\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4})-([A-Za-z0-9]{2,})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET = Pattern.compile("[\\[(]([^\\[\\]()]*)[\\])]");
    private static final Pattern QUALITY = Pattern.compile(
            "(?i)^(?:\\d{2,3}\\s*k?(?:bps)?|vbr|v0|v2|cbr|flac|mp3|aac|\\d{2}\\s*bit.*|\\d{2}[-/]\\d{2,3}(?:khz)?|hq|hd|web|"
                    + "www\\..*|.*\\.(?:com|net|org|de|ru)|remaster(?:ed)?|explicit|bootleg|boot)$");
    private static final Pattern LIVE_WORDS = Pattern.compile("(?i)^(?:live|live\\s*set|dj\\s*set|full\\s*set|liveset|set)$");
    private static final Set<String> COUNTRIES = Set.of("belgium", "netherlands", "holland", "the netherlands",
            "germany", "usa", "us", "uk", "england", "spain", "france", "italy", "croatia", "brazil", "brasil",
            "mexico", "hungary", "romania", "portugal", "poland", "japan", "australia", "canada", "serbia",
            "switzerland", "austria", "sweden", "denmark", "norway", "finland", "chile", "argentina", "india");
    private static final Pattern LIVE_SPLIT = Pattern.compile(
            "(?i)\\s*(?:-\\s+)?\\blive\\s*(?:@|at|from|in|on)\\s+|\\s*@\\s*|\\s+-\\s+live\\s+(?:set\\s+)?");
    private static final Pattern ARTIST_LIVE_SUFFIX = Pattern.compile("(?i)\\s+(?:live|dj\\s*set|set)$");
    private static final Pattern PARTNERS = Pattern.compile("(?i)\\s+b[23]b\\s+");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}$");
    private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s+[-\u2013\u2014]\\s+");

    private final KnownEvents catalogue;

    public NameParser(KnownEvents catalogue) {
        this.catalogue = catalogue;
    }

    public NameParser() {
        this(KnownEvents.builtIn());
    }

    public KnownEvents catalogue() {
        return catalogue;
    }

    public ParsedName parse(String name) {
        Mojibake.Reading reading = Mojibake.read(name);
        Draft d = new Draft(reading.state());
        String text = spaceOutUnderscores(reading.text());
        d.sceneStyle = !text.equals(reading.text());
        text = takeSceneTail(text, d);
        text = takeBrackets(text, d);
        text = takeDate(text, d);
        text = spaceOutDots(text);
        text = takeBareSources(text, d);
        text = EventText.tidySpaces(text);
        TrackPosition position = TrackPosition.read(text);
        d.disc = position.disc();
        d.track = position.track();
        text = position.rest();
        Matcher live = LIVE_SPLIT.matcher(text);
        if (live.find()) {
            d.live = true;
            readLive(text.substring(0, live.start()), text.substring(live.end()), d);
        } else {
            readSegments(text, d);
        }
        return d.build();
    }

    private static String spaceOutUnderscores(String text) {
        long underscores = text.chars().filter(c -> c == '_').count();
        if (underscores == 0 || underscores < text.chars().filter(c -> c == ' ').count()) {
            return text;
        }
        return text.replace("_-_", " - ").replace("__", " - ").replace('_', ' ').replace("--", " - ");
    }

    private static String spaceOutDots(String text) {
        if (text.contains(" ") || text.chars().filter(c -> c == '.').count() < 3) {
            return text;
        }
        return text.replace('.', ' ');
    }

    private static String takeSceneTail(String text, Draft d) {
        Matcher m = SCENE_TAIL.matcher(text);
        if (!m.matches()) {
            return text;
        }
        for (String source : m.group(2).split("[-\\s()]+")) {
            if (!source.isEmpty()) {
                d.sources.add(source.toUpperCase(Locale.ROOT));
            }
        }
        d.tailDate = DateFinder.find(m.group(3)).orElse(null);
        d.group = new ReleaseGroup(m.group(4));
        d.sceneStyle = true;
        return m.group(1);
    }

    private static String takeBrackets(String text, Draft d) {
        Matcher m = BRACKET.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String content = m.group(1).strip();
            String upper = content.toUpperCase(Locale.ROOT);
            boolean source = SOURCES.contains(upper);
            boolean live = LIVE_WORDS.matcher(content).matches();
            if (source) {
                d.sources.add(upper);
            }
            d.live |= live;
            // Countries, bitrates and download sites say nothing a name should keep; the rest stays as written.
            boolean noise = source || live || COUNTRIES.contains(content.toLowerCase(Locale.ROOT))
                    || QUALITY.matcher(content).matches();
            m.appendReplacement(out, Matcher.quoteReplacement(noise ? " " : " " + m.group(0) + " "));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String takeDate(String text, Draft d) {
        Optional<DateMention> found = DateFinder.find(text);
        if (found.isEmpty()) {
            d.date = d.tailDate;
            return text;
        }
        DateMention body = found.get();
        boolean tailIsBetter = d.tailDate != null && d.tailDate.date().knownParts() > body.date().knownParts();
        d.date = tailIsBetter ? d.tailDate : body;
        String before = text.substring(0, body.start());
        String after = text.substring(body.end());
        // "Phish 1997-11-22 Hampton Coliseum": a date between two texts separates artist from venue.
        boolean separates = !text.contains(" - ") && !before.isBlank() && !after.isBlank()
                && !LIVE_SPLIT.matcher(text).find();
        return before + (separates ? " - " : " ") + after;
    }

    private static String takeBareSources(String text, Draft d) {
        StringBuilder kept = new StringBuilder();
        for (String word : text.split(" ")) {
            if (BARE_SOURCES.contains(word)) {
                d.sources.add(word);
            } else {
                kept.append(word).append(' ');
            }
        }
        return kept.toString();
    }

    private void readLive(String artistSide, String eventSide, Draft d) {
        if (artistSide.isBlank() && eventSide.contains(" - ")) {
            int dash = eventSide.indexOf(" - ");
            artistSide = eventSide.substring(dash + 3);
            eventSide = eventSide.substring(0, dash);
        }
        int dash = artistSide.indexOf(" - ");
        if (dash > 0) {
            // "Tale Of Us - Afterlife @ Tomorrowland": what follows the artist belongs to the event.
            eventSide = artistSide.substring(dash + 3) + " " + eventSide;
            artistSide = artistSide.substring(0, dash);
        }
        String artists = EventText.tidySpaces(ARTIST_LIVE_SUFFIX.matcher(artistSide).replaceAll(""));
        d.setArtists(artists);
        d.setEvent(EventText.parse(eventSide.replace(" - ", " "), catalogue));
    }

    private void readSegments(String text, Draft d) {
        String rest = text;
        List<String> segments = new ArrayList<>(Arrays.asList(SEGMENT_SPLIT.split(rest)));
        if (segments.size() == 1 && (d.sceneStyle || !rest.contains(" ")) && rest.indexOf('-') > 0) {
            segments = new ArrayList<>(Arrays.asList(rest.split("-")));
        }
        segments.removeIf(String::isBlank);
        takeNumberSegment(segments, d);
        if (segments.isEmpty()) {
            return;
        }
        if (segments.size() >= 2 && isEventSegment(segments.get(0), d) && !isEventSegment(segments.get(1), d)) {
            d.live = true;
            d.setEvent(EventText.parse(segments.get(0), catalogue));
            d.setArtists(segments.get(1));
            return;
        }
        if (segments.size() >= 2 && isEventSegment(segments.get(1), d)) {
            d.live = true;
            d.setArtists(segments.get(0));
            d.setEvent(EventText.parse(String.join(" ", segments.subList(1, segments.size())), catalogue));
            return;
        }
        if (segments.size() == 1) {
            String only = segments.get(0);
            if (isEventSegment(only, d)) {
                d.live = true;
                Optional<KnownEvents.Match> match = catalogue.find(only);
                if (match.isPresent() && match.get().start() > 0) {
                    // "Martin Garrix Ultra Miami": the words before the event are the artist.
                    d.setArtists(only.substring(0, match.get().start()));
                    only = only.substring(match.get().start());
                }
                d.setEvent(EventText.parse(only, catalogue));
            } else {
                d.setTitle(segments.get(0));
            }
            return;
        }
        d.setArtists(segments.get(0));
        d.setTitle(String.join(" - ", segments.subList(1, segments.size())));
    }

    /**
     * Without "Live @", a segment only counts as an event when it names a festival, show or stream
     * and something else says performance (a date, a stage or day, a source tag): "David Bowie - Space
     * Oddity" must stay a song.
     */
    private boolean isEventSegment(String segment, Draft d) {
        Optional<KnownEvents.Match> match = catalogue.find(segment);
        boolean performanceContext = d.date != null || !d.sources.isEmpty() || d.live
                || EventText.mentionsStageOrDay(segment);
        if (match.isEmpty()) {
            return EventText.mentionsStageOrDay(segment) && (d.date != null || !d.sources.isEmpty());
        }
        return match.get().event().kind() != EventKind.CLUB && performanceContext;
    }


    private static void takeNumberSegment(List<String> segments, Draft d) {
        for (int i = 0; i < segments.size() && d.track == null; i++) {
            if (NUMBER.matcher(segments.get(i).strip()).matches() && segments.size() > 1) {
                d.track = Integer.parseInt(segments.get(i).strip());
                segments.remove(i);
            }
        }
    }

    /** The parse in progress. */
    private static final class Draft {
        final Mojibake.State state;
        final List<String> sources = new ArrayList<>();
        List<String> artists = List.of();
        String title;
        Integer track;
        Integer disc;
        EventText event;
        DateMention tailDate;
        DateMention date;
        ReleaseGroup group;
        boolean live;
        boolean caseGuessed;
        boolean sceneStyle;

        Draft(Mojibake.State state) {
            this.state = state;
        }

        void setArtists(String text) {
            String tidy = EventText.tidySpaces(text);
            if (tidy.isEmpty()) {
                return;
            }
            caseGuessed |= NameStyle.needsCasing(tidy);
            List<String> names = new ArrayList<>();
            for (String name : PARTNERS.split(tidy)) {
                names.add(NameStyle.tidy(name.strip()));
            }
            live |= names.size() > 1;
            artists = names;
        }

        void setTitle(String text) {
            String tidy = EventText.tidySpaces(text);
            if (!tidy.isEmpty()) {
                caseGuessed |= NameStyle.needsCasing(tidy);
                title = NameStyle.tidy(tidy);
            }
        }

        void setEvent(EventText parsed) {
            event = parsed;
            caseGuessed |= parsed.caseGuessed();
        }

        ParsedName build() {
            boolean staged = event != null && (event.stage() != null || event.day() != null);
            String eventName = event == null || event.event().isEmpty() ? null : event.event();
            return new ParsedName(artists, title, track, disc, eventName,
                    event == null ? null : event.knownEvent(), event == null ? null : event.stage(),
                    event == null ? null : event.day(), date, sources, group,
                    live || staged, caseGuessed, state);
        }
    }
}
