package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import phaze.path.FileExtension;
import phaze.path.PathValidator;

/** Whatever the names and tags, every draft that leaves the engine is legal and keeps its extension. */
class RuleProposalEnginePropertyTest {

    private static final RuleProposalEngine ENGINE = new RuleProposalEngine();
    private static final PathValidator PATHS = new PathValidator();

    @Property(tries = 300)
    void draftsAreAlwaysLegal(@ForAll("stems") String stem, @ForAll("extensions") String extension,
                              @ForAll("stems") String artist, @ForAll("stems") String title,
                              @ForAll("durations") double duration) {
        String fileName = stem + "." + extension;
        Map<String, String> tags = new HashMap<>();
        tags.put("artist", artist);
        tags.put("title", title);
        ProposalEvidence evidence = ProposalEvidence.of("incoming/" + stem.replace('/', '_') + "/" + fileName.replace('/', '_'))
                .withTags(tags).withDuration(duration);
        ProposalDraft draft = ENGINE.propose(evidence);
        assertEquals(List.of(), PATHS.checkRename(evidence.fileName(), draft.relativePath()), draft::toString);
        assertEquals(evidence.extension(), FileExtension.of(draft.fileName()));
        assertTrue(draft.confidence() >= 0 && draft.confidence() <= 1);
        assertFalse(draft.reasoning().isBlank());
    }

    @Provide
    Arbitrary<String> stems() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(List.of(
                Tuple.of(20, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(4, Arbitraries.of((int) '_', (int) '-', (int) '@', (int) ' ', (int) '.', (int) '(', (int) ')')),
                Tuple.of(3, Arbitraries.of((int) '<', (int) ':', (int) '"', (int) '|', (int) '?', (int) '*', (int) '\\')),
                Tuple.of(2, Arbitraries.integers().between(0x00, 0x1F)),
                Tuple.of(3, Arbitraries.integers().between(0x0300, 0x036F)),
                Tuple.of(3, Arbitraries.integers().between(0x05D0, 0x05EA)),
                Tuple.of(3, Arbitraries.integers().between(0x00C0, 0x00FF)),
                Tuple.of(2, Arbitraries.integers().between(0x1F300, 0x1F64F)),
                Tuple.of(1, Arbitraries.of(0x202E, 0xFFFD, 0x2019))));
        Arbitrary<String> noise = codePoint.list().ofMaxSize(300).map(cps -> {
            StringBuilder text = new StringBuilder();
            cps.forEach(text::appendCodePoint);
            return text.toString();
        });
        Arbitrary<String> realistic = Arbitraries.of(
                "dj_xyz__ultra2019_mainstage-WEB-2019-talion", "Adam Beyer b2b Cirez D - Live @ Tomorrowland 2023.07.xx",
                "01 - Bicep - Atlas", "gd69-01-25d1t01", "CON", "..", "Carl_Cox-SAT-10-01-2015-TALiON");
        return Arbitraries.oneOf(noise, realistic);
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of("mp3", "flac", "FLAC", "m4a", "shn", "wav");
    }

    @Provide
    Arbitrary<Double> durations() {
        return Arbitraries.of(0.0, 200.0, 1500.0, 7200.0);
    }
}
