package phaze.proposal.control;

/** Where a value in a proposal came from, so a reviewer can judge it. */
public enum Provenance {
    TAG,
    FILENAME,
    FOLDER,
    COMPANION,
    LEARNED_CONVENTION,
    KNOWN_EVENT,
    TRACKLIST,
    /** Copied unchanged from the current name or folder (unsure, or a taper name kept on purpose). */
    KEPT
}
