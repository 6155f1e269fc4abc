package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import phaze.path.PathLegalizer;

/** What an LLM or a reviewer suggests is made safe the same way as the rules' own drafts. */
class DraftLegalizerTest {

    private final DraftLegalizer drafts = new DraftLegalizer(new PathLegalizer());
    private final ProposalEvidence set = ProposalEvidence.of("incoming/set.mp3");

    @Test
    void traversalAttemptsStayInsideTheRoot() {
        ProposalDraft draft = drafts.legalize(set, "../../etc", "passwd", 0.9, "trust me", RecordingKind.UNKNOWN, Map.of());
        assertEquals("etc/passwd.mp3", draft.relativePath());
        assertTrue(draft.reasoning().endsWith("Adjusted to be a legal path on Linux, macOS and SMB."), draft.reasoning());
    }

    @Test
    void theFilesOwnExtensionIsKept() {
        ProposalDraft draft = drafts.legalize(set, "performances/artists/Fisher", "Fisher - Live @ EDC 2022.flac", 0.8,
                "from the LLM", RecordingKind.ARTIST_SET, Map.of());
        assertEquals("Fisher - Live @ EDC 2022.mp3", draft.fileName());
        assertTrue(draft.reasoning().contains("The extension stays .mp3 (suggested .flac)."), draft.reasoning());
    }

    @Test
    void confidenceIsClampedAndReasoningRequired() {
        assertEquals(1.0, drafts.legalize(set, "", "a", 7, "x", RecordingKind.UNKNOWN, Map.of()).confidence());
        assertEquals(0.0, drafts.legalize(set, "", "a", -1, "x", RecordingKind.UNKNOWN, Map.of()).confidence());
        ProposalDraft nan = drafts.legalize(set, "", "a", Double.NaN, " ", RecordingKind.UNKNOWN, Map.of());
        assertEquals(0.0, nan.confidence());
        assertEquals("No reasoning given.", nan.reasoning());
    }

    @Test
    void aLegalSuggestionIsTakenAsIs() {
        ProposalDraft draft = drafts.legalize(set, "music/Bicep", "Bicep - Glue", 0.5, "ok", RecordingKind.SINGLE_TRACK, Map.of());
        assertEquals("music/Bicep/Bicep - Glue.mp3", draft.relativePath());
        assertFalse(draft.reasoning().contains("Adjusted"));
    }
}
