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
    private static final int CANDIDATES = 64;

    private final FingerprintIndex index;

    LandmarkMatcher(FingerprintIndex index) {
        this.index = index;
    }

    /** Matches scoring at least {@code bar} (below {@link Significance#THRESHOLD} only as corroborating evidence). */
    List<Match> match(Fingerprint query, double bar) {
        // pass 1: hits per reference only (a small, cache-friendly table even at archive scale)
        int[] hashes = query.hashes();
        int[][] hit = {new int[4096], new int[4096]};
        int[] size = {0};
        ReferenceTally hitsPerRef = new ReferenceTally(index.referenceIdLimit());
        for (int i : QueryPlan.plan(index, query)) {
            int tq = query.frameOf(i);
            index.lookup(Engine.LANDMARK, hashes[i], (ref, point) -> {
                if (size[0] == hit[0].length) {
                    hit[0] = java.util.Arrays.copyOf(hit[0], size[0] * 2);
                    hit[1] = java.util.Arrays.copyOf(hit[1], size[0] * 2);
                }
                hit[0][size[0]] = ref;
                hit[1][size[0]++] = (int) point - tq;
                hitsPerRef.add(ref);
            });
        }
        // pass 2: offset histogram only for references with enough hits to possibly match
        int min = Significance.minAligned(bar);
        int floor = hitsPerRef.floor(CANDIDATES, min);
        VoteTable votes = new VoteTable(1024);
        for (int k = 0; k < size[0]; k++) {
            if (hitsPerRef.get(hit[0][k]) >= floor) {
                votes.add((long) hit[0][k] << 26 | (hit[1][k] + OFFSET_BIAS));
            }
        }
        Map<Integer, long[]> best = new HashMap<>(); // ref -> {key, aligned}
        for (int s = 0; s < votes.capacity(); s++) {
            int c = votes.countAt(s);
            if (c < 2) {
                continue;
            }
            long key = votes.keyAt(s);
            int aligned = c + votes.get(key - 1) + votes.get(key + 1);
            if (aligned < min) {
                continue;
            }
            int ref = (int) (key >>> 26);
            long[] b = best.get(ref);
            if (b == null || aligned > b[1] || aligned == b[1] && c > votes.get(b[0])) {
                best.put(ref, new long[] {key, aligned});
            }
        }
        double queryFrames = query.seconds() / SpectralFrontEnd.FRAME_SECONDS;
        int refsHit = hitsPerRef.distinct();
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : best.entrySet()) {
            Optional<Reference> ref = index.reference(e.getKey());
            if (ref.isEmpty()) {
                continue; // replaced by a newer version of the same path
            }
            double span = ref.get().seconds() / SpectralFrontEnd.FRAME_SECONDS + queryFrames;
            double lambda = 3.0 * hitsPerRef.get(e.getKey()) / span;
            int aligned = (int) e.getValue()[1];
            double score = Significance.score(aligned, lambda, span * refsHit, min);
            if (score >= bar) {
                long offset = (e.getValue()[0] & ((1L << 26) - 1)) - OFFSET_BIAS;
                out.add(new Match(ref.get(), Engine.LANDMARK, offset * SpectralFrontEnd.FRAME_SECONDS, score, 1.0, 0.0,
                        aligned));
            }
        }
        return out;
    }
}
