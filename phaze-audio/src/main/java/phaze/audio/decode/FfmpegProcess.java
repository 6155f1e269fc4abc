package phaze.audio.decode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An ffmpeg/ffprobe child process whose stderr is drained on a daemon thread (a full stderr pipe
 * would block ffmpeg) keeping only the last lines, which is what a user needs to see.
 */
final class FfmpegProcess {
    private static final int KEPT_LINES = 5;

    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final Thread drainer;

    private FfmpegProcess(Process process) {
        this.process = process;
        this.drainer = new Thread(this::drainStderr, "ffmpeg-stderr-" + process.pid());
        drainer.setDaemon(true);
        drainer.start();
    }

    static FfmpegProcess start(List<String> command, Path file) throws DecoderMissingException {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close(); // ffmpeg must never wait for a terminal
            return new FfmpegProcess(process);
        } catch (IOException e) {
            throw new DecoderMissingException(command.get(0), e);
        }
    }

    InputStream stdout() {
        return process.getInputStream();
    }

    int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            drainer.join(1000);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    void destroy() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** The last stderr line, or the fallback when ffmpeg said nothing. */
    String lastError(String fallback) {
        synchronized (lastLines) {
            return lastLines.isEmpty() ? fallback : lastLines.peekLast();
        }
    }

    private void drainStderr() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                synchronized (lastLines) {
                    if (lastLines.size() == KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                    lastLines.addLast(line.trim());
                }
            }
        } catch (IOException ignored) {
            // the process was killed; what was kept is all there is to report
        }
    }
}
