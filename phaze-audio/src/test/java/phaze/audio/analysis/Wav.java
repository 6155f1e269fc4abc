package phaze.audio.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes synthesized test signals as 16-bit PCM WAV files for tests that go through ffmpeg. */
public final class Wav {
    private Wav() {
    }

    public static Path write(Path file, float[] mono, int rate, int channels) throws IOException {
        int dataBytes = mono.length * 2 * channels;
        ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16);
        b.put("data".getBytes()).putInt(dataBytes);
        for (float v : mono) {
            short s = (short) Math.max(-32768, Math.min(32767, Math.round(v * 32767)));
            for (int c = 0; c < channels; c++) {
                b.putShort(s);
            }
        }
        return Files.write(file, b.array());
    }
}
