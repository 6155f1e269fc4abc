package phaze.proposal.control;

/**
 * What the ANALYZE stage found, when it has run. The rules do not name files after it yet, but the
 * LLM path and the reviewer see it as evidence.
 *
 * @param bpm tempo in beats per minute, or 0 when unknown
 * @param key musical key such as "A minor" or "8A", or null
 */
public record AudioAnalysis(double bpm, String key) {
}
