package phaze.protocol.agent;

/** The agent asks for at most {@code max} work items. */
public record LeaseRequest(int max) {
}
