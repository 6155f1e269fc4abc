package phaze.audio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.MusicAnalyzer;
import phaze.audio.analysis.Signals;
import phaze.audio.analysis.Synth;
import phaze.audio.analysis.Wav;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.analysis.key.Mode;
import phaze.audio.analysis.key.MusicalKey;
import phaze.audio.decode.PcmFormat;

/**
 * The labelled synthetic set: drum grooves with bass and chords at known tempos, chord progressions
 * in all 24 keys with detuning, and the EBU Tech 3341 loudness cases. Optionally the same tempo
 * files through {@code aubio tempo} (Debian aubio-tools) as the reference the issue quotes.
 */
final class SyntheticAccuracy {
    private SyntheticAccuracy() {
    }

    static AnalysisResult analyze(float[] mono) {
        MusicAnalyzer analyzer = new MusicAnalyzer(new PcmFormat(Signals.RATE, 2));
        Signals.stream(Signals.dualMono(mono), 2, analyzer);
        return analyzer.result();
    }

    static void tempo(Path work, boolean aubio) throws Exception {
        Files.createDirectories(work);
        record Case(Synth.Groove groove, double bpm) {
        }
        List<Case> cases = new ArrayList<>();
        for (double bpm : new double[] {90, 120, 128, 140, 174}) {
            cases.add(new Case(Synth.Groove.CLICK, bpm));
        }
        for (double bpm = 100; bpm <= 150; bpm += 2.5) {
            cases.add(new Case(Synth.Groove.FOUR_ON_THE_FLOOR, bpm));
        }
        for (double bpm = 80; bpm <= 100; bpm += 2.5) {
            cases.add(new Case(Synth.Groove.BOOM_BAP, bpm));
        }
        for (double bpm = 160; bpm <= 180; bpm += 2.5) {
            cases.add(new Case(Synth.Groove.TWO_STEP, bpm));
        }
        int ok = 0, okOctave = 0, aubioOk = 0, aubioOctave = 0, n = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            float[] music = Synth.mix(Synth.drums(c.groove(), c.bpm(), 40, n),
                    Synth.progression(n % 12, n % 2 == 1, n, 480 / c.bpm(), 0, 40), 0.5);
            double bpm = analyze(music).tempo().bpm();
            boolean hit = within(bpm, c.bpm());
            ok += hit ? 1 : 0;
            okOctave += hit || within(bpm * 2, c.bpm()) || within(bpm / 2, c.bpm()) ? 1 : 0;
            if (!hit) {
                misses.add(c.groove() + " " + c.bpm() + " -> " + bpm);
            }
            if (aubio) {
                double a = aubioTempo(Wav.write(work.resolve("t" + n + ".wav"), music, Synth.RATE, 1));
                aubioOk += within(a, c.bpm()) ? 1 : 0;
                aubioOctave += within(a, c.bpm()) || within(a * 2, c.bpm()) || within(a / 2, c.bpm()) ? 1 : 0;
            }
            n++;
        }
        System.out.printf(Locale.ROOT, "| tempo, %d drum/click tracks 80-180 BPM | Phaze | %s |%n", n,
                aubio ? "aubio tempo" : "(aubio not run)");
        System.out.println("|---|---:|---:|");
        System.out.printf(Locale.ROOT, "| BPM within 2 %% | %s | %s |%n", pct(ok, n), aubio ? pct(aubioOk, n) : "");
        System.out.printf(Locale.ROOT, "| within 2 %% allowing half/double | %s | %s |%n", pct(okOctave, n),
                aubio ? pct(aubioOctave, n) : "");
        System.out.println("misses: " + misses);
    }

    static void key() {
        double[] tunings = {0, 25, -35};
        int ok = 0, n = 0, unclear = 0;
        List<String> misses = new ArrayList<>();
        for (int tonic = 0; tonic < 12; tonic++) {
            for (boolean minor : new boolean[] {false, true}) {
                for (int variant = 0; variant < 3; variant++) {
                    double tuning = tunings[(tonic + variant) % 3];
                    float[] music = Synth.progression(tonic, minor, variant, 2, tuning, 16);
                    if (variant == 1) {
                        music = Synth.mix(music, Synth.drums(Synth.Groove.FOUR_ON_THE_FLOOR, 124, 16, tonic), 0.6);
                    }
                    KeyEstimate k = analyze(music).key();
                    MusicalKey want = new MusicalKey(tonic, minor ? Mode.MINOR : Mode.MAJOR);
                    boolean hit = want.equals(k.key()) && k.isClear();
                    unclear += k.isClear() ? 0 : 1;
                    ok += hit ? 1 : 0;
                    if (!hit) {
                        misses.add(want + " v" + variant + " " + tuning + "ct -> " + k.key());
                    }
                    n++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "| key, %d progressions (24 keys x 3 progressions, detuned 0/+25/-35 ct, "
                + "one third with drums) | exact: %s | no clear key: %d |%n", n, pct(ok, n), unclear);
        System.out.println("misses: " + misses);
    }

    static void loudness() {
        record Case(String name, double expected, float[] mono) {
        }
        List<Case> cases = List.of(
                new Case("Tech 3341 case 1: 1 kHz -23 dBFS", -23, Signals.sine(1000, -23, 20)),
                new Case("Tech 3341 case 2: 1 kHz -33 dBFS", -33, Signals.sine(1000, -33, 20)),
                new Case("Tech 3341 case 3: -36/-23/-36 dBFS", -23, Signals.concat(Signals.sine(1000, -36, 10),
                        Signals.sine(1000, -23, 60), Signals.sine(1000, -36, 10))),
                new Case("Tech 3341 case 4: -72/-36/-23/-36/-72", -23, Signals.concat(Signals.sine(1000, -72, 10),
                        Signals.sine(1000, -36, 10), Signals.sine(1000, -23, 60), Signals.sine(1000, -36, 10),
                        Signals.sine(1000, -72, 10))),
                new Case("Tech 3341 case 5: -26/-20/-26 dBFS", -23, Signals.concat(Signals.sine(1000, -26, 20),
                        Signals.sine(1000, -20, 20.1), Signals.sine(1000, -26, 20))));
        System.out.println("| EBU reference signal (stereo, analysed at 22050 Hz) | expected LUFS | Phaze LUFS | error LU |");
        System.out.println("|---|---:|---:|---:|");
        for (Case c : cases) {
            double lufs = analyze(c.mono()).loudness().integratedLufs();
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.2f |%n", c.name(), c.expected(), lufs,
                    lufs - c.expected());
        }
    }

    private static double aubioTempo(Path wav) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("aubio", "tempo", "-i", wav.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        for (String line : out.split("\n")) {
            if (line.trim().endsWith("bpm")) {
                return Double.parseDouble(line.trim().split("\\s+")[0]);
            }
        }
        return Double.NaN;
    }

    static boolean within(double found, double truth) {
        return Math.abs(found - truth) <= 0.02 * truth;
    }

    static String pct(int k, int n) {
        return String.format(Locale.ROOT, "%d/%d = %.1f %%", k, n, 100.0 * k / n);
    }
}
