package phaze.audio.decode;

import java.nio.file.Path;
import java.util.List;

/**
 * What ffprobe says about a file before decoding it.
 *
 * @param durationSeconds container duration, or NaN when the container does not say
 * @param container       ffprobe's format name (e.g. "ogg", "mov,mp4,m4a,3gp,3g2,mj2")
 * @param audio           the stream a decode will read (the container's default audio stream)
 * @param audioStreams    every audio stream, in container order
 * @param hasVideo        true for video containers (a concert film): only the audio is decoded
 */
public record AudioProbe(Path file, double durationSeconds, String container, AudioStream audio,
                         List<AudioStream> audioStreams, boolean hasVideo) {
    public AudioProbe {
        audioStreams = List.copyOf(audioStreams);
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
