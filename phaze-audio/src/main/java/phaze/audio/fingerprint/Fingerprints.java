package phaze.audio.fingerprint;

import java.util.EnumMap;
import java.util.Map;

/** Every engine's fingerprint of one recording from one decode. */
public record Fingerprints(Map<Engine, Fingerprint> byEngine, double seconds) {
    public Fingerprints {
        byEngine = Map.copyOf(byEngine.isEmpty() ? new EnumMap<>(Engine.class) : new EnumMap<>(byEngine));
    }

    public Fingerprint get(Engine engine) {
        Fingerprint f = byEngine.get(engine);
        if (f == null) {
            throw new IllegalArgumentException("no " + engine.cliName() + " fingerprint was extracted");
        }
        return f;
    }
}
