package phaze.audio.match;

import phaze.audio.index.Reference;

/**
 * An indexed recording heard inside a long one (a track in a DJ set).
 *
 * @param startSeconds where it starts in the long recording
 * @param endSeconds   where it ends in the long recording
 * @param score        the best window's calibrated score
 * @param stretch      tempo of the long recording relative to the reference at that point
 * @param semitones    pitch of the long recording relative to the reference
 */
public record Occurrence(Reference reference, double startSeconds, double endSeconds, double score, double stretch,
                         double semitones) {
}
