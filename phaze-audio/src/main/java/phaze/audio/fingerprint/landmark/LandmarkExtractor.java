package phaze.audio.fingerprint.landmark;

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
 * Wang (2003) landmarks: each spectral peak (anchor) is paired with the next few peaks in a target
 * zone ahead of it; the hash is (anchor bin, bin difference, frame difference), 23 bits, and the
 * point is the anchor's frame. Exact-tempo only, but peaks survive codecs, noise and cropping.
 * A query extracts the index's sparse pairs plus a denser set, so that whatever the index holds
 * for the same audio is among the query's hashes.
 */
public final class LandmarkExtractor implements SpectrumListener {
    /** Tuned on the noise transforms of the recall table (0.5 to 2 all help; 1 balances pitch vs. noise). */
    static final float LEVEL_WEIGHT = 1.0f;
    private final HashCollector hashes = new HashCollector();
    private final List<PeakPicker> pickers = new ArrayList<>();
    private final boolean query;
    private int lastFrame;

    public LandmarkExtractor(Density density) {
        this.query = density == Density.QUERY;
        // 32-frame blocks = 0.51 s: the index keeps ~6 peaks/s, each paired three times (2 saves 1/3 of
        // landmark postings but cost 4 points of recall at 0 dB and 10 dB noise)
        pickers.add(new PeakPicker(SpectralFrontEnd.BINS, 9, 6, 32, 3, LEVEL_WEIGHT, new LandmarkPairing(3, hashes)));
        if (query) {
            pickers.add(new PeakPicker(SpectralFrontEnd.BINS, 9, 6, 32, 8, LEVEL_WEIGHT, new LandmarkPairing(8, hashes)));
        }
    }

    @Override
    public void frame(int frame, float[] logPower) {
        lastFrame = frame;
        for (PeakPicker p : pickers) {
            p.frame(logPower);
        }
    }

    @Override
    public void end() {
        pickers.forEach(PeakPicker::end);
    }

    public Fingerprint result() {
        return hashes.toFingerprint(Engine.LANDMARK, (lastFrame + 1) * SpectralFrontEnd.FRAME_SECONDS, query);
    }
}
