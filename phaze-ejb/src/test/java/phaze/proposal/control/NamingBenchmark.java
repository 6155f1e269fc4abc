package phaze.proposal.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures the rules engine in files per second over generated messy names (not a unit test: timing
 * on a shared machine would make a flaky test). Run:
 * <pre>
 * mvn -q -B -f phaze-ejb/pom.xml test-compile exec:java \
 *     -Dexec.mainClass=phaze.proposal.control.NamingBenchmark -Dexec.classpathScope=test [-Dexec.args=100000]
 * </pre>
 * Results go to docs/benchmarks/naming.md.
 */
public final class NamingBenchmark {

    private static final String[] ARTISTS = {"Adam Beyer", "dj_xyz", "Charlotte de Witte", "AMELIE LENS", "Bicep",
            "Sven V\u00e4th", "Ricardo Villalobos", "Beyonc\u00c3\u00a9", "Four Tet", "Armin van Buuren", "\u5742\u672c\u9f8d\u4e00"};
    private static final String[] EVENTS = {"Tomorrowland", "ultra", "Awakenings Festival", "Time Warp", "Berghain",
            "Boiler Room Berlin", "Essential Mix", "A State Of Trance", "Space Closing Fiesta", "Rex Club Paris"};
    private static final String[] STAGES = {"", " Mainstage", " (Area V)", " Sahara Stage Day 1", " Weekend 2"};
    private static final String[] GROUPS = {"TALiON", "OMA", "talion", "JUSTiFY"};
    private static final String[] TITLES = {"Atlas", "Glue", "Apricots", "Space Oddity", "Hoppipolla"};

    private NamingBenchmark() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<ProposalEvidence> evidence = generate(count, new Random(42));
        RuleProposalEngine engine = new RuleProposalEngine();
        run(engine, evidence.subList(0, Math.min(20_000, count)));
        long checksum = 0;
        long start = System.nanoTime();
        checksum += run(engine, evidence);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("rules engine: %,d files in %.2f s = %,.0f files/s (1 thread, checksum %d)%n",
                count, seconds, count / seconds, checksum);
    }

    private static long run(RuleProposalEngine engine, List<ProposalEvidence> evidence) {
        long checksum = 0;
        for (ProposalEvidence e : evidence) {
            checksum += engine.propose(e).relativePath().length();
        }
        return checksum;
    }

    /** A mix like a real archive: scene sets, human-named sets, tagged album tracks, etree, junk. */
    static List<ProposalEvidence> generate(int count, Random random) {
        List<ProposalEvidence> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String artist = pick(ARTISTS, random);
            String event = pick(EVENTS, random);
            int year = 1995 + random.nextInt(30);
            String date = String.format("%02d-%02d-%d", 1 + random.nextInt(12), 1 + random.nextInt(28), year);
            out.add(switch (i % 6) {
                case 0 -> ProposalEvidence.of("incoming/" + (artist + "_-_Live_at_" + event + pick(STAGES, random))
                        .replace(' ', '_') + "-SAT-" + date + "-" + pick(GROUPS, random) + ".mp3").withDuration(7200);
                case 1 -> ProposalEvidence.of("sets/" + artist + " - Live @ " + event + pick(STAGES, random) + " "
                        + year + "." + String.format("%02d", 1 + random.nextInt(12)) + ".xx.flac").withDuration(5400);
                case 2 -> ProposalEvidence.of("x/" + (1 + random.nextInt(12)) + " - " + pick(TITLES, random) + ".flac")
                        .withTags(Map.of("artist", artist, "title", pick(TITLES, random), "album", "Album " + i % 97,
                                "tracknumber", String.valueOf(1 + random.nextInt(12)))).withDuration(240);
                case 3 -> ProposalEvidence.of("gd" + year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9)
                        + ".sbd.flac16/gd" + (year % 100) + "-01-1" + random.nextInt(9) + "d1t0" + (1 + random.nextInt(9)) + ".flac");
                case 4 -> ProposalEvidence.of(artist + "/Album " + i % 31 + "/0" + (1 + random.nextInt(9)) + " - "
                        + pick(TITLES, random) + ".mp3").withDuration(200);
                default -> ProposalEvidence.of("incoming/REC_" + i + ".wav");
            });
        }
        return out;
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
