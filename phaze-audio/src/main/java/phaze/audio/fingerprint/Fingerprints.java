package phaze.audio.fingerprint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Every engine's fingerprint of one recording from one decode; {@link #byEngine} iterates in engine order. */
public record Fingerprints(Map<Engine, Fingerprint> byEngine, double seconds) {
    public Fingerprints {
        // an EnumMap, not Map.copyOf: that one's order changes from JVM to JVM, and so would every
        // encoding of equal fingerprints (FingerprintsCodec writes them in this order)
        EnumMap<Engine, Fingerprint> ordered = new EnumMap<>(Engine.class);
        ordered.putAll(byEngine);
        byEngine = Collections.unmodifiableMap(ordered);
    }

    public Fingerprint get(Engine engine) {
        Fingerprint f = byEngine.get(engine);
        if (f == null) {
            throw new IllegalArgumentException("no " + engine.cliName() + " fingerprint was extracted");
        }
        return f;
    }
}
