package phaze.agent.execution;

/** One file to move: paths relative to the root, '/'-separated, NFC; the bytes it was approved with. */
public record FileMove(String source, String destination, String sha256, long size) {
}
