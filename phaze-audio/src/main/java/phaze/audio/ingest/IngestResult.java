package phaze.audio.ingest;

import java.nio.file.Path;
import java.util.Map;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.AudioPayloadHash;
import phaze.audio.decode.AudioProbe;

/**
 * Everything one decode of a file yields: what ffprobe said, the audio-payload hash, the musical
 * analysis, and each fingerprint engine's result keyed by {@link FingerprintStage#name()}.
 */
public record IngestResult(Path file, AudioProbe probe, AudioPayloadHash payloadHash, AnalysisResult analysis,
                           Map<String, Object> fingerprints) {
    public IngestResult {
        fingerprints = Map.copyOf(fingerprints);
    }

    /** The result of one fingerprint engine, typed; empty when that engine was not configured. */
    public <T> java.util.Optional<T> fingerprint(String stage, Class<T> type) {
        return java.util.Optional.ofNullable(fingerprints.get(stage)).map(type::cast);
    }
}
