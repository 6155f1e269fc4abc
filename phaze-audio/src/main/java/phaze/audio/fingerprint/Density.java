package phaze.audio.fingerprint;

/**
 * How many hashes an extractor emits. The index stores sparse hashes to stay compact; a query
 * extracts denser ones, so even a noisy excerpt shares enough hashes with its reference.
 */
public enum Density {
    INDEX,
    QUERY
}
