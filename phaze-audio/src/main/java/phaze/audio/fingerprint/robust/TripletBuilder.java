package phaze.audio.fingerprint.robust;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import phaze.audio.fingerprint.HashCollector;
import phaze.audio.fingerprint.spectrum.Peak;
import phaze.audio.fingerprint.spectrum.PeakListener;

/**
 * Groups each anchor peak with pairs of the {@code candidates} most prominent peaks within one octave
 * and two seconds ahead, and hashes each triplet. With {@code expand}, a triplet whose time ratio or anchor
 * band sits near a quantisation boundary is also hashed with the neighbouring cell: stretching
 * and shifting move values across boundaries, and a query can afford the extra lookups.
 */
final class TripletBuilder implements PeakListener {
    static final int MIN_GAP = 2;
    static final int MAX_SPAN = 120;
    static final int MAX_DF = 24;
    private static final int MAX_CANDIDATES = 32;

    interface FineFrequency {
        int of(int frame, int logBin);
    }

    private final int candidates;
    private final boolean expand;
    private final HashCollector hashes;
    private final FineFrequency fineFrequency;
    private final Deque<Anchor> anchors = new ArrayDeque<>();

    TripletBuilder(int candidates, boolean expand, HashCollector hashes, FineFrequency fineFrequency) {
        this.candidates = candidates;
        this.expand = expand;
        this.hashes = hashes;
        this.fineFrequency = fineFrequency;
    }

    @Override
    public void end() {
        while (!anchors.isEmpty()) {
            emit(anchors.removeFirst());
        }
    }

    @Override
    public void peak(Peak p) {
        Anchor next = new Anchor(p, fineFrequency.of(p.frame(), p.bin()));
        while (!anchors.isEmpty() && p.frame() - anchors.peekFirst().peak.frame() > MAX_SPAN) {
            emit(anchors.removeFirst());
        }
        for (Anchor a : anchors) {
            int dt = p.frame() - a.peak.frame();
            if (dt >= MIN_GAP && Math.abs(p.bin() - a.peak.bin()) <= MAX_DF && a.candidates.size() < MAX_CANDIDATES) {
                a.candidates.add(next);
            }
        }
        anchors.addLast(next);
    }

    private void emit(Anchor a) {
        // the most prominent peaks of the zone, back in time order: stable when noise adds weak peaks
        List<Anchor> c = new ArrayList<>(a.candidates);
        c.sort((x, y) -> Float.compare(y.peak.prominence(), x.peak.prominence()));
        c = new ArrayList<>(c.subList(0, Math.min(candidates, c.size())));
        c.sort((x, y) -> Integer.compare(x.peak.frame(), y.peak.frame()));
        for (int i = 0; i < c.size(); i++) {
            for (int j = i + 1; j < c.size(); j++) {
                Anchor p2 = c.get(i);
                Anchor p3 = c.get(j);
                if (p3.peak.frame() - p2.peak.frame() < MIN_GAP) {
                    continue;
                }
                long point = TripletHash.point(a.peak.frame(), a.fine, p3.peak.frame() - a.peak.frame());
                TripletHash.hashes(a.peak, a.fine, p2.peak, p2.fine, p3.peak, p3.fine, expand, h -> hashes.add(h, point));
            }
        }
    }

    private static final class Anchor {
        final Peak peak;
        final int fine;
        final List<Anchor> candidates = new ArrayList<>(6);

        Anchor(Peak peak, int fine) {
            this.peak = peak;
            this.fine = fine;
        }
    }
}
