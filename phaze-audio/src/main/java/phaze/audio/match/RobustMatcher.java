package phaze.audio.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.robust.TripletHash;
import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;
import phaze.audio.index.FingerprintIndex;
import phaze.audio.index.Reference;

/**
 * Matching for triplets. Each hit carries its own stretch (ratio of triplet spans) and semitone
 * shift (difference of anchor frequencies), so it can vote for where the query's centre lies in
 * the reference even when the query is faster or slower. The winning cell is then refined: median
 * stretch and shift, a line fit reference-frame = a + stretch * query-frame, and only hits on that
 * line (and at that shift) count.
 */
final class RobustMatcher {
    static final float MIN_STRETCH = TripletHash.MIN_STRETCH;
    static final float MAX_STRETCH = TripletHash.MAX_STRETCH;
    static final int MAX_SHIFT = 15; // sixths of a semitone: 2.5 semitones
    private static final int BIN = 16;
    private static final long BIAS = 1L << 24;
    private static final int CANDIDATES = 16;
    private static final int VOTING_REFERENCES = 1024;

    private final FingerprintIndex index;

    RobustMatcher(FingerprintIndex index) {
        this.index = index;
    }

    /** Matches scoring at least {@code bar} (below {@link Significance#THRESHOLD} only as corroborating evidence). */
    List<Match> match(Fingerprint query, double bar) {
        ReferenceTally perRef = new ReferenceTally(index.referenceIdLimit());
        RobustHits hits = collect(query, perRef);
        int centre = query.size() == 0 ? 0 : (query.frameOf(0) + query.frameOf(query.size() - 1)) / 2;
        // alignment votes only for the most hit references: a true match's triplets pile onto its
        // reference, and voting for every random hit at 100,000 h filled a table of millions of cells
        int min = Significance.minAligned(bar);
        int floor = perRef.floor(VOTING_REFERENCES, min);
        VoteTable votes = new VoteTable(4096);
        int[] voted = new int[1024];
        int nVoted = 0;
        for (int i = 0; i < hits.size; i++) {
            if (perRef.get(hits.ref[i]) >= floor) {
                votes.add(cell(hits, i, centre));
                if (nVoted == voted.length) {
                    voted = Arrays.copyOf(voted, nVoted * 2);
                }
                voted[nVoted++] = i;
            }
        }
        voted = Arrays.copyOf(voted, nVoted);
        Map<Integer, long[]> best = bestCellPerRef(votes, min);
        List<Map.Entry<Integer, long[]>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        double queryFrames = query.seconds() / SpectralFrontEnd.FRAME_SECONDS;
        int refsHit = perRef.distinct();
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
            Optional<Reference> ref = index.reference(e.getKey());
            if (ref.isEmpty()) {
                continue;
            }
            Alignment a = refine(hits, voted, e.getKey(), e.getValue()[0], centre, min);
            if (a == null) {
                continue;
            }
            double span = ref.get().seconds() / SpectralFrontEnd.FRAME_SECONDS + queryFrames;
            // a random hit lands within +-4 frames of the line and +-3 sixths of the shift
            double lambda = perRef.get(e.getKey()) * (9.0 / span) * (7.0 / (2 * MAX_SHIFT + 1));
            double trials = span / BIN * 30 * refsHit; // offsets x distinguishable stretches x refs
            double score = Significance.score(a.inliers, lambda, trials, min);
            if (score >= bar) {
                out.add(new Match(ref.get(), Engine.ROBUST, a.offset * SpectralFrontEnd.FRAME_SECONDS, score, a.stretch,
                        a.shift / 6.0, a.inliers));
            }
        }
        return out;
    }

    private RobustHits collect(Fingerprint query, ReferenceTally perRef) {
        RobustHits hits = new RobustHits();
        long[] points = query.points();
        long[] byHash = QueryHashes.byHash(query, QueryPlan.plan(index, query));
        int[] group = new int[16];
        for (int from = 0; from < byHash.length; ) {
            int hash = (int) (byHash[from] >> 32);
            int size = 0;
            for (; from < byHash.length && (int) (byHash[from] >> 32) == hash; from++) {
                if (size == group.length) {
                    group = Arrays.copyOf(group, size * 2);
                }
                group[size++] = (int) byHash[from];
            }
            int[] members = group;
            int count = size;
            index.lookup(Engine.ROBUST, hash, (ref, point) -> {
                int spanR = TripletHash.span(point);
                int fineR = TripletHash.fineFrequency(point);
                for (int g = 0; g < count; g++) {
                    int i = members[g];
                    int spanQ = TripletHash.span(points[i]);
                    int shift = TripletHash.fineFrequency(points[i]) - fineR;
                    // stretch and shift windows: most random postings fail here, before any hit is recorded
                    if (spanR >= MIN_STRETCH * spanQ && spanR <= MAX_STRETCH * spanQ && Math.abs(shift) <= MAX_SHIFT) {
                        hits.add(ref, Fingerprint.frameOf(Engine.ROBUST, point), query.frameOf(i), spanR / (float) spanQ, shift);
                        perRef.add(ref);
                    }
                }
            });
        }
        return hits;
    }

    private static long cell(RobustHits h, int i, int centre) {
        double atCentre = h.tr[i] + h.stretch[i] * (centre - h.tq[i]);
        return (long) h.ref[i] << 26 | (Math.floorDiv((long) atCentre, BIN) + BIAS);
    }

    private static Map<Integer, long[]> bestCellPerRef(VoteTable votes, int min) {
        Map<Integer, long[]> best = new HashMap<>();
        for (int s = 0; s < votes.capacity(); s++) {
            int c = votes.countAt(s);
            if (c < 2) {
                continue;
            }
            long key = votes.keyAt(s);
            int sum = c + votes.get(key - 1) + votes.get(key + 1);
            if (sum < min) {
                continue;
            }
            int ref = (int) (key >>> 26);
            long[] b = best.get(ref);
            if (b == null || sum > b[1]) {
                best.put(ref, new long[] {key, sum});
            }
        }
        return best;
    }

    private static Alignment refine(RobustHits h, int[] voted, int ref, long cellKey, int centre, int min) {
        int[] idx = new int[64];
        int n = 0;
        for (int i : voted) {
            if (h.ref[i] == ref && Math.abs(cell(h, i, centre) - cellKey) <= 1) {
                if (n == idx.length) {
                    idx = Arrays.copyOf(idx, n * 2);
                }
                idx[n++] = i;
            }
        }
        return n < min ? null : LineFit.fit(h, Arrays.copyOf(idx, n));
    }

    /** A refined alignment: reference frame = offset + stretch * query frame, at a pitch shift. */
    record Alignment(double offset, double stretch, double shift, int inliers) {
    }
}
