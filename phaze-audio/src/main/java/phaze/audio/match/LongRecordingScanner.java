package phaze.audio.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprints;

/**
 * Finds the indexed recordings inside a long one (tracks in a DJ set or radio show): consecutive
 * windows that match the same reference on one alignment line merge into one occurrence. A lone
 * window must clear a higher bar, since a long recording tries thousands of windows.
 */
public final class LongRecordingScanner {
    private static final double ALIGNMENT_TOLERANCE_SECONDS = 2.0;
    private static final int MAX_GAP_WINDOWS = 2;

    private final Matcher matcher;

    public LongRecordingScanner(Matcher matcher) {
        this.matcher = matcher;
    }

    /** {@code recording} must be extracted at query density. */
    public List<Occurrence> occurrences(Fingerprints recording, Set<Engine> engines) {
        List<WindowScanner.WindowMatch> windows = WindowScanner.scan(matcher, recording, engines);
        double loneBar = Significance.THRESHOLD + Math.log10(WindowScanner.windowCount(recording.seconds()));
        List<Occurrence> out = new ArrayList<>();
        List<WindowScanner.WindowMatch> run = new ArrayList<>();
        for (WindowScanner.WindowMatch w : windows) {
            if (!run.isEmpty() && !continues(run.get(run.size() - 1), w)) {
                flush(run, loneBar, recording, out);
            }
            run.add(w);
        }
        flush(run, loneBar, recording, out);
        return out;
    }

    private static boolean continues(WindowScanner.WindowMatch last, WindowScanner.WindowMatch next) {
        boolean sameRef = last.match().reference().id() == next.match().reference().id();
        boolean close = next.startSeconds() - last.startSeconds() <= (MAX_GAP_WINDOWS + 1) * WindowScanner.STEP_SECONDS;
        double drift = Math.abs(last.referenceTimeAt(next.startSeconds()) - next.referenceTimeAt(next.startSeconds()));
        return sameRef && close && drift <= ALIGNMENT_TOLERANCE_SECONDS;
    }

    private void flush(List<WindowScanner.WindowMatch> run, double loneBar, Fingerprints recording, List<Occurrence> out) {
        if (run.isEmpty()) {
            return;
        }
        double best = run.stream().mapToDouble(w -> w.match().score()).max().orElse(0);
        if (run.size() > 1 || best >= loneBar) {
            WindowScanner.WindowMatch first = run.get(0);
            WindowScanner.WindowMatch top = run.stream().max((a, b) -> Double.compare(a.match().score(), b.match().score())).get();
            double[] edges = OccurrenceBoundaries.refine(matcher.index(), recording, top.match(), first.startSeconds(),
                    run.get(run.size() - 1).endSeconds());
            out.add(new Occurrence(first.match().reference(), edges[0], edges[1], best, top.match().stretch(),
                    top.match().semitones()));
        }
        run.clear();
    }
}
