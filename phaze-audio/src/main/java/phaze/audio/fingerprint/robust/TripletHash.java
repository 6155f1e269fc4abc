package phaze.audio.fingerprint.robust;

import java.util.function.IntConsumer;
import phaze.audio.fingerprint.spectrum.Peak;

/**
 * Packing of robust hashes (25 bits: triplet span in half-octaves 4, time-gap ratio 3, two
 * quarter-tone differences 6+6, anchor half-octave band 3, loudness order 3) and points (frame 22,
 * fine frequency 8, span 7 bits).
 * <p>
 * The span class is the one field a tempo change moves; a query therefore also hashes every class
 * that a reference span within the matcher's stretch range could fall in. It makes posting lists
 * about five times shorter for twice the lookups, which is what a 100,000-hour index needs: with 21
 * bits a query's lists held ~12 M postings there and the robust engine found nothing.
 */
public final class TripletHash {
    /** Reference span / query span (= query tempo / reference tempo) the matcher accepts. */
    public static final float MIN_STRETCH = 0.85f;
    public static final float MAX_STRETCH = 1.18f;
    private static final int SPAN_CELLS_PER_OCTAVE = 2;
    private static final int RATIO_CELLS = 8;
    private static final int FINE_PER_BAND = 36; // half an octave in sixths of a semitone
    private static final double RATIO_MARGIN = 0.25;
    private static final double DF_MARGIN = 0.35;
    private static final int BAND_MARGIN = 6;

    private TripletHash() {
    }

    /**
     * Emits the triplet's hash; with {@code expand} also the hashes of neighbouring cells for every
     * value within a margin of a cell boundary.
     */
    static void hashes(Peak p1, int fine1, Peak p2, int fine2, Peak p3, int fine3, boolean expand, IntConsumer out) {
        int span = p3.frame() - p1.frame();
        int firstSpan = expand ? spanCell(MIN_STRETCH * (span - 1)) : spanCell(span);
        int lastSpan = expand ? spanCell(MAX_STRETCH * (span + 1)) : firstSpan;
        for (int cell = firstSpan; cell <= lastSpan; cell++) {
            int spanBits = cell << 21;
            timeAndPitch(p1, fine1, p2, fine2, p3, fine3, expand, h -> out.accept(spanBits | h));
        }
    }

    /** Half-octave class of a span in frames (spans run from 4 to 120 frames: classes 4 to 13). */
    static int spanCell(double frames) {
        double log2 = Math.log(Math.max(1, frames)) / Math.log(2);
        return Math.min(15, (int) Math.floor(SPAN_CELLS_PER_OCTAVE * log2));
    }

    private static void timeAndPitch(Peak p1, int fine1, Peak p2, int fine2, Peak p3, int fine3, boolean expand,
                                     IntConsumer out) {
        double ratio = RATIO_CELLS * (p2.frame() - p1.frame()) / (double) (p3.frame() - p1.frame());
        double d2 = (fine2 - fine1) / (double) LogFrequencyMap.FINE_PER_BIN;
        double d3 = (fine3 - fine1) / (double) LogFrequencyMap.FINE_PER_BIN;
        int order = loudnessOrder(p1, p2, p3);
        int[] r = cells((int) Math.min(RATIO_CELLS - 1, Math.floor(ratio)), ratio - Math.floor(ratio), RATIO_MARGIN, expand);
        int[] a = rounded(d2, expand);
        int[] b = rounded(d3, expand);
        int band = fine1 / FINE_PER_BAND;
        int[] bands = expand ? bandCells(band, fine1 % FINE_PER_BAND) : new int[] {band};
        for (int ri : r) {
            if (ri < 0 || ri >= RATIO_CELLS) {
                continue;
            }
            for (int ai : a) {
                for (int bi : b) {
                    for (int band2 : bands) {
                        out.accept(pack(ri, ai, bi, band2, order));
                    }
                }
            }
        }
    }

    private static int pack(int ratio, int d2, int d3, int band, int order) {
        int a = Math.max(-31, Math.min(31, d2)) + 32;
        int b = Math.max(-31, Math.min(31, d3)) + 32;
        return ratio << 18 | a << 12 | b << 6 | (band & 7) << 3 | order;
    }

    private static int[] cells(int cell, double frac, double margin, boolean expand) {
        if (!expand) {
            return new int[] {cell};
        }
        if (frac < margin) {
            return new int[] {cell, cell - 1};
        }
        return frac > 1 - margin ? new int[] {cell, cell + 1} : new int[] {cell};
    }

    private static int[] rounded(double v, boolean expand) {
        int nearest = (int) Math.round(v);
        double off = v - nearest;
        if (!expand || Math.abs(off) < 0.5 - DF_MARGIN) {
            return new int[] {nearest};
        }
        return new int[] {nearest, off > 0 ? nearest + 1 : nearest - 1};
    }

    private static int[] bandCells(int band, int within) {
        if (within < BAND_MARGIN && band > 0) {
            return new int[] {band, band - 1};
        }
        return within >= FINE_PER_BAND - BAND_MARGIN ? new int[] {band, band + 1} : new int[] {band};
    }

    static long point(int frame, int fineFrequency, int span) {
        return (long) frame << 15 | (long) (fineFrequency & 0xff) << 7 | (span & 0x7f);
    }

    /** Fine anchor frequency in sixths of a semitone above 500 Hz. */
    public static int fineFrequency(long point) {
        return (int) (point >>> 7) & 0xff;
    }

    /** Frames from the anchor to the third peak. */
    public static int span(long point) {
        return (int) point & 0x7f;
    }

    /** Which of the three peaks is loudest and which quietest: 6 orders, unaffected by tempo or pitch. */
    private static int loudnessOrder(Peak a, Peak b, Peak c) {
        boolean ab = a.prominence() >= b.prominence();
        boolean bc = b.prominence() >= c.prominence();
        boolean ac = a.prominence() >= c.prominence();
        if (ab && bc) {
            return 0;
        }
        if (ab && ac) {
            return 1;
        }
        if (ab) {
            return 2;
        }
        if (ac) {
            return 3;
        }
        return bc ? 4 : 5;
    }
}
