package phaze.audio.analysis.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import phaze.audio.analysis.key.MusicalKey;

/**
 * Per-window analysis with whole-recording aggregates that suit DJ sets better than one global
 * reading: the median tempo of windows with a clear pulse (a set drifting from 122 to 128 reads as its
 * typical tempo, not a smeared autocorrelation), and the key held for the longest time.
 */
public record Timeline(double windowSeconds, List<TimelineWindow> windows) {
    /** Windows whose pulse is weaker than this do not vote on the median tempo. */
    public static final double CONFIDENT_TEMPO = 0.2;

    public Timeline {
        windows = List.copyOf(windows);
    }

    /** Median BPM of confident windows, NaN when none has a clear pulse. */
    public double medianConfidentBpm() {
        List<Double> bpms = new ArrayList<>();
        for (TimelineWindow w : windows) {
            if (w.tempo().isKnown() && w.tempo().confidence() >= CONFIDENT_TEMPO) {
                bpms.add(w.tempo().bpm());
            }
        }
        if (bpms.isEmpty()) {
            return Double.NaN;
        }
        bpms.sort(Comparator.naturalOrder());
        int n = bpms.size();
        return n % 2 == 1 ? bpms.get(n / 2) : (bpms.get(n / 2 - 1) + bpms.get(n / 2)) / 2;
    }

    /** The clear key held for the most seconds, null when no window has a clear key. */
    public MusicalKey durationWeightedKey() {
        Map<MusicalKey, Double> seconds = new HashMap<>();
        for (TimelineWindow w : windows) {
            if (w.key().isClear()) {
                seconds.merge(w.key().key(), w.durationSeconds(), Double::sum);
            }
        }
        return seconds.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
