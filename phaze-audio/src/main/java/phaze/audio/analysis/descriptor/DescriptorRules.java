package phaze.audio.analysis.descriptor;

import java.util.List;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.analysis.key.Mode;
import phaze.audio.analysis.tempo.TempoEstimate;

/**
 * The rules behind {@link Descriptors}; deliberately simple and explainable rather than learned, so
 * that a reviewer can reproduce a label from the numbers shown next to it.
 *
 * <ul>
 *   <li>energy = 1 for digital silence, else 1 + round(9 * (0.5 L + 0.3 P + 0.2 B)), with L = loudness mapped from -30..-8 LUFS
 *       to 0..1, P = mean onset strength mapped from 0..{@value #ONSET_FULL} to 0..1, B = brightness
 *       mapped from 0..{@value #BRIGHTNESS_FULL} to 0..1</li>
 *   <li>danceability = min(1, tempo confidence / {@value #CLEAR_PULSE}) * tempo fit, the fit being 1
 *       from 90 to 140 BPM and falling linearly to 0.4 at 60 and 180 BPM</li>
 *   <li>mood: energetic if energy >= 7; relaxed if energy <= 3; otherwise dark if the key is minor or
 *       brightness < 0.25, bright if the key is major and brightness >= 0.25; neutral with no clear key</li>
 * </ul>
 */
public final class DescriptorRules {
    static final double ONSET_FULL = 6.0;
    static final double BRIGHTNESS_FULL = 0.5;
    static final double CLEAR_PULSE = 0.5;

    private DescriptorRules() {
    }

    public static int energy(double lufs, double meanOnset, double brightness) {
        if (!Double.isFinite(lufs)) {
            return 1; // nothing passed the -70 LUFS gate: dither or hiss must not read as energy
        }
        double l = clamp((lufs + 30) / 22);
        double p = clamp(meanOnset / ONSET_FULL);
        double b = clamp(brightness / BRIGHTNESS_FULL);
        return 1 + (int) Math.round(9 * (0.5 * l + 0.3 * p + 0.2 * b));
    }

    public static double danceability(TempoEstimate tempo) {
        if (!tempo.isKnown()) {
            return 0;
        }
        double bpm = tempo.bpm();
        double fit;
        if (bpm >= 90 && bpm <= 140) {
            fit = 1;
        } else if (bpm < 90) {
            fit = Math.max(0.4, 1 - 0.6 * (90 - bpm) / 30);
        } else {
            fit = Math.max(0.4, 1 - 0.6 * (bpm - 140) / 40);
        }
        return round2(clamp(tempo.confidence() / CLEAR_PULSE) * fit);
    }

    public static Mood mood(int energy, double brightness, KeyEstimate key) {
        if (energy >= 7) {
            return new Mood(Mood.MoodLabel.ENERGETIC, "energy " + energy + " >= 7");
        }
        if (energy <= 3) {
            return new Mood(Mood.MoodLabel.RELAXED, "energy " + energy + " <= 3");
        }
        String b = String.format(java.util.Locale.ROOT, "%.2f", brightness);
        boolean minor = key.isClear() && key.key().mode() == Mode.MINOR;
        if (minor || brightness < 0.25) {
            return new Mood(Mood.MoodLabel.DARK, minor ? "energy " + energy + ", minor key " + key.key()
                    : "energy " + energy + ", brightness " + b + " < 0.25");
        }
        if (key.isClear()) {
            return new Mood(Mood.MoodLabel.BRIGHT, "energy " + energy + ", major key " + key.key()
                    + ", brightness " + b + " >= 0.25");
        }
        return new Mood(Mood.MoodLabel.NEUTRAL, "energy " + energy + ", no clear key, brightness " + b);
    }

    public static Descriptors describe(double lufs, double lra, double meanOnset, double brightness,
                                       TempoEstimate tempo, KeyEstimate key) {
        int energy = energy(lufs, meanOnset, brightness);
        return new Descriptors(energy, danceability(tempo), round2(brightness), Math.round(lra * 10) / 10.0,
                mood(energy, brightness, key), List.of());
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
