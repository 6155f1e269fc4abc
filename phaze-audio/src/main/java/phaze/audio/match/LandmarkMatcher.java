package phaze.audio.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;
import phaze.audio.index.FingerprintIndex;
import phaze.audio.index.Reference;

/**
 * Offset-histogram voting for landmarks: every hash hit votes for (reference, reference frame minus
 * query frame); a true match piles its votes into one offset (+-1 frame of jitter).
 */
final class LandmarkMatcher {
    private static final long OFFSET_BIAS = 1L << 24;

    private final FingerprintIndex index;

    LandmarkMatcher(FingerprintIndex index) {
        this.index = index;
    }

    List<Match> match(Fingerprint query) {
        VoteTable votes = new VoteTable(4 * query.size() + 16);
        VoteTable hitsPerRef = new VoteTable(1024);
        int[] hashes = query.hashes();
        for (int i : QueryPlan.plan(index, query)) {
            int tq = query.frameOf(i);
            index.lookup(Engine.LANDMARK, hashes[i], (ref, point) -> {
                votes.add((long) ref << 26 | ((int) point - tq + OFFSET_BIAS));
                hitsPerRef.add(ref);
            });
        }
        Map<Integer, long[]> best = new HashMap<>(); // ref -> {key, aligned}
        for (int s = 0; s < votes.capacity(); s++) {
            int c = votes.countAt(s);
            if (c < 2) {
                continue;
            }
            long key = votes.keyAt(s);
            int aligned = c + votes.get(key - 1) + votes.get(key + 1);
            if (aligned < Significance.MIN_ALIGNED) {
                continue;
            }
            int ref = (int) (key >>> 26);
            long[] b = best.get(ref);
            if (b == null || aligned > b[1] || aligned == b[1] && c > votes.get(b[0])) {
                best.put(ref, new long[] {key, aligned});
            }
        }
        double queryFrames = query.seconds() / SpectralFrontEnd.FRAME_SECONDS;
        int refsHit = countRefs(hitsPerRef);
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : best.entrySet()) {
            Optional<Reference> ref = index.reference(e.getKey());
            if (ref.isEmpty()) {
                continue; // replaced by a newer version of the same path
            }
            double span = ref.get().seconds() / SpectralFrontEnd.FRAME_SECONDS + queryFrames;
            double lambda = 3.0 * hitsPerRef.get(e.getKey()) / span;
            int aligned = (int) e.getValue()[1];
            double score = Significance.score(aligned, lambda, span * refsHit);
            if (score >= Significance.THRESHOLD) {
                long offset = (e.getValue()[0] & ((1L << 26) - 1)) - OFFSET_BIAS;
                out.add(new Match(ref.get(), Engine.LANDMARK, offset * SpectralFrontEnd.FRAME_SECONDS, score, 1.0, 0.0,
                        aligned));
            }
        }
        return out;
    }

    static int countRefs(VoteTable perRef) {
        int n = 0;
        for (int s = 0; s < perRef.capacity(); s++) {
            if (perRef.countAt(s) > 0) {
                n++;
            }
        }
        return n;
    }
}
