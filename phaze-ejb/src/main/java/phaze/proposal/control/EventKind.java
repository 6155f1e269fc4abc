package phaze.proposal.control;

/** What a known event is; decides the performance folder. */
public enum EventKind {
    FESTIVAL,
    RADIO_SHOW,
    /** A streamed session series (Boiler Room, Cercle): filed under the artist. */
    STREAM,
    /** A club or concert venue: filed under the artist, or as a concert. */
    CLUB
}
