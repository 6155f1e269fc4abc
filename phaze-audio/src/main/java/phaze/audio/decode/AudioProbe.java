package phaze.audio.decode;

import java.nio.file.Path;
import java.util.List;

/**
 * What a file holds: what ffmpeg said while decoding it, or ffprobe when asked alone.
 *
 * @param durationSeconds container duration, or NaN when the container does not say
 * @param container       ffprobe's format name (e.g. "ogg", "mov,mp4,m4a,3gp,3g2,mj2")
 * @param audio           the stream a decode reads ({@link #decodedStream})
 * @param audioStreams    every audio stream, in container order
 * @param hasVideo        true for video containers (a concert film): only the audio is decoded
 */
public record AudioProbe(Path file, double durationSeconds, String container, AudioStream audio,
                         List<AudioStream> audioStreams, boolean hasVideo) {
    public AudioProbe {
        audioStreams = List.copyOf(audioStreams);
    }

    /**
     * The stream ffmpeg decodes when not told which: the one flagged default, else the one with the
     * most channels, else the first (ffmpeg's own rule, so a probe names what a decode reads).
     */
    static AudioStream decodedStream(List<AudioStream> audioStreams) {
        AudioStream best = audioStreams.get(0);
        for (AudioStream s : audioStreams) {
            if (Boolean.compare(s.isDefault(), best.isDefault()) > 0
                    || s.isDefault() == best.isDefault() && s.channels() > best.channels()) {
                best = s;
            }
        }
        return best;
    }

    public String codec() {
        return audio.codec();
    }

    public int sampleRate() {
        return audio.sampleRate();
    }

    public int channels() {
        return audio.channels();
    }
}
