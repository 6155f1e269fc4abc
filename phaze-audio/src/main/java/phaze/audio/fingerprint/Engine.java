package phaze.audio.fingerprint;

/**
 * The two fingerprint engines. Each defines how many hash bits it produces and how many bits of a
 * point (time and engine data, without the reference id) it stores per hash, which together fix
 * the compact posting layout of the index.
 */
public enum Engine {
    /** Spectral peak pairs after Wang (2003): exact tempo and pitch, robust to codecs, noise, cropping. */
    LANDMARK("landmark", 23, 24, 0),
    /** Event-point triplets on a log-frequency axis after Six &amp; Leman (2014): survives tempo, pitch and speed changes. */
    ROBUST("robust", 25, 37, 15);

    private final String cliName;
    private final int hashBits;
    private final int pointBits;
    private final int frameShift;

    Engine(String cliName, int hashBits, int pointBits, int frameShift) {
        this.cliName = cliName;
        this.hashBits = hashBits;
        this.pointBits = pointBits;
        this.frameShift = frameShift;
    }

    public String cliName() {
        return cliName;
    }

    public int hashBits() {
        return hashBits;
    }

    public int pointBits() {
        return pointBits;
    }

    /** Bits of engine data below the frame in a point (robust: anchor pitch and triplet span). */
    public int frameShift() {
        return frameShift;
    }

    public static Engine fromCliName(String name) {
        for (Engine e : values()) {
            if (e.cliName.equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + name + "' (expected landmark or robust)");
    }
}
