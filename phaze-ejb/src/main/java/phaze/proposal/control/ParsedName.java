package phaze.proposal.control;

import java.util.List;

/**
 * What a name (file stem, tag title or folder) says, field by field; null where it says nothing.
 *
 * @param artists      performing artists; more than one for b2b sets
 * @param title        track title (studio names) or the unparsed rest
 * @param trackNumber  track number, if the name starts with or contains one
 * @param discNumber   disc number from "1-01" or "101" style numbers
 * @param event        event, venue or show text as written (without stage, day and date)
 * @param knownEvent   the catalogue entry the event text matched
 * @param stage        e.g. "Main Stage", "Sahara Stage"
 * @param day          e.g. "Day 1", "Weekend 2"
 * @param dateMention  the date found, possibly ambiguous
 * @param sources      source tags such as WEB, SBD, FM
 * @param releaseGroup scene release group
 * @param liveMarker   the name says it is a performance ("Live @", "@", "b2b", a source tag, a stage)
 * @param caseGuessed  capitalisation was guessed because the name was all lower or upper case
 * @param text         the state of the text (clean, repaired mojibake, garbled)
 */
public record ParsedName(List<String> artists, String title, Integer trackNumber, Integer discNumber,
                         String event, KnownEvent knownEvent, String stage, String day,
                         DateMention dateMention, List<String> sources, ReleaseGroup releaseGroup,
                         boolean liveMarker, boolean caseGuessed, Mojibake.State text) {

    public ParsedName {
        artists = List.copyOf(artists);
        sources = List.copyOf(sources);
    }

    /** "Adam Beyer b2b Cirez D", or null. */
    public String artist() {
        return artists.isEmpty() ? null : String.join(" b2b ", artists);
    }

    /** The club or venue the event text names ("Berghain", "Red Rocks"), or null. */
    public String venue() {
        return knownEvent != null && knownEvent.kind() == EventKind.CLUB ? knownEvent.name() : null;
    }

    public LiveDate date() {
        return dateMention == null ? LiveDate.UNKNOWN : dateMention.date();
    }

    public boolean isGarbled() {
        return text == Mojibake.State.GARBLED;
    }
}
