package phaze.audio.analysis.key;

public enum Mode {
    MAJOR, MINOR
}
