package phaze.proposal.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A disc/track number at the start of a name ("01 - ", "01. ", "1-05 ", "07_") and the rest of the
 * name. Numbers that are more likely part of an artist ("50 Cent", "808 State") are left alone: an
 * unmarked number above 40 is not a track.
 *
 * @param disc  disc number, or null
 * @param track track number, or null when the name does not start with one
 * @param rest  the name after the number
 */
record TrackPosition(Integer disc, Integer track, String rest) {

    private static final int HIGHEST_UNMARKED_TRACK = 40;
    private static final Pattern TRACK_PREFIX = Pattern.compile("^(\\d{1,2})(?:([.)])\\s*|\\s+-?\\s*|_|-(?=\\D))(\\D.*)$");
    private static final Pattern DISC_TRACK_PREFIX = Pattern.compile(
            "^([1-4])-(\\d{2})(?:[.)_]\\s*|\\s+-\\s+|\\s+)(\\D.*)$");

    static TrackPosition read(String text) {
        Matcher disc = DISC_TRACK_PREFIX.matcher(text);
        if (disc.matches() && Integer.parseInt(disc.group(2)) <= HIGHEST_UNMARKED_TRACK) {
            return new TrackPosition(Integer.valueOf(disc.group(1)), Integer.valueOf(disc.group(2)), disc.group(3));
        }
        Matcher m = TRACK_PREFIX.matcher(text);
        if (!m.matches()) {
            return new TrackPosition(null, null, text);
        }
        int number = Integer.parseInt(m.group(1));
        boolean marked = m.group(2) != null || m.group(1).startsWith("0");
        if (!marked && number > HIGHEST_UNMARKED_TRACK) {
            return new TrackPosition(null, null, text);
        }
        return new TrackPosition(null, number, m.group(3));
    }
}
