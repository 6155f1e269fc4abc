package phaze.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DestinationClaimsTest {

    @Test
    void caseInsensitiveVolumesCollideOnCaseAndNormalisation() {
        Map<String, String> proposals = new LinkedHashMap<>();
        proposals.put("p1", "music/Bicep/Isles/Bicep - 01 - Atlas.flac");
        proposals.put("p2", "music/bicep/isles/BICEP - 01 - ATLAS.flac");
        proposals.put("p3", "music/Beyonce\u0301/a.flac");
        proposals.put("p4", "music/Beyonc\u00E9/a.flac");
        proposals.put("p5", "music/Other/a.flac");
        List<DestinationCollision> collisions = DestinationClaims.find(proposals, VolumeCase.INSENSITIVE);
        assertEquals(2, collisions.size());
        assertEquals(List.of("p1", "p2"), collisions.get(0).claimants());
        assertEquals(List.of("p3", "p4"), collisions.get(1).claimants());
        assertTrue(collisions.get(0).message().contains("claimed by p1, p2"));
    }

    @Test
    void caseSensitiveVolumesOnlyCollideOnTheSameNfcName() {
        Map<String, String> proposals = Map.of("p1", "a/B.mp3", "p2", "a/b.mp3");
        assertEquals(List.of(), DestinationClaims.find(proposals, VolumeCase.SENSITIVE));
    }

    @Test
    void existingFilesCountAsClaimants() {
        DestinationClaims claims = new DestinationClaims(VolumeCase.INSENSITIVE);
        claims.claim("existing file", "music/a.mp3");
        assertEquals(Optional.of("existing file"), claims.claim("p9", "music/A.mp3"));
        assertTrue(claims.isClaimed("MUSIC/a.mp3"));
    }
}
