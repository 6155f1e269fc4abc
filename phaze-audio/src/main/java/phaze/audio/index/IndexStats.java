package phaze.audio.index;

import java.util.Map;
import phaze.audio.fingerprint.Engine;

/** Size of an index: live references, their audio, postings per engine, bytes on disk. */
public record IndexStats(int references, double seconds, Map<Engine, Long> postings, long bytes) {
    public IndexStats {
        postings = Map.copyOf(postings);
    }

    public double bytesPerHour() {
        return seconds == 0 ? 0 : bytes / (seconds / 3600.0);
    }
}
