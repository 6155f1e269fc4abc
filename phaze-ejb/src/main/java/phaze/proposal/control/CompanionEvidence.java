package phaze.proposal.control;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What companion files say about the recording: a CUE sheet's PERFORMER, TITLE and REM DATE at the
 * top, an NFO's "Artist:/Event:/Date:" lines, an M3U's first "#EXTINF" title.
 *
 * @param artist the performer, or null
 * @param title  the set, show or event title, or null (parsed like a name by the engine)
 * @param date   a date text, or null
 * @param source the companion the values came from
 */
public record CompanionEvidence(String artist, String title, String date, String source) {

    public static final CompanionEvidence NONE = new CompanionEvidence(null, null, null, null);

    private static final Pattern CUE_PERFORMER = Pattern.compile("(?m)^PERFORMER\\s+\"?([^\"\\r\\n]+)\"?");
    private static final Pattern CUE_TITLE = Pattern.compile("(?m)^TITLE\\s+\"?([^\"\\r\\n]+)\"?");
    private static final Pattern CUE_DATE = Pattern.compile("(?m)^REM\\s+DATE\\s+\"?([^\"\\r\\n]+)\"?");
    private static final Pattern NFO_LINE = Pattern.compile(
            "(?im)^\\s*(artist|performer|dj|event|show|title|venue|date|recorded|air\\s*date)\\s*[:.]+\\s*(.+?)\\s*$");
    private static final Pattern M3U_TITLE = Pattern.compile("(?m)^#EXTINF:[^,]*,(.+)$");

    public static CompanionEvidence read(List<CompanionText> companions) {
        for (CompanionText companion : companions) {
            CompanionEvidence found = switch (companion.kind()) {
                case "cue" -> readCue(companion);
                case "nfo", "txt" -> readNfo(companion);
                case "m3u", "m3u8" -> readM3u(companion);
                default -> NONE;
            };
            if (found != NONE) {
                return found;
            }
        }
        return NONE;
    }

    public boolean isEmpty() {
        return artist == null && title == null && date == null;
    }

    private static CompanionEvidence readCue(CompanionText cue) {
        // Only the header: the first TRACK starts the per-track PERFORMER/TITLE lines.
        String text = cue.text();
        int firstTrack = text.indexOf("TRACK ");
        String header = firstTrack < 0 ? text : text.substring(0, firstTrack);
        return evidence(first(CUE_PERFORMER, header), first(CUE_TITLE, header), first(CUE_DATE, header), cue);
    }

    private static CompanionEvidence readNfo(CompanionText nfo) {
        String artist = null;
        String title = null;
        String date = null;
        String venue = null;
        Matcher m = NFO_LINE.matcher(nfo.text());
        while (m.find()) {
            String key = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
            String value = m.group(2);
            switch (key) {
                case "artist", "performer", "dj" -> artist = artist == null ? value : artist;
                case "event", "show", "title" -> title = title == null ? value : title;
                case "venue" -> venue = venue == null ? value : venue;
                default -> date = date == null ? value : date;
            }
        }
        if (title == null) {
            title = venue;
        }
        return evidence(artist, title, date, nfo);
    }

    private static CompanionEvidence readM3u(CompanionText m3u) {
        return evidence(null, first(M3U_TITLE, m3u.text()), null, m3u);
    }

    private static CompanionEvidence evidence(String artist, String title, String date, CompanionText from) {
        if (artist == null && title == null && date == null) {
            return NONE;
        }
        return new CompanionEvidence(artist, title, date, from.fileName());
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
