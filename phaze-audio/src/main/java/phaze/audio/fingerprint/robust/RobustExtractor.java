package phaze.audio.fingerprint.robust;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.HashCollector;
import phaze.audio.fingerprint.spectrum.Peak;
import phaze.audio.fingerprint.spectrum.PeakPicker;
import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;
import phaze.audio.fingerprint.spectrum.SpectrumListener;

/**
 * Event-point triplets after Six &amp; Leman (2014): peaks of a quarter-tone spectrogram are grouped
 * in threes; the hash keeps only what tempo and pitch changes leave alone (ratio of the two time
 * gaps, log-frequency differences, coarse band, loudness order), while the point keeps the anchor's
 * frame, fine frequency and triplet span so a match can measure stretch and semitone shift.
 */
public final class RobustExtractor implements SpectrumListener {
    static final int MIN_GAP = 2;
    static final int MAX_SPAN = 120;
    static final int MAX_DF = 24;
    private static final int RING = 128;

    private final LogFrequencyMap logMap = new LogFrequencyMap();
    private final HashCollector hashes = new HashCollector();
    private final PeakPicker picker;
    private final int candidatesPerAnchor;
    private final float[] logFrame = new float[LogFrequencyMap.BINS];
    private final float[][] linearRing = new float[RING][SpectralFrontEnd.BINS];
    private final Deque<Anchor> anchors = new ArrayDeque<>();
    private int lastFrame;

    public RobustExtractor(Density density) {
        boolean query = density == Density.QUERY;
        this.candidatesPerAnchor = query ? 6 : 3;
        this.picker = new PeakPicker(LogFrequencyMap.BINS, 3, 8, 32, query ? 6 : 2, this::peak);
    }

    @Override
    public void frame(int frame, float[] logPower) {
        lastFrame = frame;
        System.arraycopy(logPower, 0, linearRing[frame % RING], 0, logPower.length);
        logMap.map(logPower, logFrame);
        picker.frame(logFrame);
    }

    @Override
    public void end() {
        picker.end();
        while (!anchors.isEmpty()) {
            emit(anchors.removeFirst());
        }
    }

    public Fingerprint result() {
        return hashes.toFingerprint(Engine.ROBUST, (lastFrame + 1) * SpectralFrontEnd.FRAME_SECONDS);
    }

    private void peak(Peak p) {
        while (!anchors.isEmpty() && p.frame() - anchors.peekFirst().peak.frame() > MAX_SPAN) {
            emit(anchors.removeFirst());
        }
        for (Anchor a : anchors) {
            int dt = p.frame() - a.peak.frame();
            if (dt >= MIN_GAP && Math.abs(p.bin() - a.peak.bin()) <= MAX_DF && a.candidates.size() < candidatesPerAnchor) {
                a.candidates.add(p);
            }
        }
        int fine = logMap.fineFrequency(linearRing[p.frame() % RING], p.bin());
        anchors.addLast(new Anchor(p, fine));
    }

    private void emit(Anchor a) {
        List<Peak> c = a.candidates;
        for (int i = 0; i < c.size(); i++) {
            for (int j = i + 1; j < c.size(); j++) {
                Peak p2 = c.get(i);
                Peak p3 = c.get(j);
                if (p3.frame() - p2.frame() < MIN_GAP) {
                    continue;
                }
                int span = p3.frame() - a.peak.frame();
                hashes.add(TripletHash.of(a.peak, p2, p3), TripletHash.point(a.peak.frame(), a.fine, span));
            }
        }
    }

    private static final class Anchor {
        final Peak peak;
        final int fine;
        final List<Peak> candidates = new ArrayList<>(6);

        Anchor(Peak peak, int fine) {
            this.peak = peak;
            this.fine = fine;
        }
    }
}
