package phaze.audio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import phaze.audio.analysis.RealCorpus;

/**
 * The analysis benchmark of docs/benchmarks/analysis.md:
 * {@code AnalysisBenchMain speed|sinks|heap FILE|synthetic WORKDIR [aubio]|loudness|consistency WORKDIR|style WORKDIR}.
 */
public final class AnalysisBenchMain {
    private AnalysisBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "speed" -> SpeedBench.run(args.length > 1 ? List.of(args).subList(1, args.length).stream().map(Path::of)
                    .toList() : corpus());
            case "sinks" -> SinkBench.run(args.length > 1 ? List.of(args).subList(1, args.length).stream().map(Path::of)
                    .toList() : corpus().subList(0, 3));
            case "heap" -> HeapBench.run(Path.of(args[1]));
            case "synthetic" -> {
                SyntheticAccuracy.loudness();
                System.out.println();
                SyntheticAccuracy.tempo(Path.of(args[1]), args.length > 2 && args[2].equals("aubio"));
                System.out.println();
                SyntheticAccuracy.key();
            }
            case "loudness" -> RealAudioBench.loudness(corpus());
            case "style" -> StyleBench.run(corpus(), Path.of(args[1]));
            case "consistency" -> {
                Path work = Files.createDirectories(Path.of(args[1]));
                RealAudioBench.consistency(RealCorpus.tracks(1_500_000), work);
            }
            default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
        }
    }

    private static List<Path> corpus() throws Exception {
        try (Stream<Path> s = Files.list(RealCorpus.MUSIC)) { // orchestral only: comparable with earlier runs
            return s.filter(p -> p.toString().endsWith(".ogg")).sorted().toList();
        }
    }
}
