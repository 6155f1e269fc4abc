package phaze.audio.decode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * An ffmpeg/ffprobe child process whose stderr is drained on a daemon thread (a full stderr pipe
 * would block ffmpeg). Lines ffmpeg tagged {@code [info]} (run with {@code -v level+info}) up to its
 * output description are kept for {@link FfmpegInputReport}; of the rest, the warnings and errors,
 * only the last lines, which is what a user needs to see.
 */
final class FfmpegProcess {
    private static final int KEPT_LINES = 5;
    private static final String INFO = "[info] ";
    /** Bounds what a container with absurdly many streams can make us hold. */
    private static final int MAX_INFO_LINES = 10_000;
    /** Level tags ffmpeg puts before a warning or error, after the "[demuxer @ 0x…] " context if any. */
    private static final Pattern LEVEL_TAG = Pattern.compile("\\[(?:warning|error|fatal|panic)\\] ");

    private final Process process;
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final List<String> infoLines = new ArrayList<>();
    private boolean inputDescribed;
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

    /** What ffmpeg said at level info until it began describing its output (only after {@link #waitFor}). */
    List<String> infoLines() {
        synchronized (lastLines) {
            return List.copyOf(infoLines);
        }
    }

    /** The last stderr line, or the fallback when ffmpeg said nothing. */
    String lastError(String fallback) {
        synchronized (lastLines) {
            return lastLines.isEmpty() ? fallback : lastLines.peekLast();
        }
    }

    /** Only the input description: the tags it lists and everything after it are not needed. */
    private void keepInfo(String line) {
        if (inputDescribed || line.startsWith("    ") || infoLines.size() >= MAX_INFO_LINES) {
            return;
        }
        inputDescribed = line.startsWith("Output #");
        infoLines.add(line);
    }

    private void drainStderr() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                synchronized (lastLines) {
                    if (line.startsWith(INFO)) {
                        keepInfo(line.substring(INFO.length()));
                        continue;
                    }
                    if (lastLines.size() == KEPT_LINES) {
                        lastLines.removeFirst();
                    }
                    lastLines.addLast(LEVEL_TAG.matcher(line.trim()).replaceFirst(""));
                }
            }
        } catch (IOException ignored) {
            // the process was killed; what was kept is all there is to report
        }
    }
}
