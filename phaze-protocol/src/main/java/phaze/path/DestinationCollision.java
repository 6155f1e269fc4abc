package phaze.path;

import java.util.List;

/**
 * Two or more claimants (proposal ids, or "existing file") want the same destination.
 *
 * @param destination the destination as the first claimant wrote it
 * @param claimants   every claimant, in the order they claimed
 */
public record DestinationCollision(String destination, List<String> claimants) {

    public DestinationCollision {
        claimants = List.copyOf(claimants);
    }

    public String message() {
        return "Destination '" + destination + "' is claimed by " + String.join(", ", claimants)
                + ": edit one of them so each file gets its own name.";
    }
}
