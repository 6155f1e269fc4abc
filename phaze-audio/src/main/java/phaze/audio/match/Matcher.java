package phaze.audio.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.index.FingerprintIndex;

/**
 * Finds which indexed recordings a query fingerprint comes from. Stateless apart from the index;
 * safe to share between threads and to use while the index is being written.
 */
public final class Matcher {
    /** Score above which a landmark match is final and the robust engine is not asked. */
    static final double CONCLUSIVE = 12.0;

    private final LandmarkMatcher landmark;
    private final RobustMatcher robust;

    public Matcher(FingerprintIndex index) {
        this.landmark = new LandmarkMatcher(index);
        this.robust = new RobustMatcher(index);
    }

    /** Every significant match of one engine's fingerprint, best first. */
    public List<Match> matches(Fingerprint query) {
        List<Match> out = query.engine() == Engine.LANDMARK ? landmark.match(query) : robust.match(query);
        out = new ArrayList<>(out);
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    /** The best match over the chosen engines, or empty when the query is not in the index. */
    public Optional<Match> best(Fingerprints query, Set<Engine> engines) {
        Match best = null;
        for (Engine e : engines) { // EnumSet order: landmark first, it is the cheaper lookup
            if (!query.byEngine().containsKey(e)) {
                continue;
            }
            if (best != null && best.score() >= CONCLUSIVE) {
                break; // a one-in-10^12 exact-tempo match cannot be improved on by the robust engine
            }
            List<Match> m = matches(query.get(e));
            if (!m.isEmpty() && (best == null || m.get(0).score() > best.score())) {
                best = m.get(0);
            }
        }
        return Optional.ofNullable(best);
    }
}
