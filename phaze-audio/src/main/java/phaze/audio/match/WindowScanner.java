package phaze.audio.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import phaze.audio.fingerprint.Engine;
import phaze.audio.fingerprint.Fingerprint;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.fingerprint.spectrum.SpectralFrontEnd;

/**
 * Slides a 10-s window in 5-s steps over a query-density fingerprint of a long recording and
 * matches each window: the unit of work behind "what occurs inside this set" and "same recording".
 */
final class WindowScanner {
    static final double WINDOW_SECONDS = 10;
    static final double STEP_SECONDS = 5;

    /** One matched window: its start in the long recording and its best match. */
    record WindowMatch(double startSeconds, double endSeconds, Match match) {
        /** Reference time aligned with long-recording time t (the matchers keep absolute frames). */
        double referenceTimeAt(double t) {
            return match.offsetSeconds() + match.stretch() * t;
        }
    }

    private WindowScanner() {
    }

    static int windowCount(double seconds) {
        return Math.max(1, (int) Math.ceil(Math.max(0, seconds - WINDOW_SECONDS) / STEP_SECONDS) + 1);
    }

    static List<WindowMatch> scan(Matcher matcher, Fingerprints recording, Set<Engine> engines) {
        List<WindowMatch> out = new ArrayList<>();
        int windows = windowCount(recording.seconds());
        for (int w = 0; w < windows; w++) {
            double start = w * STEP_SECONDS;
            double end = Math.min(recording.seconds(), start + WINDOW_SECONDS);
            Fingerprints slice = slice(recording, start, end);
            Optional<Match> m = matcher.best(slice, engines);
            m.ifPresent(match -> out.add(new WindowMatch(start, end, match)));
        }
        return out;
    }

    private static Fingerprints slice(Fingerprints fp, double start, double end) {
        java.util.Map<Engine, Fingerprint> sliced = new java.util.EnumMap<>(Engine.class);
        int from = (int) Math.round(start / SpectralFrontEnd.FRAME_SECONDS);
        int to = (int) Math.round(end / SpectralFrontEnd.FRAME_SECONDS);
        fp.byEngine().forEach((e, f) -> sliced.put(e, f.slice(from, to, end - start)));
        return new Fingerprints(sliced, end - start);
    }
}
