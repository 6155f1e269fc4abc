package phaze.audio.fingerprint.landmark;

import java.util.ArrayDeque;
import java.util.Deque;
import phaze.audio.fingerprint.HashCollector;
import phaze.audio.fingerprint.spectrum.Peak;
import phaze.audio.fingerprint.spectrum.PeakListener;

/** Pairs each anchor peak with the first {@code fanout} peaks of its target zone, in time order. */
final class LandmarkPairing implements PeakListener {
    static final int MAX_DT = 96;
    static final int MAX_DF = 96;

    private final int fanout;
    private final HashCollector hashes;
    private final Deque<Anchor> anchors = new ArrayDeque<>();

    LandmarkPairing(int fanout, HashCollector hashes) {
        this.fanout = fanout;
        this.hashes = hashes;
    }

    @Override
    public void peak(Peak p) {
        while (!anchors.isEmpty() && p.frame() - anchors.peekFirst().peak.frame() > MAX_DT) {
            anchors.removeFirst();
        }
        for (Anchor a : anchors) {
            int dt = p.frame() - a.peak.frame();
            int df = p.bin() - a.peak.bin();
            if (dt < 1 || Math.abs(df) > MAX_DF || a.paired >= fanout) {
                continue;
            }
            hashes.add(hash(a.peak.bin(), df, dt), a.peak.frame());
            a.paired++;
        }
        anchors.addLast(new Anchor(p));
    }

    static int hash(int anchorBin, int df, int dt) {
        return (anchorBin & 0xff) << 15 | ((df + 128) & 0xff) << 7 | (dt & 0x7f);
    }

    private static final class Anchor {
        final Peak peak;
        int paired;

        Anchor(Peak peak) {
            this.peak = peak;
        }
    }
}
