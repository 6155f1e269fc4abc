package phaze.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real audio for the system tests: three seconds of a sine tone, encoded by ffmpeg as the name says. */
final class TestAudio {
    private TestAudio() {
    }

    /** {@code options} go to ffmpeg before the output, e.g. {@code -metadata artist=Bonobo}; an existing file is kept. */
    static void tone(Path out, int hz, String... options) throws IOException, InterruptedException {
        if (Files.exists(out)) {
            return;
        }
        Files.createDirectories(out.getParent());
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-y",
                "-f", "lavfi", "-i", "sine=frequency=" + hz + ":sample_rate=44100:duration=3"));
        command.addAll(List.of(options));
        command.add(out.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("ffmpeg could not make " + out + ": " + output);
        }
    }
}
