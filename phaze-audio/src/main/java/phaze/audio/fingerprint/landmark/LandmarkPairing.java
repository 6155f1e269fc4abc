package phaze.audio.fingerprint.landmark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import phaze.audio.fingerprint.HashCollector;
import phaze.audio.fingerprint.spectrum.Peak;
import phaze.audio.fingerprint.spectrum.PeakListener;

/**
 * Pairs each anchor peak with the {@code fanout} most prominent peaks of its target zone. Choosing
 * by prominence rather than by time keeps the choice stable when noise adds weak peaks, so the
 * index's few pairs are still among a noisy query's many.
 */
final class LandmarkPairing implements PeakListener {
    static final int MAX_DT = 80;
    static final int MAX_DF = 96;
    private static final int MAX_CANDIDATES = 48;

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
            emit(anchors.removeFirst());
        }
        for (Anchor a : anchors) {
            int dt = p.frame() - a.peak.frame();
            if (dt >= 1 && Math.abs(p.bin() - a.peak.bin()) <= MAX_DF && a.targets.size() < MAX_CANDIDATES) {
                a.targets.add(p);
            }
        }
        anchors.addLast(new Anchor(p));
    }

    @Override
    public void end() {
        while (!anchors.isEmpty()) {
            emit(anchors.removeFirst());
        }
    }

    private void emit(Anchor a) {
        List<Peak> t = a.targets;
        t.sort((x, y) -> Float.compare(y.prominence(), x.prominence()));
        for (int i = 0; i < Math.min(fanout, t.size()); i++) {
            Peak p = t.get(i);
            hashes.add(hash(a.peak.bin(), p.bin() - a.peak.bin(), p.frame() - a.peak.frame()), a.peak.frame());
        }
    }

    static int hash(int anchorBin, int df, int dt) {
        return (anchorBin & 0xff) << 15 | ((df + 128) & 0xff) << 7 | (dt & 0x7f);
    }

    private static final class Anchor {
        final Peak peak;
        final List<Peak> targets = new ArrayList<>();

        Anchor(Peak peak) {
            this.peak = peak;
        }
    }
}
