package phaze.agent.tags;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import phaze.protocol.agent.FileTags;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Tags and stream facts from {@code ffprobe -print_format json}: containers, video, and the rest. */
public final class FfprobeTags {
    private static final long TIMEOUT_SECONDS = 60;

    private final String ffprobe;

    public FfprobeTags(String ffprobe) {
        this.ffprobe = ffprobe;
    }

    public FileTags read(Path file, String earlierProblem) throws TagReader.UnreadableTags {
        JsonObject probe = probe(file, earlierProblem);
        JsonObject format = probe.getJsonObject("format");
        JsonObject stream = firstAudioStream(probe.getJsonArray("streams"));
        if (stream == null) {
            throw new TagReader.UnreadableTags("no audio stream in " + file.getFileName());
        }
        Map<String, String> raw = new LinkedHashMap<>();
        collect(raw, format == null ? null : format.getJsonObject("tags"));
        collect(raw, stream.getJsonObject("tags"));
        Double duration = number(format, "duration");
        Double bitRate = number(format, "bit_rate");
        Double sampleRate = number(stream, "sample_rate");
        return new FileTags(tag(raw, "artist"), tag(raw, "title"), tag(raw, "album"), tag(raw, "album_artist"),
                tag(raw, "date") != null ? tag(raw, "date") : tag(raw, "year"), tag(raw, "genre"), tag(raw, "track"),
                tag(raw, "disc"), duration, bitRate == null ? null : (int) Math.round(bitRate / 1000),
                sampleRate == null ? null : sampleRate.intValue(),
                stream.containsKey("channels") ? stream.getInt("channels") : null,
                stream.getString("codec_name", null), "ffprobe", raw, null);
    }

    private JsonObject probe(Path file, String earlierProblem) throws TagReader.UnreadableTags {
        Process process;
        try {
            process = new ProcessBuilder(ffprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams",
                    file.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new TagReader.UnreadableTags("ffprobe cannot be started (" + e.getMessage()
                    + "); install ffmpeg on this file server" + suffix(earlierProblem));
        }
        try {
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes()).strip();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new TagReader.UnreadableTags("ffprobe did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new TagReader.UnreadableTags("not a readable media file: " + (err.isEmpty() ? "ffprobe failed" : err)
                        + suffix(earlierProblem));
            }
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(out))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new TagReader.UnreadableTags("reading ffprobe's answer failed: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new TagReader.UnreadableTags("interrupted while probing");
        }
    }

    private static JsonObject firstAudioStream(JsonArray streams) {
        if (streams == null) {
            return null;
        }
        return streams.stream().map(JsonValue::asJsonObject)
                .filter(s -> "audio".equals(s.getString("codec_type", ""))).findFirst().orElse(null);
    }

    private static void collect(Map<String, String> raw, JsonObject tags) {
        if (tags == null) {
            return;
        }
        tags.forEach((k, v) -> raw.putIfAbsent(k.toLowerCase(Locale.ROOT),
                TagReader.clean(v instanceof JsonString s ? s.getString() : v.toString())));
    }

    private static String tag(Map<String, String> raw, String key) {
        String v = raw.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Double number(JsonObject o, String key) {
        if (o == null || !o.containsKey(key)) {
            return null;
        }
        JsonValue v = o.get(key);
        try {
            return v instanceof JsonNumber n ? n.doubleValue() : Double.parseDouble(((JsonString) v).getString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String suffix(String earlierProblem) {
        return earlierProblem == null ? "" : " (" + earlierProblem + ")";
    }
}
