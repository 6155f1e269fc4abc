package phaze.audio.fingerprint.robust;

import java.util.ArrayList;
import java.util.List;
import phaze.audio.fingerprint.Density;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.HashCollector;
import phaze.audio.fingerprint.spectrum.PeakPicker;
import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;
import phaze.audio.fingerprint.spectrum.SpectrumListener;

/**
 * Event-point triplets after Six &amp; Leman (2014): peaks of a quarter-tone spectrogram are grouped
 * in threes; the hash keeps only what tempo and pitch changes leave alone, while the point keeps
 * the anchor's frame, fine frequency and triplet span so a match can measure stretch and shift.
 * A query extracts the index's sparse triplets plus a denser set, with neighbouring quantisation
 * cells for values that sit near a cell boundary.
 */
public final class RobustExtractor implements SpectrumListener {
    private static final int RING = 128;

    private final LogFrequencyMap logMap = new LogFrequencyMap();
    /** Tuned on the noise transforms of the recall table (0.5 to 2 all help; 1 balances pitch vs. noise). */
    static final float LEVEL_WEIGHT = 1.0f;
    private final HashCollector hashes = new HashCollector();
    private final List<PeakPicker> pickers = new ArrayList<>();
    private final float[] logFrame = new float[LogFrequencyMap.BINS];
    private final float[][] linearRing = new float[RING][SpectralFrontEnd.BINS];
    private final boolean query;
    private int lastFrame;

    public RobustExtractor(Density density) {
        this.query = density == Density.QUERY;
        pickers.add(new PeakPicker(LogFrequencyMap.BINS, 3, 8, 32, 2, LEVEL_WEIGHT, new TripletBuilder(3, false, hashes, this::fine)));
        if (query) {
            pickers.add(new PeakPicker(LogFrequencyMap.BINS, 3, 8, 32, 6, LEVEL_WEIGHT, new TripletBuilder(6, true, hashes, this::fine)));
        }
    }

    @Override
    public void frame(int frame, float[] logPower) {
        lastFrame = frame;
        System.arraycopy(logPower, 0, linearRing[frame % RING], 0, logPower.length);
        logMap.map(logPower, logFrame);
        for (PeakPicker p : pickers) {
            p.frame(logFrame);
        }
    }

    @Override
    public void end() {
        pickers.forEach(PeakPicker::end);
    }

    public Fingerprint result() {
        return hashes.toFingerprint(Engine.ROBUST, (lastFrame + 1) * SpectralFrontEnd.FRAME_SECONDS, query);
    }

    /** Peaks reach the builders at most ~45 frames late, well inside the ring. */
    private int fine(int frame, int logBin) {
        return logMap.fineFrequency(linearRing[frame % RING], logBin);
    }
}
