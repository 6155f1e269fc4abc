package phaze.audio.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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

    private final FingerprintIndex index;
    private final LandmarkMatcher landmark;
    private final RobustMatcher robust;

    public Matcher(FingerprintIndex index) {
        this.index = index;
        this.landmark = new LandmarkMatcher(index);
        this.robust = new RobustMatcher(index);
    }

    FingerprintIndex index() {
        return index;
    }

    /** Every significant match of one engine's fingerprint, best first. */
    public List<Match> matches(Fingerprint query) {
        return matches(query, Significance.THRESHOLD);
    }

    private List<Match> matches(Fingerprint query, double bar) {
        List<Match> out = query.engine() == Engine.LANDMARK ? landmark.match(query, bar) : robust.match(query, bar);
        out = new ArrayList<>(out);
        out.sort(Comparator.comparingDouble(Match::score).reversed());
        return out;
    }

    /** The best match over the chosen engines, or empty when the query is not in the index. */
    public Optional<Match> best(Fingerprints query, Set<Engine> engines) {
        boolean both = engines.containsAll(EnumSet.allOf(Engine.class)) && query.byEngine().keySet().containsAll(engines);
        double bar = both ? Corroboration.HINT : Significance.THRESHOLD;
        List<Match> landmarks = List.of();
        List<Match> robusts = List.of();
        if (engines.contains(Engine.LANDMARK) && query.byEngine().containsKey(Engine.LANDMARK)) {
            landmarks = matches(query.get(Engine.LANDMARK), bar);
            if (!landmarks.isEmpty() && landmarks.get(0).score() >= CONCLUSIVE
                    && landmarks.get(0).aligned() >= Significance.MIN_ALIGNED) {
                return Optional.of(landmarks.get(0)); // a one-in-10^12 exact-tempo match: the robust engine cannot improve on it
            }
        }
        if (engines.contains(Engine.ROBUST) && query.byEngine().containsKey(Engine.ROBUST)) {
            robusts = matches(query.get(Engine.ROBUST), bar);
        }
        Match best = null;
        for (List<Match> m : List.of(landmarks, robusts)) {
            for (Match one : m) { // alone, an engine must clear the full bar: hint-level matches only corroborate
                if (one.score() >= Significance.THRESHOLD && one.aligned() >= Significance.MIN_ALIGNED
                        && (best == null || one.score() > best.score())) {
                    best = one;
                }
            }
        }
        if (both) {
            Optional<Match> agreed = Corroboration.best(landmarks, robusts);
            if (agreed.isPresent() && (best == null || agreed.get().score() > best.score())) {
                best = agreed.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
