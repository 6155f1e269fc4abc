package phaze.proposal.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file's tags with their keys normalised ("Album Artist", "album_artist", "ALBUMARTIST" are one
 * key), read with the music-domain accessors the rules need. Blank values count as absent.
 */
public record TagSet(Map<String, String> values) {

    public static final TagSet NONE = new TagSet(Map.of());

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,3})");
    private static final Pattern KEY_NOISE = Pattern.compile("[\\s_-]");
    private static final Pattern TOTAL = Pattern.compile("/\\s*(\\d{1,3})");

    public TagSet {
        Map<String, String> normalised = new HashMap<>();
        values.forEach((key, value) -> {
            if (key != null && value != null && !value.isBlank()) {
                normalised.put(normaliseKey(key), value.strip());
            }
        });
        values = Map.copyOf(normalised);
    }

    public static TagSet of(Map<String, String> values) {
        return new TagSet(values);
    }

    public String get(String key) {
        String value = values.get(key);
        return value != null ? value : values.get(normaliseKey(key));
    }

    public String artist() {
        return get("artist");
    }

    public String title() {
        return get("title");
    }

    public String album() {
        return get("album");
    }

    public String albumArtist() {
        return get("albumartist");
    }

    public String genre() {
        return get("genre");
    }

    /** Year from "date" or "year", e.g. "2019-03-29" or "2019". */
    public String date() {
        String date = get("date");
        return date != null ? date : get("year");
    }

    /** Track number from "7" or "7/12". */
    public Integer trackNumber() {
        return leadingNumber(get("tracknumber") != null ? get("tracknumber") : get("track"));
    }

    /** Disc number from "1" or "1/2". */
    public Integer discNumber() {
        return leadingNumber(get("discnumber") != null ? get("discnumber") : get("disc"));
    }

    /** Total discs from "disctotal", "totaldiscs" or the "1/2" form. */
    public Integer discTotal() {
        Integer total = leadingNumber(get("disctotal") != null ? get("disctotal") : get("totaldiscs"));
        if (total != null) {
            return total;
        }
        String disc = get("discnumber") != null ? get("discnumber") : get("disc");
        if (disc == null) {
            return null;
        }
        Matcher m = TOTAL.matcher(disc);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** iTunes' "compilation" flag, or an album artist that says Various Artists. */
    public boolean isCompilation() {
        String flag = get("compilation");
        if ("1".equals(flag) || "true".equalsIgnoreCase(flag)) {
            return true;
        }
        return VariousArtists.matches(albumArtist());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    private static Integer leadingNumber(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String normaliseKey(String key) {
        return KEY_NOISE.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
