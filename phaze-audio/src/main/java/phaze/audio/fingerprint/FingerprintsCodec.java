package phaze.audio.fingerprint;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * A compact binary form of {@link Fingerprints} (12 bytes per hash) for moving them between
 * processes: agent to controller, or an agent's cache on disk. Hashes are near-random, so there is
 * nothing for a general-purpose compressor to gain.
 */
public final class FingerprintsCodec {
    private static final int MAGIC = 0x50485a46; // "PHZF"
    /** 2: robust hashes carry the triplet's span class (25 bits); version-1 robust hashes mean something else. */
    private static final int VERSION = 2;
    /** A 24-hour recording at index density stays far below this; more means a corrupt stream. */
    private static final int MAX_HASHES = 200_000_000;

    private FingerprintsCodec() {
    }

    public static void write(Fingerprints fingerprints, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeDouble(fingerprints.seconds());
        data.writeInt(fingerprints.byEngine().size());
        for (Map.Entry<Engine, Fingerprint> e : fingerprints.byEngine().entrySet()) { // engine order
            Fingerprint f = e.getValue();
            data.writeUTF(e.getKey().name());
            data.writeDouble(f.seconds());
            data.writeInt(f.size());
            for (int h : f.hashes()) {
                data.writeInt(h);
            }
            for (long p : f.points()) {
                data.writeLong(p);
            }
        }
        data.flush();
    }

    public static Fingerprints read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Phaze fingerprint stream");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("fingerprint stream of version " + version + ", this Phaze reads version " + VERSION
                    + ": update the agent and fingerprint the file again");
        }
        double seconds = data.readDouble();
        int engines = data.readInt();
        if (engines < 0 || engines > Engine.values().length) {
            throw new IOException("fingerprint stream names " + engines + " engines");
        }
        Map<Engine, Fingerprint> byEngine = new EnumMap<>(Engine.class);
        for (int e = 0; e < engines; e++) {
            Engine engine;
            try {
                engine = Engine.valueOf(data.readUTF());
            } catch (IllegalArgumentException unknown) {
                throw new IOException("fingerprint stream names an unknown engine");
            }
            double engineSeconds = data.readDouble();
            int n = data.readInt();
            if (n < 0 || n > MAX_HASHES) {
                throw new IOException("fingerprint stream claims " + n + " hashes");
            }
            int[] hashes = new int[n];
            long[] points = new long[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = data.readInt();
            }
            for (int i = 0; i < n; i++) {
                points[i] = data.readLong();
            }
            byEngine.put(engine, new Fingerprint(engine, hashes, points, engineSeconds));
        }
        return new Fingerprints(byEngine, seconds);
    }
}
