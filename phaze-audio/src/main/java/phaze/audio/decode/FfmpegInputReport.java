package phaze.audio.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the description of its input that the decoding ffmpeg prints at level info (libavformat's
 * {@code av_dump_format}, stable since FFmpeg 1.x) as an {@link AudioProbe}, so a decode needs no
 * separate ffprobe process (ADR 033).
 *
 * <p>Only lines that ffmpeg began with the {@code [info] } level tag are given here. A tag value, a
 * tag key or a file name with a line break cannot forge one: ffmpeg prints such a break inside one
 * log call, so the text after it carries no level tag. Stream and duration lines are matched at
 * their exact indentation of two spaces; tag lines are indented four or more.
 */
final class FfmpegInputReport {
    private static final Pattern STREAM = Pattern.compile(
            "  Stream #0:(\\d+)(?:\\[[^\\]]*\\])?(?:\\([^)]*\\))?: (\\w+): (.*)");
    private static final Pattern MAPPED = Pattern.compile("  Stream #0:(\\d+) -> #0:0\\b.*");
    private static final Pattern DURATION = Pattern.compile("  Duration: (?:(\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)|N/A).*");
    private static final Pattern RATE_AND_LAYOUT = Pattern.compile(", (\\d+) Hz, ([^,]+)");
    private static final Pattern NUMBERED_LAYOUT = Pattern.compile("(\\d+)\\.(\\d+)(?:\\(.*\\))?");
    private static final Pattern COUNTED_LAYOUT = Pattern.compile("(\\d+) channels\\b.*");
    private static final Pattern LISTED_LAYOUT = Pattern.compile("[A-Z]+(?:\\+[A-Z]+)+");

    /** Named layouts of libavutil's channel_layout_map without a count in the name. */
    private static final Map<String, Integer> NAMED_LAYOUTS = Map.of("mono", 1, "stereo", 2, "downmix", 2,
            "quad", 4, "hexagonal", 6, "octagonal", 8, "cube", 8, "hexadecagonal", 16);

    private FfmpegInputReport() {
    }

    /**
     * @param infoLines the lines ffmpeg logged at level info, without the level tag, in order
     * @return the probe, or empty when the lines hold no input description (an ffmpeg that prints
     *         otherwise: the caller asks ffprobe instead)
     * @throws NoAudioStreamException the input was opened and described, and has no audio stream
     */
    static Optional<AudioProbe> read(Path file, List<String> infoLines) throws NoAudioStreamException {
        String container = null;
        double duration = Double.NaN;
        List<AudioStream> audio = new ArrayList<>();
        boolean video = false;
        int mapped = -1;
        boolean inInput = false;
        for (String line : infoLines) {
            if (line.startsWith("Input #0, ")) {
                int from = line.indexOf(", from '");
                container = from < 0 ? "unknown" : line.substring("Input #0, ".length(), from);
                inInput = true;
                continue;
            }
            if (line.startsWith("Stream mapping:") || line.startsWith("Output #")) {
                inInput = false;
            }
            Matcher m;
            if (inInput && (m = DURATION.matcher(line)).matches()) {
                duration = m.group(1) == null ? Double.NaN
                        : Integer.parseInt(m.group(1)) * 3600.0 + Integer.parseInt(m.group(2)) * 60.0
                        + Double.parseDouble(m.group(3));
            } else if (inInput && (m = STREAM.matcher(line)).matches()) {
                String rest = m.group(3);
                String codec = rest.split("[ ,]", 2)[0];
                switch (m.group(2)) {
                    case "Audio" -> audio.add(audioStream(Integer.parseInt(m.group(1)), codec, rest));
                    // cover art is stored as a video stream; it does not make a film
                    case "Video" -> video |= !codec.equals("mjpeg") && !codec.equals("png")
                            && !rest.contains("(attached pic)");
                    default -> { }
                }
            } else if (!inInput && (m = MAPPED.matcher(line)).matches()) {
                mapped = Integer.parseInt(m.group(1));
            }
        }
        if (container == null) {
            return Optional.empty();
        }
        if (audio.isEmpty()) {
            throw new NoAudioStreamException(file);
        }
        int chosenIndex = mapped;
        AudioStream chosen = audio.stream().filter(s -> s.index() == chosenIndex).findFirst()
                .orElseGet(() -> AudioProbe.decodedStream(audio));
        return Optional.of(new AudioProbe(file, duration, container, chosen, audio, video));
    }

    private static AudioStream audioStream(int index, String codec, String rest) {
        Matcher m = RATE_AND_LAYOUT.matcher(rest);
        int rate = 0;
        int channels = 0;
        if (m.find()) {
            rate = Integer.parseInt(m.group(1));
            channels = channels(m.group(2).trim());
        }
        return new AudioStream(index, codec, rate, channels, rest.contains("(default)"));
    }

    /** "stereo" → 2, "5.1(side)" → 6, "22.2" → 24, "3 channels" → 3, "FL+FR+LFE" → 3; 0 when unknown. */
    static int channels(String layout) {
        Integer named = NAMED_LAYOUTS.get(layout.replaceAll("\\(.*", ""));
        if (named != null) {
            return named;
        }
        Matcher m;
        if ((m = NUMBERED_LAYOUT.matcher(layout)).matches()) {
            return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2));
        }
        if ((m = COUNTED_LAYOUT.matcher(layout)).matches()) {
            return Integer.parseInt(m.group(1));
        }
        if (LISTED_LAYOUT.matcher(layout).matches()) {
            return layout.split("\\+").length;
        }
        return 0;
    }
}
