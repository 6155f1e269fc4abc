package phaze.audio.fingerprint.landmark;

import java.util.ArrayDeque;
import java.util.Deque;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.HashCollector;
import phaze.audio.fingerprint.spectrum.Peak;
import phaze.audio.fingerprint.spectrum.PeakPicker;
import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;
import phaze.audio.fingerprint.spectrum.SpectrumListener;

/**
 * Wang (2003) landmarks: each spectral peak (anchor) is paired with the next few peaks in a target
 * zone ahead of it; the hash is (anchor bin, bin difference, frame difference), 23 bits, and the
 * point is the anchor's frame. Exact-tempo only, but peaks survive codecs, noise and cropping.
 */
public final class LandmarkExtractor implements SpectrumListener {
    static final int MAX_DT = 96;
    static final int MAX_DF = 96;

    private final HashCollector hashes = new HashCollector();
    private final PeakPicker picker;
    private final int fanout;
    private final Deque<Anchor> anchors = new ArrayDeque<>();
    private int lastFrame;

    public LandmarkExtractor(Density density) {
        boolean query = density == Density.QUERY;
        this.fanout = query ? 8 : 3;
        // 32-frame blocks = 0.51 s; the index keeps ~5 peaks/s, a query ~3x as many
        this.picker = new PeakPicker(SpectralFrontEnd.BINS, 9, 6, 32, query ? 8 : 3, this::peak);
    }

    @Override
    public void frame(int frame, float[] logPower) {
        lastFrame = frame;
        picker.frame(logPower);
    }

    @Override
    public void end() {
        picker.end();
    }

    public Fingerprint result() {
        return hashes.toFingerprint(Engine.LANDMARK, (lastFrame + 1) * SpectralFrontEnd.FRAME_SECONDS);
    }

    private void peak(Peak p) {
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
