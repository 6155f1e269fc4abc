package phaze.audio.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Probes and decodes any file ffmpeg can read, streaming float PCM to a {@link PcmSink} in blocks
 * of a fixed size: memory stays constant whatever the file's length. Thread-safe; each call runs
 * its own ffmpeg process.
 */
public final class AudioDecoder {
    /** Frames per block handed to a sink: ~93 ms at 22050 Hz, small enough for flat heap. */
    static final int BLOCK_FRAMES = 2048;

    private final String ffmpeg;
    private final String ffprobe;
    private final Duration stallTimeout;

    public AudioDecoder() {
        this(envOr("PHAZE_FFMPEG", "ffmpeg"), envOr("PHAZE_FFPROBE", "ffprobe"), Duration.ofSeconds(60));
    }

    public AudioDecoder(String ffmpeg, String ffprobe, Duration stallTimeout) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
        this.stallTimeout = stallTimeout;
    }

    public AudioProbe probe(Path file) throws AudioDecodeException {
        requireReadable(file);
        List<String> cmd = List.of(ffprobe, "-v", "error", "-show_entries",
                "format=duration,format_name:stream=index,codec_type,codec_name,sample_rate,channels"
                        + ":stream_disposition=default", "-of", "flat", input(file));
        FfmpegProcess p = FfmpegProcess.start(cmd, file);
        try {
            String out = new String(p.stdout().readAllBytes(), StandardCharsets.UTF_8);
            int rc = p.waitFor(stallTimeout);
            if (rc != 0) {
                throw new CorruptAudioException(file, p.lastError("ffprobe exit code " + rc));
            }
            return FfprobeReport.parse(file, out);
        } catch (IOException e) {
            throw new CorruptAudioException(file, "reading ffprobe output failed: " + e.getMessage());
        } finally {
            p.destroy();
        }
    }

    /**
     * Decodes the audio stream ffmpeg itself chooses (the one flagged default, else the one with the
     * most channels), downmixed/resampled by ffmpeg to {@code format}, calling {@link PcmSink#end()}
     * only when the whole stream decoded cleanly. One ffmpeg process: what it opened is read from its
     * own description of the input (ADR 033), and ffprobe is asked only if that cannot be read.
     *
     * @return what the file holds, as {@link #probe} would report it (the duration to 10 ms)
     */
    public AudioProbe decode(Path file, PcmFormat format, PcmSink sink) throws AudioDecodeException {
        requireReadable(file);
        List<String> cmd = List.of(ffmpeg, "-nostdin", "-hide_banner", "-nostats", "-v", "level+info",
                "-i", input(file), "-map_metadata", "-1", "-vn", "-sn", "-dn",
                "-ac", Integer.toString(format.channels()), "-ar", Integer.toString(format.sampleRate()),
                "-f", "f32le", "-acodec", "pcm_f32le", "pipe:1");
        FfmpegProcess p = FfmpegProcess.start(cmd, file);
        StallWatchdog watchdog = new StallWatchdog(p, stallTimeout);
        long frames;
        int rc;
        try {
            frames = pump(p.stdout(), format.channels(), sink, watchdog);
            rc = p.waitFor(stallTimeout);
        } catch (IOException e) {
            if (watchdog.fired()) {
                throw new DecodeStalledException(file, stallTimeout);
            }
            throw new CorruptAudioException(file, "reading decoded audio failed: " + e.getMessage());
        } finally {
            watchdog.close();
            p.destroy();
        }
        if (watchdog.fired()) {
            throw new DecodeStalledException(file, stallTimeout);
        }
        // an input without audio fails the decode too ("does not contain any stream"): say which it was
        Optional<AudioProbe> opened = FfmpegInputReport.read(file, p.infoLines());
        if (rc != 0) {
            String error = p.lastError("ffmpeg exit code " + rc);
            if (error.contains("loglevel")) { // an ffmpeg before 4.4 refuses "-v level+info": not the file's fault
                throw new AudioDecodeException(file, ffmpeg + " is too old (" + error + "); Phaze needs ffmpeg 4.4 or newer");
            }
            throw new CorruptAudioException(file, error);
        }
        AudioProbe probe = opened.isPresent() ? opened.get() : probe(file);
        requireComplete(probe, frames / (double) format.sampleRate(), p);
        sink.end();
        return probe;
    }

    private static long pump(InputStream in, int channels, PcmSink sink, StallWatchdog watchdog) throws IOException {
        int frameBytes = 4 * channels;
        byte[] bytes = new byte[BLOCK_FRAMES * frameBytes];
        float[] block = new float[BLOCK_FRAMES * channels];
        ByteBuffer view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long frames = 0;
        int filled = 0;
        while (true) {
            int n = in.read(bytes, filled, bytes.length - filled);
            if (n < 0) {
                break;
            }
            watchdog.progress();
            filled += n;
            if (filled == bytes.length) {
                deliver(view, block, BLOCK_FRAMES, channels, sink);
                frames += BLOCK_FRAMES;
                filled = 0;
            }
        }
        int tail = filled / frameBytes;
        if (tail > 0) {
            deliver(view, block, tail, channels, sink);
            frames += tail;
        }
        return frames;
    }

    private static void deliver(ByteBuffer view, float[] block, int frames, int channels, PcmSink sink) {
        view.rewind();
        view.asFloatBuffer().get(block, 0, frames * channels);
        sink.accept(block, frames);
    }

    /**
     * ffmpeg often exits 0 on a truncated file, so compare with the container's claim; 2 % slack
     * covers encoder padding and the duration estimates of VBR files without headers.
     */
    private static void requireComplete(AudioProbe probe, double decodedSeconds, FfmpegProcess p)
            throws CorruptAudioException {
        double claimed = probe.durationSeconds();
        if (!Double.isNaN(claimed) && claimed > 5 && decodedSeconds < claimed * 0.98 - 1.0) {
            throw new CorruptAudioException(probe.file(), String.format(
                    "decoded %.1f s of %.1f s; %s", decodedSeconds, claimed, p.lastError("file ends early")));
        }
    }

    private static void requireReadable(Path file) throws AudioDecodeException {
        if (!Files.isRegularFile(file)) {
            throw new AudioDecodeException(file, file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new AudioDecodeException(file, file + ": not readable (check permissions)");
        }
    }

    /** Absolute, so that ffmpeg never reads a name like "Artist: Title.mp3" as protocol "Artist". */
    private static String input(Path file) {
        return file.toAbsolutePath().toString();
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static void sleepQuietly(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
