package phaze.audio.fingerprint.robust;

import phaze.audio.fingerprint.spectrum.Peak;

/** Packing of robust hashes (21 bits) and points (frame 22, fine frequency 8, span 7 bits). */
public final class TripletHash {
    private TripletHash() {
    }

    static int of(Peak p1, Peak p2, Peak p3) {
        double ratio = (p2.frame() - p1.frame()) / (double) (p3.frame() - p1.frame());
        int r = Math.min(7, (int) (ratio * 8));
        int df2 = p2.bin() - p1.bin() + 32;
        int df3 = p3.bin() - p1.bin() + 32;
        int band = p1.bin() / 12;
        return r << 18 | df2 << 12 | df3 << 6 | band << 3 | loudnessOrder(p1, p2, p3);
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
        if (bc) {
            return 4;
        }
        return 5;
    }
}
