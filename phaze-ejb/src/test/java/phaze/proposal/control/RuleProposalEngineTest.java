package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import phaze.path.PathLegalizer;
import phaze.path.PathLimits;
import phaze.path.PathValidator;

class RuleProposalEngineTest {

    private final RuleProposalEngine engine = new RuleProposalEngine();

    @Test
    void everyDraftPassesThroughTheLegalizerItWasGiven() {
        String root = "/srv/" + "r".repeat(900);
        PathLimits limits = PathLimits.underRoot(root);
        RuleProposalEngine tight = new RuleProposalEngine(NamingLayout.defaults(), DateConventions.NONE,
                new PathLegalizer(limits));
        ProposalDraft draft = tight.propose(ProposalEvidence.of("x/a.flac").withTags(Map.of(
                "artist", "A".repeat(120), "album", "B".repeat(120), "title", "C: " + "d".repeat(200), "tracknumber", "1")));
        assertEquals(List.of(), new PathValidator(limits).check(draft.relativePath()));
        assertTrue(draft.relativePath().getBytes(StandardCharsets.UTF_8).length <= limits.maxTotalBytes());
        assertTrue(draft.fileName().endsWith(".flac"));
        assertTrue(draft.reasoning().contains("Adjusted to be a legal path"), draft.reasoning());
    }

    @Test
    void tagsAndNameAgreeingGiveBulkApprovableConfidence() {
        ProposalDraft draft = engine.propose(ProposalEvidence.of("Bicep - 01 - Atlas.flac").withTags(Map.of(
                "artist", "Bicep", "title", "Atlas", "album", "Isles", "tracknumber", "1")));
        assertTrue(draft.bulkApprovable(), () -> draft.confidence() + " " + draft.reasoning());
        assertEquals(Provenance.TAG, draft.provenance().get(NameField.ARTIST));
        assertTrue(draft.reasoning().contains("confirmed by a second source"), draft.reasoning());
    }

    @Test
    void aNameAloneIsNeverBulkApprovable() {
        ProposalDraft draft = engine.propose(ProposalEvidence.of(
                "Disclosure - Live @ Coachella Sahara Stage Day 1 2024.04.12.mp3").withDuration(3600));
        assertTrue(draft.confidence() >= 0.8 && draft.confidence() < ProposalDraft.BULK_APPROVAL, () -> "" + draft.confidence());
        assertEquals(Provenance.FILENAME, draft.provenance().get(NameField.ARTIST));
    }

    @Test
    void disagreementBetweenTagAndNameLowersConfidenceAndSaysSo() {
        ProposalDraft draft = engine.propose(ProposalEvidence.of("Disclosure - Live @ Coachella 2024.04.12.mp3")
                .withTags(Map.of("artist", "Fisher")).withDuration(3600));
        assertTrue(draft.fileName().startsWith("Fisher - "), draft.fileName());
        assertTrue(draft.reasoning().contains("the file name says artist 'Disclosure' but the tag says 'Fisher'"),
                draft.reasoning());
        assertTrue(draft.confidence() < ProposalDraft.BULK_APPROVAL);
    }

    @Test
    void aTracklistOutranksTheFileName() {
        ProposalDraft draft = engine.propose(ProposalEvidence.of("incoming/recording 7.mp3").withDuration(7200)
                .withTracklist(new TracklistHint("Amelie Lens", "Awakenings Festival", "2019-06-29",
                        "https://www.1001tracklists.com/tracklist/x")));
        assertEquals("performances/festivals/Awakenings 2019/Amelie Lens - Live @ Awakenings 2019.06.29.mp3",
                draft.relativePath());
        assertEquals(Provenance.TRACKLIST, draft.provenance().get(NameField.ARTIST));
    }

    @Test
    void unsureFilesStayInPlaceWithLowConfidence() {
        ProposalDraft draft = engine.propose(ProposalEvidence.of("incoming/untitled.mp3"));
        assertEquals("incoming/untitled.mp3", draft.relativePath());
        assertEquals(RecordingKind.UNKNOWN, draft.kind());
        assertTrue(draft.confidence() < 0.6);
    }

    @Test
    void longAlbumTracksStayTracks() {
        ProposalDraft draft = engine.propose(ProposalEvidence.of("x/01.flac").withDuration(1500).withTags(Map.of(
                "artist", "Godspeed You! Black Emperor", "title", "Storm", "album", "Lift Your Skinny Fists", "tracknumber", "1")));
        assertEquals(RecordingKind.ALBUM_TRACK, draft.kind());
    }

    @Test
    void theExtensionNeverChangesEvenItsCase() {
        ProposalDraft draft = engine.propose(ProposalEvidence.of("Bicep - Glue.MP3"));
        assertEquals("Bicep - Glue.MP3", draft.fileName());
    }
}
