package phaze.path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds destinations claimed twice within one library root: by two proposals, or by a proposal and
 * an existing file. Names are compared the way the volume compares them ({@link VolumeCase}).
 * Not thread-safe; build one per check.
 */
public final class DestinationClaims {

    private final VolumeCase volumeCase;
    private final Map<String, List<String>> claimantsByKey = new LinkedHashMap<>();
    private final Map<String, String> firstSpelling = new LinkedHashMap<>();

    public DestinationClaims(VolumeCase volumeCase) {
        this.volumeCase = volumeCase;
    }

    /**
     * Records a claim and returns the earlier claimant of the same destination, if any.
     *
     * @param claimant     e.g. a proposal id
     * @param relativePath '/'-separated destination relative to the library root
     */
    public Optional<String> claim(String claimant, String relativePath) {
        String key = volumeCase.key(relativePath);
        List<String> claimants = claimantsByKey.computeIfAbsent(key, k -> new ArrayList<>());
        firstSpelling.putIfAbsent(key, relativePath);
        Optional<String> earlier = claimants.isEmpty() ? Optional.empty() : Optional.of(claimants.get(0));
        claimants.add(claimant);
        return earlier;
    }

    /** True when the destination is already claimed (without claiming it). */
    public boolean isClaimed(String relativePath) {
        return claimantsByKey.containsKey(volumeCase.key(relativePath));
    }

    /** Every destination with more than one claimant. */
    public List<DestinationCollision> collisions() {
        List<DestinationCollision> collisions = new ArrayList<>();
        claimantsByKey.forEach((key, claimants) -> {
            if (claimants.size() > 1) {
                collisions.add(new DestinationCollision(firstSpelling.get(key), claimants));
            }
        });
        return collisions;
    }

    /** Convenience for a whole set at once: claimant id to destination. */
    public static List<DestinationCollision> find(Map<String, String> destinationsByClaimant, VolumeCase volumeCase) {
        DestinationClaims claims = new DestinationClaims(volumeCase);
        destinationsByClaimant.forEach(claims::claim);
        return claims.collisions();
    }
}
