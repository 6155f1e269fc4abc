package phaze.audio.analysis.loudness;

/** The BS.1770 mapping between channel-weighted mean-square energy and LUFS. */
final class Loudness {
    private Loudness() {
    }

    static double lufs(double energy) {
        return energy <= 0 ? Double.NEGATIVE_INFINITY : -0.691 + 10.0 * Math.log10(energy);
    }
}
