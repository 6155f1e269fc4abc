package phaze.audio.analysis;

import java.util.Random;

/**
 * Renders labelled test music: drum patterns at a known tempo and chord progressions in a known key,
 * with harmonic-rich tones (sawtooth-like partials) so that harmonics and bass behave as in real
 * productions, not as pure sines.
 */
public final class Synth {
    public static final int RATE = Signals.RATE;

    public enum Groove {
        /** kick on every beat, off-beat open hats, clap on 2 and 4: house and techno */
        FOUR_ON_THE_FLOOR,
        /** kick 1 and the and-of-3, snare 2 and 4, eighth hats: hip-hop */
        BOOM_BAP,
        /** two-step break: kick 1 and and-of-2, snare 2 and 4, sixteenth hats: drum and bass */
        TWO_STEP,
        /** a click on every beat, accent on 1 */
        CLICK
    }

    private Synth() {
    }

    public static float[] drums(Groove groove, double bpm, double seconds, long seed) {
        float[] out = new float[(int) (seconds * RATE)];
        Random r = new Random(seed);
        double beat = 60.0 / bpm;
        for (int b = 0; b * beat < seconds; b++) {
            double t = b * beat;
            int inBar = b % 4;
            switch (groove) {
                case CLICK -> click(out, t, inBar == 0 ? 0.8 : 0.5);
                case FOUR_ON_THE_FLOOR -> {
                    kick(out, t, 0.8);
                    hat(out, t + beat / 2, 0.25, 0.09, r);
                    if (inBar % 2 == 1) {
                        snare(out, t, 0.45, r);
                    }
                }
                case BOOM_BAP -> {
                    if (inBar == 0 || inBar == 2) {
                        kick(out, t, 0.8);
                    }
                    if (inBar == 2) {
                        kick(out, t + beat / 2, 0.6);
                    }
                    if (inBar % 2 == 1) {
                        snare(out, t, 0.6, r);
                    }
                    hat(out, t, 0.15, 0.03, r);
                    hat(out, t + beat / 2, 0.12, 0.03, r);
                }
                case TWO_STEP -> {
                    if (inBar == 0) {
                        kick(out, t, 0.8);
                    }
                    if (inBar == 1) {
                        kick(out, t + beat / 2, 0.7);
                    }
                    if (inBar % 2 == 1) {
                        snare(out, t, 0.65, r);
                    }
                    for (int s = 0; s < 4; s++) {
                        hat(out, t + s * beat / 4, s % 2 == 0 ? 0.12 : 0.07, 0.02, r);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A chord progression in {@code tonic} (0 = C) and mode, each chord {@code chordSeconds} long with
     * the root in the bass. Degrees are semitone offsets of chord roots; minor progressions use the
     * harmonic-minor dominant, as real songs do.
     */
    public static float[] progression(int tonic, boolean minor, int variant, double chordSeconds, double tuningCents,
                                      double seconds) {
        int[][] major = {{0, 5, 7, 0}, {0, 9, 5, 7}, {0, 7, 9, 5}};
        int[][] minorP = {{0, 5, 7, 0}, {0, 8, 3, 7}, {0, 5, 8, 7}};
        int[] roots = (minor ? minorP : major)[variant % 3];
        float[] out = new float[(int) (seconds * RATE)];
        int chords = (int) Math.ceil(seconds / chordSeconds);
        for (int c = 0; c < chords; c++) {
            int degree = roots[c % roots.length];
            int[] triad = triad(degree, minor);
            double start = c * chordSeconds;
            double length = Math.min(chordSeconds, seconds - start);
            int root = tonic + degree;
            tone(out, start, length, midiHz(36 + Math.floorMod(root, 12), tuningCents), 0.25, 6);
            for (int interval : triad) {
                tone(out, start, length, midiHz(60 + Math.floorMod(tonic + interval, 12), tuningCents), 0.12, 8);
            }
        }
        return out;
    }

    /** Chord tones above the key's tonic for the chord built on {@code degree}. */
    private static int[] triad(int degree, boolean minor) {
        int[] scale = minor ? new int[] {0, 2, 3, 5, 7, 8, 11} : new int[] {0, 2, 4, 5, 7, 9, 11};
        int idx = 0;
        for (int i = 0; i < scale.length; i++) {
            if (scale[i] == Math.floorMod(degree, 12)) {
                idx = i;
            }
        }
        if (minor && degree == 3) {
            return new int[] {3, 7, 10}; // relative major chord uses the natural seventh
        }
        return new int[] {scale[idx], scale[(idx + 2) % 7], scale[(idx + 4) % 7]};
    }

    public static double midiHz(int midi, double tuningCents) {
        return 440.0 * Math.pow(2, (midi - 69 + tuningCents / 100.0) / 12.0);
    }

    public static float[] mix(float[] a, float[] b, double gainB) {
        float[] out = a.clone();
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            out[i] += (float) (gainB * b[i]);
        }
        return out;
    }

    private static void tone(float[] out, double start, double length, double hz, double amp, int partials) {
        int s0 = (int) (start * RATE);
        int n = (int) (length * RATE);
        for (int h = 1; h <= partials && hz * h < RATE / 2.0; h++) {
            double a = amp / h;
            double w = 2 * Math.PI * hz * h / RATE;
            for (int i = 0; i < n && s0 + i < out.length; i++) {
                double env = Math.min(1, i / 200.0) * Math.min(1, (n - i) / 400.0);
                out[s0 + i] += (float) (a * env * Math.sin(w * i));
            }
        }
    }

    private static void kick(float[] out, double t, double amp) {
        int s0 = (int) (t * RATE);
        double phase = 0;
        for (int i = 0; i < RATE * 0.25 && s0 + i < out.length; i++) {
            double time = i / (double) RATE;
            double hz = 45 + 110 * Math.exp(-time * 30);
            phase += 2 * Math.PI * hz / RATE;
            out[s0 + i] += (float) (amp * Math.exp(-time * 12) * Math.sin(phase));
        }
    }

    private static void snare(float[] out, double t, double amp, Random r) {
        int s0 = (int) (t * RATE);
        for (int i = 0; i < RATE * 0.18 && s0 + i < out.length; i++) {
            double time = i / (double) RATE;
            double body = Math.sin(2 * Math.PI * 190 * time) * Math.exp(-time * 30);
            double noise = (2 * r.nextDouble() - 1) * Math.exp(-time * 20);
            out[s0 + i] += (float) (amp * (0.4 * body + 0.6 * noise));
        }
    }

    private static void hat(float[] out, double t, double amp, double decaySeconds, Random r) {
        int s0 = (int) (t * RATE);
        double prev = 0;
        for (int i = 0; i < RATE * decaySeconds * 4 && s0 + i < out.length; i++) {
            double time = i / (double) RATE;
            double n = 2 * r.nextDouble() - 1;
            double hp = n - prev; // crude high-pass: hats live above the kick and snare
            prev = n;
            out[s0 + i] += (float) (amp * 0.5 * hp * Math.exp(-time / decaySeconds));
        }
    }

    private static void click(float[] out, double t, double amp) {
        int s0 = (int) (t * RATE);
        for (int i = 0; i < RATE * 0.015 && s0 + i < out.length; i++) {
            out[s0 + i] += (float) (amp * Math.sin(2 * Math.PI * 1000 * i / RATE) * (1 - i / (RATE * 0.015)));
        }
    }
}
