package phaze.protocol.agent;

/** One library root as the agent sees it; {@code problem} says why it is not readable. */
public record RootHealth(String path, boolean readable, String problem) {
}
