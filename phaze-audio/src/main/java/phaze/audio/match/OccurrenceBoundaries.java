package phaze.audio.match;

import java.util.Arrays;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;
import phaze.audio.index.FingerprintIndex;

/**
 * Sharpens where an occurrence starts and ends: matched 10-s windows only place it on their 5-s
 * grid, but the occurrence's alignment line (reference time = offset + stretch x time) tells which
 * single hashes of the long recording belong to it. The first and last such hashes near the coarse
 * edges, each confirmed by another within a few seconds, are the boundaries.
 */
final class OccurrenceBoundaries {
    private static final double TOLERANCE_FRAMES = 3;
    private static final double CONFIRM_SECONDS = 3;

    private OccurrenceBoundaries() {
    }

    /** {start, end} in seconds of the long recording; the coarse values when no hash confirms better ones. */
    static double[] refine(FingerprintIndex index, Fingerprints recording, Match m, double coarseStart, double coarseEnd) {
        Fingerprint f = recording.byEngine().get(m.engine());
        if (f == null) {
            return new double[] {coarseStart, coarseEnd};
        }
        double step = WindowScanner.STEP_SECONDS;
        double window = WindowScanner.WINDOW_SECONDS;
        double[] head = aligned(index, f, m, coarseStart - step, Math.min(coarseEnd, coarseStart + window));
        double[] tail = aligned(index, f, m, Math.max(coarseStart, coarseEnd - window), coarseEnd + step);
        double start = coarseStart;
        for (int k = 0; k + 1 < head.length; k++) {
            if (head[k + 1] - head[k] <= CONFIRM_SECONDS) {
                start = head[k];
                break;
            }
        }
        double end = coarseEnd;
        for (int k = tail.length - 1; k > 0; k--) {
            if (tail[k] - tail[k - 1] <= CONFIRM_SECONDS) {
                end = tail[k];
                break;
            }
        }
        return end > start ? new double[] {Math.max(0, start), Math.min(recording.seconds(), end)}
                : new double[] {coarseStart, coarseEnd};
    }

    /** Times (s) of the recording's hashes in [from, to) that hit the match's reference on its line, sorted. */
    private static double[] aligned(FingerprintIndex index, Fingerprint f, Match m, double from, double to) {
        double frame = SpectralFrontEnd.FRAME_SECONDS;
        Fingerprint part = f.slice((int) Math.floor(Math.max(0, from) / frame), (int) Math.ceil(to / frame), to - from);
        double offset = m.offsetSeconds() / frame;
        int refId = m.reference().id();
        double[] times = new double[64];
        int[] n = {0};
        for (int i = 0; i < part.size(); i++) {
            int tq = part.frameOf(i);
            double expected = offset + m.stretch() * tq;
            double[][] grow = {times};
            index.lookup(m.engine(), part.hashes()[i], (ref, point) -> {
                if (ref == refId && Math.abs(Fingerprint.frameOf(m.engine(), point) - expected) <= TOLERANCE_FRAMES) {
                    if (n[0] == grow[0].length) {
                        grow[0] = Arrays.copyOf(grow[0], n[0] * 2);
                    }
                    grow[0][n[0]++] = tq * frame;
                }
            });
            times = grow[0];
        }
        double[] out = Arrays.copyOf(times, n[0]);
        Arrays.sort(out);
        return out;
    }
}
