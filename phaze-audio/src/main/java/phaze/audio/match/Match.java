package phaze.audio.match;

import phaze.audio.fingerprint.Engine;
import phaze.audio.index.Reference;

/**
 * A query found in an indexed recording.
 *
 * @param offsetSeconds where the query's first frame falls in the reference (negative when the
 *                      query starts before the reference does)
 * @param score         calibrated significance: -log10 of the chance that this many hashes align
 *                      by accident in an index of this size; matches below {@link Significance#THRESHOLD}
 *                      are never reported
 * @param stretch       query tempo / reference tempo (1.05: the query plays 5 % faster)
 * @param semitones     query pitch minus reference pitch
 * @param aligned       hashes that agree on this alignment
 */
public record Match(Reference reference, Engine engine, double offsetSeconds, double score, double stretch,
                    double semitones, int aligned) {
}
