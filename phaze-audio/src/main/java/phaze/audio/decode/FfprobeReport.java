package phaze.audio.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns ffprobe's {@code -of flat} output into an {@link AudioProbe}. */
final class FfprobeReport {
    private FfprobeReport() {
    }

    static AudioProbe parse(Path file, String flat) throws NoAudioStreamException {
        Map<String, String> format = new HashMap<>();
        Map<Integer, Map<String, String>> streams = new TreeMap<>();
        for (String line : flat.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            String value = unquote(line.substring(eq + 1).trim());
            if (key.startsWith("format.")) {
                format.put(key.substring("format.".length()), value);
            } else if (key.startsWith("streams.stream.")) {
                String rest = key.substring("streams.stream.".length());
                int dot = rest.indexOf('.');
                int n = Integer.parseInt(rest.substring(0, dot));
                streams.computeIfAbsent(n, k -> new HashMap<>()).put(rest.substring(dot + 1), value);
            }
        }
        List<AudioStream> audio = new ArrayList<>();
        boolean video = false;
        for (Map<String, String> s : streams.values()) {
            String type = s.getOrDefault("codec_type", "");
            if (type.equals("video") && !"mjpeg".equals(s.get("codec_name")) && !"png".equals(s.get("codec_name"))) {
                video = true; // cover art is stored as a video stream; it does not make a film
            }
            if (type.equals("audio")) {
                audio.add(new AudioStream(intOf(s.get("index"), -1), s.getOrDefault("codec_name", "unknown"),
                        intOf(s.get("sample_rate"), 0), intOf(s.get("channels"), 0),
                        "1".equals(s.get("disposition.default"))));
            }
        }
        if (audio.isEmpty()) {
            throw new NoAudioStreamException(file);
        }
        return new AudioProbe(file, doubleOf(format.get("duration")), format.getOrDefault("format_name", "unknown"),
                AudioProbe.decodedStream(audio), audio, video);
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static int intOf(String v, int fallback) {
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double doubleOf(String v) {
        try {
            return v == null ? Double.NaN : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
