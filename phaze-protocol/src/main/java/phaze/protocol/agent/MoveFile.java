package phaze.protocol.agent;

/**
 * One file an execution moves: paths relative to the item's root, '/'-separated, NFC; the SHA-256
 * and size it must still have (else the move is refused as "changed since approval").
 */
public record MoveFile(String source, String destination, String sha256, long size) {
}
