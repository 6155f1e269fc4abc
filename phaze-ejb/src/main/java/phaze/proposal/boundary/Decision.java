package phaze.proposal.boundary;

/** A reviewer's decision on one proposal as it was drawn ({@code version} from the row they saw). */
public record Decision(long id, int version) {
}
