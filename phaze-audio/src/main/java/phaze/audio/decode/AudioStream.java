package phaze.audio.decode;

/** One audio stream of a container as ffmpeg or ffprobe reports it. */
public record AudioStream(int index, String codec, int sampleRate, int channels, boolean isDefault) {
}
