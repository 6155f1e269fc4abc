package phaze.proposal.control;

/**
 * A matched tracklist (e.g. from 1001Tracklists) for a long recording; its fields outrank the file name.
 *
 * @param artist the performing artist(s)
 * @param event  event or show
 * @param date   the performance date as YYYY-MM-DD (partial allowed), or null
 * @param source where it came from, e.g. a URL
 */
public record TracklistHint(String artist, String event, String date, String source) {
}
