package phaze.protocol.agent;

/** One leased item's result inside a batch ({@code POST work/results}). */
public record ItemResult(long id, WorkResult result) {
}
