package phaze.audio.match;

import java.util.Arrays;

/**
 * Robust fit of reference-frame = offset + stretch * query-frame over the hits of one vote cell:
 * medians first (outliers cannot drag them), then least squares over the inliers, then a final
 * inlier count.
 */
final class LineFit {
    private static final double TOLERANCE = 4.0; // frames
    private static final int SHIFT_TOLERANCE = 3; // sixths of a semitone

    private LineFit() {
    }

    static RobustMatcher.Alignment fit(RobustHits h, int[] idx) {
        int n = idx.length;
        double[] s = new double[n];
        double[] sh = new double[n];
        for (int k = 0; k < n; k++) {
            s[k] = h.stretch[idx[k]];
            sh[k] = h.shift[idx[k]];
        }
        double stretch = median(s);
        double shift = median(sh);
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = h.tr[idx[k]] - stretch * h.tq[idx[k]];
        }
        double offset = median(a);
        for (int round = 0; round < 2; round++) {
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            int m = 0;
            int minQ = Integer.MAX_VALUE, maxQ = Integer.MIN_VALUE;
            for (int i : idx) {
                if (!inlier(h, i, offset, stretch, shift)) {
                    continue;
                }
                double x = h.tq[i];
                double y = h.tr[i];
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
                m++;
                minQ = Math.min(minQ, h.tq[i]);
                maxQ = Math.max(maxQ, h.tq[i]);
            }
            double det = m * sxx - sx * sx;
            if (m < 5 || maxQ - minQ < 60 || det <= 0) {
                break; // too short a baseline: keep the median estimates
            }
            double fitted = (m * sxy - sx * sy) / det;
            if (fitted < RobustMatcher.MIN_STRETCH || fitted > RobustMatcher.MAX_STRETCH) {
                break;
            }
            stretch = fitted;
            offset = (sy - stretch * sx) / m;
        }
        // count distinct query anchors: one anchor yields up to 15 triplets (and their boundary
        // variants), so one chance coincidence of two peaks would otherwise look like many
        java.util.BitSet anchors = new java.util.BitSet();
        int minQ = Integer.MAX_VALUE;
        for (int i : idx) {
            minQ = Math.min(minQ, h.tq[i]);
        }
        for (int i : idx) {
            if (inlier(h, i, offset, stretch, shift)) {
                anchors.set(h.tq[i] - minQ);
            }
        }
        int inliers = anchors.cardinality();
        return new RobustMatcher.Alignment(offset, stretch, shift, inliers);
    }

    private static boolean inlier(RobustHits h, int i, double offset, double stretch, double shift) {
        return Math.abs(h.tr[i] - (offset + stretch * h.tq[i])) <= TOLERANCE
                && Math.abs(h.shift[i] - shift) <= SHIFT_TOLERANCE;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
