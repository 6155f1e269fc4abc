package phaze.audio.corpus;

import java.util.List;

/** The degradations a query excerpt goes through, as in issue 3; each is an ffmpeg filter/codec or added noise. */
public enum Transform {
    ORIGINAL("excerpt", List.of("-c:a", "pcm_s16le"), "wav", 0),
    MP3_128("mp3 128 kbps", List.of("-c:a", "libmp3lame", "-b:a", "128k"), "mp3", 0),
    MP3_64("mp3 64 kbps", List.of("-c:a", "libmp3lame", "-b:a", "64k"), "mp3", 0),
    OGG_LOW("ogg q0", List.of("-c:a", "libvorbis", "-q:a", "0"), "ogg", 0),
    OPUS_LOW("opus 24 kbps", List.of("-c:a", "libopus", "-b:a", "24k"), "opus", 0),
    WHITE_10("white noise 10 dB", List.of(), "wav", 1),
    WHITE_0("white noise 0 dB", List.of(), "wav", 1),
    PINK_10("pink noise 10 dB", List.of(), "wav", 1),
    PINK_0("pink noise 0 dB", List.of(), "wav", 1),
    TEMPO_UP_5("tempo +5 %", filter("atempo=1.05"), "wav", 0),
    TEMPO_DOWN_5("tempo -5 %", filter("atempo=0.95"), "wav", 0),
    TEMPO_UP_10("tempo +10 %", filter("atempo=1.10"), "wav", 0),
    TEMPO_DOWN_10("tempo -10 %", filter("atempo=0.90"), "wav", 0),
    PITCH_UP_1("pitch +1 semitone", filter("rubberband=pitch=1.0594631"), "wav", 0),
    PITCH_DOWN_1("pitch -1 semitone", filter("rubberband=pitch=0.9438743"), "wav", 0),
    SPEED_UP_5("speed +5 %", filter("asetrate=22050*1.05,aresample=22050"), "wav", 0),
    SPEED_DOWN_5("speed -5 %", filter("asetrate=22050*0.95,aresample=22050"), "wav", 0);

    private final String label;
    private final List<String> ffmpegArgs;
    private final String extension;
    private final int noise;

    Transform(String label, List<String> ffmpegArgs, String extension, int noise) {
        this.label = label;
        this.ffmpegArgs = ffmpegArgs;
        this.extension = extension;
        this.noise = noise;
    }

    private static List<String> filter(String f) {
        return List.of("-af", f, "-c:a", "pcm_s16le");
    }

    public String label() {
        return label;
    }

    List<String> ffmpegArgs() {
        return ffmpegArgs;
    }

    String extension() {
        return extension;
    }

    boolean isNoise() {
        return noise == 1;
    }

    double snrDb() {
        return this == WHITE_0 || this == PINK_0 ? 0 : 10;
    }

    boolean pink() {
        return this == PINK_0 || this == PINK_10;
    }

    /** Tempo/pitch/speed changes: only the robust engine is expected to match them. */
    public boolean needsRobust() {
        return name().startsWith("TEMPO") || name().startsWith("PITCH") || name().startsWith("SPEED");
    }
}
