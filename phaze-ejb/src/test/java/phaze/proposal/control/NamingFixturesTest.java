package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import phaze.path.PathValidator;

/** Runs naming/fixtures.tsv: realistic messy names and the proposal the rules must make for each. */
class NamingFixturesTest {

    private static final RuleProposalEngine ENGINE = new RuleProposalEngine();
    private static final PathValidator PATHS = new PathValidator();

    /** One line of the fixture file. */
    record Fixture(int line, ProposalEvidence evidence, String folder, String fileName, String band) {
        @Override
        public String toString() {
            return line + ": " + evidence.currentPath();
        }
    }

    static Stream<Arguments> fixtures() throws IOException {
        return load().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void proposesTheExpectedNameFolderAndConfidence(Fixture fixture) {
        ProposalDraft draft = ENGINE.propose(fixture.evidence());
        String context = fixture + " -> " + draft.relativePath() + " [" + draft.confidence() + "] " + draft.reasoning();
        assertAll(
                () -> assertEquals(fixture.folder(), draft.folder(), () -> "folder of " + context),
                () -> assertEquals(fixture.fileName(), draft.fileName(), () -> "file name of " + context),
                () -> assertEquals(fixture.band(), band(draft.confidence()), () -> "confidence band of " + context),
                () -> assertEquals(List.of(), PATHS.checkRename(fixture.evidence().fileName(), draft.relativePath()),
                        () -> "path safety of " + context),
                () -> assertTrue(!draft.reasoning().isBlank(), () -> "reasoning of " + context));
    }

    @Test
    void thereAreAtLeast150Fixtures() throws IOException {
        assertTrue(load().size() >= 150, "fixtures: " + load().size());
    }

    static String band(double confidence) {
        if (confidence >= ProposalDraft.BULK_APPROVAL) {
            return "H";
        }
        return confidence >= 0.6 ? "M" : "L";
    }

    static List<Fixture> load() throws IOException {
        List<Fixture> fixtures = new ArrayList<>();
        try (InputStream in = NamingFixturesTest.class.getResourceAsStream("/naming/fixtures.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                fixtures.add(parse(i + 1, lines[i].split("\t", -1)));
            }
        }
        return fixtures;
    }

    private static Fixture parse(int line, String[] columns) {
        if (columns.length != 7) {
            throw new IllegalArgumentException("fixtures.tsv line " + line + ": 7 tab-separated columns expected");
        }
        Map<String, String> tags = new HashMap<>();
        if (!columns[1].isEmpty()) {
            for (String pair : columns[1].split("\\|")) {
                String[] kv = pair.split("=", 2);
                tags.put(kv[0], kv[1]);
            }
        }
        ProposalEvidence evidence = ProposalEvidence.of(columns[0]).withTags(tags)
                .withDuration(Double.parseDouble(columns[2]));
        if (!columns[3].isEmpty()) {
            String[] companion = columns[3].split("::", 2);
            evidence = evidence.withCompanions(List.of(new CompanionText(companion[0], companion[1].replace("\\n", "\n"))));
        }
        return new Fixture(line, evidence, columns[4], columns[5], columns[6]);
    }
}
