package phaze.proposal.control;

/** What the rules think a file is; chooses the layout template. */
public enum RecordingKind {
    /** A set at a known festival. */
    FESTIVAL_SET,
    /** A radio show or podcast episode. */
    RADIO_SHOW,
    /** A band's concert or a bootleg of one. */
    CONCERT,
    /** A DJ set or live act at a club, stream or unknown event. */
    ARTIST_SET,
    /** An etree taper file set: names are kept. */
    TAPER_RECORDING,
    /** A track that belongs to an album (including compilations). */
    ALBUM_TRACK,
    /** A track without an album. */
    SINGLE_TRACK,
    /** Not enough evidence: rename in place. */
    UNKNOWN;

    public boolean isPerformance() {
        return this == FESTIVAL_SET || this == RADIO_SHOW || this == CONCERT || this == ARTIST_SET;
    }
}
