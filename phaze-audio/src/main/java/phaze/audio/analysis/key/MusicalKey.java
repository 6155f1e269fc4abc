package phaze.audio.analysis.key;

/**
 * A key as DJs name it: tonic pitch class (0 = C .. 11 = B) and mode, with the Camelot wheel and
 * Open Key notations that harmonic-mixing software uses.
 */
public record MusicalKey(int tonic, Mode mode) {
    private static final String[] NAMES = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};

    public MusicalKey {
        if (tonic < 0 || tonic > 11) {
            throw new IllegalArgumentException("pitch class out of range: " + tonic);
        }
    }

    /** Short name as DJ software shows it: {@code C}, {@code F#}, {@code Am}, {@code Ebm}. */
    public String shortName() {
        return NAMES[tonic] + (mode == Mode.MINOR ? "m" : "");
    }

    /** Camelot wheel code, e.g. C major {@code 8B}, A minor {@code 8A}. */
    public String camelot() {
        return camelotNumber() + (mode == Mode.MAJOR ? "B" : "A");
    }

    /** Open Key code, e.g. C major {@code 1d}, A minor {@code 1m}. */
    public String openKey() {
        return (Math.floorMod(camelotNumber() - 8, 12) + 1) + (mode == Mode.MAJOR ? "d" : "m");
    }

    /** The key {@code semitones} higher (negative: lower), same mode. */
    public MusicalKey transpose(int semitones) {
        return new MusicalKey(Math.floorMod(tonic + semitones, 12), mode);
    }

    /** Upward interval in semitones (0..11) from {@code other}'s tonic to this tonic. */
    public int semitonesFrom(MusicalKey other) {
        return Math.floorMod(tonic - other.tonic, 12);
    }

    public static MusicalKey parse(String shortName) {
        boolean minor = shortName.endsWith("m");
        String tonic = minor ? shortName.substring(0, shortName.length() - 1) : shortName;
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(tonic)) {
                return new MusicalKey(i, minor ? Mode.MINOR : Mode.MAJOR);
            }
        }
        throw new IllegalArgumentException("unknown key: " + shortName);
    }

    private int camelotNumber() {
        // the wheel steps by fifths (7 semitones); C major sits at 8, and a minor key shares the
        // number of its relative major three semitones up
        int majorTonic = mode == Mode.MAJOR ? tonic : (tonic + 3) % 12;
        return Math.floorMod(7 * majorTonic + 7, 12) + 1;
    }

    @Override
    public String toString() {
        return shortName();
    }
}
