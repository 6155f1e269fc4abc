package phaze.audio.analysis;

/**
 * Identity of the decoded audio, independent of tags and container: equal for two files whose
 * decoded sound is sample-identical. One of the three duplicate levels (bytes, payload, recording).
 *
 * @param algorithm names the canonical form that was hashed, see {@link PayloadHasher#ALGORITHM}
 * @param hex       lower-case hex digest
 */
public record AudioPayloadHash(String algorithm, String hex) {
    @Override
    public String toString() {
        return algorithm + ":" + hex;
    }
}
