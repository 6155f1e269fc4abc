package phaze.proposal.control;

import java.util.Locale;

/** The fields a layout template can use, named as they appear in templates ({artist}, {date}, ...). */
public enum NameField {
    ARTIST, ALBUM_ARTIST, ALBUM, DISC, TRACK, TITLE,
    EVENT, FESTIVAL, SHOW, CONCERT, VENUE, STAGE, DAY, DATE, YEAR,
    SOURCE, RELEASE_GROUP, TAPER_NAME, TAPER_FOLDER;

    /** The placeholder name used in templates, e.g. "album_artist" for {album_artist}. */
    public String placeholder() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NameField fromPlaceholder(String placeholder) {
        return valueOf(placeholder.trim().toUpperCase(Locale.ROOT));
    }
}
