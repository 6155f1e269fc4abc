package phaze.audio.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.RealCorpus;
import phaze.audio.decode.AudioDecoder;
import phaze.audio.fingerprint.Density;
import phaze.audio.ingest.AudioIngest;

/**
 * On every track of the real corpus: integrated loudness and LRA against ffmpeg's ebur128 filter
 * (an independent BS.1770 implementation, at the file's native rate), and tempo/key consistency
 * under tempo +-5 % and pitch +1/-2 semitones, optionally also for aubio.
 */
final class RealAudioBench {
    private RealAudioBench() {
    }

    static void loudness(List<Path> files) throws Exception {
        AudioIngest ingest = new AudioIngest(new AudioDecoder(), Set.of(), Density.INDEX);
        int within = 0, n = 0;
        double worst = 0;
        System.out.println("| file | ffmpeg ebur128 I | Phaze I | diff LU | ffmpeg LRA | Phaze LRA |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Path f : files) {
            double[] ref = ebur128(f);
            AnalysisResult r = ingest.ingest(f).analysis();
            double lufs = r.loudness().integratedLufs();
            if (!Double.isFinite(lufs) || Double.isNaN(ref[0])) {
                continue;
            }
            double diff = lufs - ref[0];
            worst = Math.max(worst, Math.abs(diff));
            within += Math.abs(diff) <= 0.5 ? 1 : 0;
            n++;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %+.2f | %.1f | %.1f |%n", f.getFileName(), ref[0], lufs,
                    diff, ref[1], r.loudness().loudnessRangeLu());
        }
        System.out.printf(Locale.ROOT, "%nintegrated loudness within 0.5 LU of ffmpeg ebur128: %s, worst %.2f LU%n",
                SyntheticAccuracy.pct(within, n), worst);
    }

    static void consistency(List<Path> tracks, Path work) throws Exception {
        AudioIngest ingest = new AudioIngest(new AudioDecoder(), Set.of(), Density.INDEX);
        String[] filters = {null, RealCorpus.tempo(1.05), RealCorpus.tempo(0.95), RealCorpus.pitch(1), RealCorpus.pitch(-2)};
        int tempoOk = 0, tempoN = 0, reliableOk = 0, reliableN = 0, keyOk = 0, keyN = 0;
        java.util.Map<String, int[]> perPackage = new java.util.TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (Path track : tracks) {
            String pkg = track.startsWith(RealCorpus.BEAT_MUSIC) ? RealCorpus.BEAT_PACKAGE : RealCorpus.ORCHESTRAL_PACKAGE;
            int[] tally = perPackage.computeIfAbsent(pkg, k -> new int[3]);
            AnalysisResult[] r = new AnalysisResult[filters.length];
            for (int i = 0; i < filters.length; i++) {
                Path x = RealCorpus.excerpt(track, 30, 60, filters[i], "c" + i, work);
                r[i] = ingest.ingest(x).analysis();
                java.nio.file.Files.delete(x);
            }
            boolean reliable = r[0].tempo().isReliable();
            tally[2] += reliable ? 1 : 0;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %.1f (%.2f) |",
                    RealCorpus.name(track), r[0].tempo().bpm(), r[0].tempo().confidence()));
            for (int i = 1; i <= 2; i++) {
                double want = i == 1 ? 1.05 : 0.95;
                boolean ok = SyntheticAccuracy.within(r[i].tempo().bpm() / r[0].tempo().bpm(), want);
                tempoOk += ok ? 1 : 0;
                tempoN++;
                tally[0] += ok ? 1 : 0;
                tally[1]++;
                reliableOk += ok && reliable ? 1 : 0;
                reliableN += reliable ? 1 : 0;
                line.append(String.format(Locale.ROOT, " %.1f %s |", r[i].tempo().bpm(), ok ? "ok" : "**miss**"));
            }
            line.append(" ").append(r[0].key().key()).append(String.format(Locale.ROOT, " (%.2f) |",
                    r[0].key().confidence()));
            int[] shift = {0, 0, 0, 1, -2};
            for (int i = 3; i <= 4; i++) {
                boolean ok = r[0].key().key() != null && r[0].key().key().transpose(shift[i]).equals(r[i].key().key());
                keyOk += ok ? 1 : 0;
                keyN++;
                line.append(" ").append(r[i].key().key()).append(ok ? " ok |" : " **miss** |");
            }
            lines.add(line.toString());
        }
        System.out.println("| track (60 s from 0:30) | BPM (confidence) | +5 % | -5 % | key (confidence) | +1 st | -2 st |");
        System.out.println("|---|---:|---:|---:|---|---|---|");
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%ntempo follows +-5 %%: %s of all; %s where confidence >= 0.08%n",
                SyntheticAccuracy.pct(tempoOk, tempoN), SyntheticAccuracy.pct(reliableOk, reliableN));
        perPackage.forEach((pkg, t) -> System.out.printf(Locale.ROOT, "  %s: %s, %d of %d tracks with a detectable beat%n",
                pkg, SyntheticAccuracy.pct(t[0], t[1]), t[2], t[1] / 2));
        System.out.printf(Locale.ROOT, "key follows +1/-2 semitones: %s%n", SyntheticAccuracy.pct(keyOk, keyN));
    }

    /** Integrated loudness and LRA from ffmpeg's ebur128 summary. */
    static double[] ebur128(Path f) throws Exception {
        Process p = new ProcessBuilder("ffmpeg", "-nostdin", "-hide_banner", "-i", f.toString(), "-af",
                "ebur128=framelog=verbose", "-f", "null", "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(120, TimeUnit.SECONDS);
        double i = Double.NaN, lra = Double.NaN;
        int summary = out.lastIndexOf("Summary:");
        for (String line : out.substring(Math.max(0, summary)).split("\n")) {
            String t = line.trim();
            if (t.startsWith("I:")) {
                i = Double.parseDouble(t.split("\\s+")[1]);
            } else if (t.startsWith("LRA:")) {
                lra = Double.parseDouble(t.split("\\s+")[1]);
            }
        }
        return new double[] {i, lra};
    }
}
