package phaze.audio.analysis;

import java.util.Random;
import phaze.audio.decode.PcmSink;

/** Synthesized test signals with known answers, and a helper to stream them in decoder-sized blocks. */
public final class Signals {
    public static final int RATE = 22050;

    private Signals() {
    }

    public static float[] sine(double hz, double dbfs, double seconds) {
        int n = (int) Math.round(seconds * RATE);
        float[] x = new float[n];
        double a = Math.pow(10, dbfs / 20);
        for (int i = 0; i < n; i++) {
            x[i] = (float) (a * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return x;
    }

    public static float[] noise(double seconds, long seed, double amplitude) {
        Random r = new Random(seed);
        float[] x = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (amplitude * (2 * r.nextDouble() - 1));
        }
        return x;
    }

    public static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int o = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }

    /** The same mono signal on both channels, interleaved. */
    public static float[] dualMono(float[] mono) {
        float[] out = new float[mono.length * 2];
        for (int i = 0; i < mono.length; i++) {
            out[2 * i] = mono[i];
            out[2 * i + 1] = mono[i];
        }
        return out;
    }

    /** Streams interleaved samples in blocks of 4096 frames, as a decoder would, then ends the stream. */
    public static void stream(float[] interleaved, int channels, PcmSink sink) {
        int frames = interleaved.length / channels;
        float[] block = new float[4096 * channels];
        for (int f = 0; f < frames; f += 4096) {
            int n = Math.min(4096, frames - f);
            System.arraycopy(interleaved, f * channels, block, 0, n * channels);
            sink.accept(block, n);
        }
        sink.end();
    }
}
