package phaze.audio.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Adds white or pink noise at an exact signal-to-noise ratio and writes a 16-bit mono WAV. */
final class NoiseMixer {
    private NoiseMixer() {
    }

    static void mix(float[] signal, int rate, double snrDb, boolean pink, long seed, Path out) throws IOException {
        Random r = new Random(seed);
        double[] noise = new double[signal.length];
        double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
        for (int i = 0; i < noise.length; i++) {
            double w = r.nextGaussian();
            if (!pink) {
                noise[i] = w;
                continue;
            }
            // Paul Kellet's refined pink filter (-3 dB/octave within 0.05 dB above 9 Hz)
            b0 = 0.99886 * b0 + w * 0.0555179;
            b1 = 0.99332 * b1 + w * 0.0750759;
            b2 = 0.96900 * b2 + w * 0.1538520;
            b3 = 0.86650 * b3 + w * 0.3104856;
            b4 = 0.55000 * b4 + w * 0.5329522;
            b5 = -0.7616 * b5 - w * 0.0168980;
            noise[i] = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
            b6 = w * 0.115926;
        }
        double ps = 0, pn = 0;
        for (int i = 0; i < signal.length; i++) {
            ps += signal[i] * signal[i];
            pn += noise[i] * noise[i];
        }
        double gain = Math.sqrt(ps / pn / Math.pow(10, snrDb / 10));
        float[] mixed = new float[signal.length];
        double peak = 1e-9;
        for (int i = 0; i < signal.length; i++) {
            mixed[i] = (float) (signal[i] + gain * noise[i]);
            peak = Math.max(peak, Math.abs(mixed[i]));
        }
        double scale = peak > 0.99 ? 0.99 / peak : 1.0; // scale both together: the SNR is unchanged
        writeWav(mixed, rate, scale, out);
    }

    private static void writeWav(float[] x, int rate, double scale, Path out) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * x.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * x.length);
        for (float v : x) {
            b.putShort((short) Math.round(Math.max(-1, Math.min(1, v * scale)) * 32767));
        }
        Path tmp = out.resolveSibling("tmp-" + out.getFileName());
        Files.write(tmp, b.array());
        Files.move(tmp, out, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
