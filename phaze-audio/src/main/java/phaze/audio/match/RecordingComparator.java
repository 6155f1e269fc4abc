package phaze.audio.match;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.index.FingerprintIndex;

/**
 * Answers "are A and B the same recording?" for duplicate detection: A goes into a throw-away
 * index, B's windows are matched against it, and the windows that agree with the dominant
 * alignment measure how much of the audio is shared.
 */
public final class RecordingComparator {
    private static final double ALIGNMENT_TOLERANCE_SECONDS = 2.0;

    /** {@code a} at index density, {@code b} at query density. */
    public Similarity compare(Fingerprints a, Fingerprints b) throws IOException {
        Path tmp = Files.createTempDirectory("phaze-same");
        try (FingerprintIndex index = FingerprintIndex.open(tmp)) {
            index.add("A", a);
            index.commit();
            List<WindowScanner.WindowMatch> windows = WindowScanner.scan(new Matcher(index), b, EnumSet.allOf(Engine.class));
            return summarize(windows, a.seconds(), b.seconds());
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Similarity summarize(List<WindowScanner.WindowMatch> windows, double secondsA, double secondsB) {
        if (windows.isEmpty()) {
            return Similarity.NONE;
        }
        double offset = median(windows.stream().mapToDouble(w -> w.referenceTimeAt(0)).toArray());
        List<WindowScanner.WindowMatch> agreeing = windows.stream()
                .filter(w -> Math.abs(w.referenceTimeAt(0) - offset) <= ALIGNMENT_TOLERANCE_SECONDS)
                .toList();
        double stretch = median(agreeing.stream().mapToDouble(w -> w.match().stretch()).toArray());
        double semitones = median(agreeing.stream().mapToDouble(w -> w.match().semitones()).toArray());
        double covered = coveredSeconds(agreeing);
        // A's length measured in B's time, so a sped-up copy can still reach 1.0
        double similarity = Math.min(1.0, covered / Math.max(secondsA / stretch, secondsB));
        return new Similarity(similarity, offset, stretch, semitones);
    }

    /** Union of matched window spans: overlapping 10-s windows must not count twice. */
    private static double coveredSeconds(List<WindowScanner.WindowMatch> windows) {
        double covered = 0;
        double reach = Double.NEGATIVE_INFINITY;
        for (WindowScanner.WindowMatch w : windows) {
            double from = Math.max(reach, w.startSeconds());
            if (w.endSeconds() > from) {
                covered += w.endSeconds() - from;
            }
            reach = Math.max(reach, w.endSeconds());
        }
        return covered;
    }

    private static double median(double[] v) {
        if (v.length == 0) {
            return 0;
        }
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
