package phaze.audio.analysis.style;

import java.util.List;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.key.Mode;
import phaze.audio.analysis.timeline.TimelineWindow;

/**
 * The input a style model receives: a fixed vector of values the one-pass analysis already computed,
 * so classification costs no second decode and no extra work in the stream. The ONNX input tensor's
 * name declares this contract ({@value #INPUT_NAME}); a new vector layout gets a new name, so an old
 * model can never be fed values it was not trained on.
 */
public final class StyleFeatures {
    public static final String INPUT_NAME = "phaze_descriptors_v1";

    /** In tensor order; unknown values (no pulse, no key, silence) are 0 so a model never sees NaN. */
    public static final List<String> NAMES = List.of(
            "bpm", "bpm_confidence", "bpm_alt", "key_mode", "key_confidence",
            "lufs", "lra", "true_peak_dbtp", "energy", "danceability", "brightness",
            "duration_s", "window_energy_stddev", "window_bpm_stddev");

    private StyleFeatures() {
    }

    public static float[] of(AnalysisResult a) {
        float[] v = new float[NAMES.size()];
        v[0] = known(a.tempo().bpm());
        v[1] = known(a.tempo().confidence());
        v[2] = known(a.tempo().alternativeBpm());
        // +1 major, -1 minor, 0 no clear key: the mode matters for style, the tonic does not
        v[3] = !a.key().isClear() ? 0 : a.key().key().mode() == Mode.MAJOR ? 1 : -1;
        v[4] = known(a.key().confidence());
        v[5] = a.loudness().isSilent() ? -70 : known(a.loudness().integratedLufs());
        v[6] = known(a.loudness().loudnessRangeLu());
        v[7] = a.loudness().isSilent() ? -70 : known(a.loudness().truePeakDbtp());
        v[8] = a.descriptors().energy();
        v[9] = known(a.descriptors().danceability());
        v[10] = known(a.descriptors().brightness());
        v[11] = known(a.durationSeconds());
        List<TimelineWindow> windows = a.timeline().windows();
        v[12] = stddev(windows.stream().mapToDouble(TimelineWindow::energy).toArray());
        v[13] = stddev(windows.stream().filter(w -> w.tempo().isReliable()).mapToDouble(w -> w.tempo().bpm()).toArray());
        return v;
    }

    private static float known(double x) {
        return Double.isFinite(x) ? (float) x : 0f;
    }

    private static float stddev(double[] x) {
        if (x.length < 2) {
            return 0f;
        }
        double mean = 0;
        for (double d : x) {
            mean += d;
        }
        mean /= x.length;
        double sq = 0;
        for (double d : x) {
            sq += (d - mean) * (d - mean);
        }
        return (float) Math.sqrt(sq / x.length);
    }
}
