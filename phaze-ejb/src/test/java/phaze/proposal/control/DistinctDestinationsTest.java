package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import phaze.path.PathLegalizer;
import phaze.path.VolumeCase;

class DistinctDestinationsTest {

    private final RuleProposalEngine engine = new RuleProposalEngine();
    private final DistinctDestinations distinct = new DistinctDestinations(VolumeCase.INSENSITIVE, new PathLegalizer());

    private DistinctDestinations.Claim claim(String id, String path, Map<String, String> tags) {
        return new DistinctDestinations.Claim(id, path, engine.propose(ProposalEvidence.of(path).withTags(tags)));
    }

    @Test
    void laterClaimantsOfOneDestinationAreNumberedAndNeedReview() {
        Map<String, String> atlas = Map.of("artist", "Bicep", "title", "Atlas", "album", "Isles", "tracknumber", "1");
        List<DistinctDestinations.Claim> resolved = distinct.resolve(List.of(
                claim("f1", "a/01.flac", atlas), claim("f2", "b/01.flac", atlas), claim("f3", "c/atlas.flac", atlas)),
                List.of());
        assertEquals("music/Bicep/Isles/Bicep - 01 - Atlas.flac", resolved.get(0).draft().relativePath());
        assertEquals("music/Bicep/Isles/Bicep - 01 - Atlas (2).flac", resolved.get(1).draft().relativePath());
        assertEquals("music/Bicep/Isles/Bicep - 01 - Atlas (3).flac", resolved.get(2).draft().relativePath());
        assertFalse(resolved.get(1).draft().bulkApprovable());
        assertTrue(resolved.get(1).draft().reasoning().contains("check whether they are duplicates"));
    }

    @Test
    void existingFilesCountCaseInsensitively() {
        Map<String, String> atlas = Map.of("artist", "Bicep", "title", "Atlas", "album", "Isles", "tracknumber", "1");
        List<DistinctDestinations.Claim> resolved = distinct.resolve(List.of(claim("f1", "a/01.flac", atlas)),
                List.of("MUSIC/bicep/isles/bicep - 01 - atlas.flac"));
        assertEquals("Bicep - 01 - Atlas (2).flac", resolved.get(0).draft().fileName());
    }

    @Test
    void aFileDoesNotCollideWithItsOwnPlace() {
        DistinctDestinations.Claim keep = claim("f1", "music/Bicep/Isles/bicep - 01 - atlas.flac",
                Map.of("artist", "Bicep", "title", "Atlas", "album", "Isles", "tracknumber", "1"));
        List<DistinctDestinations.Claim> resolved = distinct.resolve(List.of(keep), List.of());
        assertSame(keep, resolved.get(0));
    }
}
