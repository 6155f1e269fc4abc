package phaze.audio.match;

import java.util.List;
import java.util.Optional;

/**
 * Two engines that independently put a query at the same place in the same recording: in heavy
 * noise each may see too few aligned hashes to be believed alone (4 or 5 instead of 6; see
 * {@link Significance#HINT_MIN_ALIGNED}), but chance would have to fool
 * both engines, at the same reference and offset, at once. Their hash spaces are disjoint, so under
 * the null hypothesis the two tail probabilities multiply; the score is the sum of both scores,
 * corrected for every landmark/robust pair compared. The coincidence of reference and offset,
 * which is far less likely still, is not credited: the score stays conservative.
 */
final class Corroboration {
    /** Each engine's evidence must be at least a 1-in-100 chance event to be considered. */
    static final double HINT = 2.0;
    /** Landmark and robust offsets of one true alignment agree within a few frames; allow noise. */
    private static final double OFFSET_TOLERANCE_SECONDS = 0.5;
    /** Only untransformed audio can be matched by both engines: the robust stretch must be ~1. */
    private static final double STRETCH_TOLERANCE = 0.03;

    private Corroboration() {
    }

    static Optional<Match> best(List<Match> landmarks, List<Match> robusts) {
        if (landmarks.isEmpty() || robusts.isEmpty()) {
            return Optional.empty();
        }
        double pairs = Math.log10((double) landmarks.size() * robusts.size());
        Match best = null;
        for (Match l : landmarks) {
            for (Match r : robusts) {
                boolean agree = l.reference().id() == r.reference().id()
                        && Math.abs(l.offsetSeconds() - r.offsetSeconds()) <= OFFSET_TOLERANCE_SECONDS
                        && Math.abs(r.stretch() - 1) <= STRETCH_TOLERANCE;
                double score = l.score() + r.score() - pairs;
                if (agree && score >= Significance.THRESHOLD && (best == null || score > best.score())) {
                    best = new Match(l.reference(), l.engine(), l.offsetSeconds(), score, 1.0, 0.0, l.aligned() + r.aligned());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
