package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaperNameTest {

    @Test
    void readsEtreeFilesetAndTrackNames() {
        TaperName fileset = TaperName.parse("gd1969-01-25.sbd.kaplan.7923.sbeok.flac24").orElseThrow();
        assertEquals("gd", fileset.bandCode());
        assertEquals("1969.01.25", fileset.date().format());
        assertEquals(Optional.of("Grateful Dead"), fileset.band());
        TaperName track = TaperName.parse("gd69-01-25d1t01").orElseThrow();
        assertEquals("1969.01.25", track.date().format());
        assertEquals("Phish", TaperName.parse("ph97-11-22d2t03").orElseThrow().band().orElseThrow());
        assertEquals("STS9", TaperName.parse("sts92001-05-05.sbd.flac16").orElseThrow().band().orElseThrow());
    }

    @Test
    void ordinaryNamesAreNotTaperNames() {
        assertTrue(TaperName.parse("Bicep - 01 - Atlas").isEmpty());
        assertTrue(TaperName.parse("Phish 1997-11-22 Hampton").isEmpty());
        assertTrue(TaperName.parse("gd1969-13-25.sbd").isEmpty());
    }

    @Test
    void theEngineKeepsTaperNamesExactly() {
        ProposalDraft draft = new RuleProposalEngine().propose(
                ProposalEvidence.of("incoming/gd1969-01-25.sbd.kaplan.7923.sbeok.flac24/gd69-01-25d1t01.flac"));
        assertEquals("gd69-01-25d1t01.flac", draft.fileName());
        assertEquals("performances/concerts/Grateful Dead 1969/gd1969-01-25.sbd.kaplan.7923.sbeok.flac24", draft.folder());
        assertEquals(Provenance.KEPT, draft.provenance().get(NameField.TAPER_NAME));
        assertEquals(RecordingKind.TAPER_RECORDING, draft.kind());
    }
}
