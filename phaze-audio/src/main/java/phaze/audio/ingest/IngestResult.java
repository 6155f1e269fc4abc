package phaze.audio.ingest;

import java.nio.file.Path;
import phaze.audio.analysis.AnalysisResult;
import phaze.audio.analysis.AudioPayloadHash;
import phaze.audio.decode.AudioProbe;
import phaze.audio.fingerprint.Fingerprints;

/**
 * Everything one decode of a file yields: what the file holds, the audio-payload hash, the musical
 * analysis and the fingerprints of the engines that were asked for (none: an empty map).
 */
public record IngestResult(Path file, AudioProbe probe, AudioPayloadHash payloadHash, AnalysisResult analysis,
                           Fingerprints fingerprints) {
}
