package phaze.audio.analysis.loudness;

/**
 * EBU R128 / ITU-R BS.1770-4 measurement of one stream. Loudness values are
 * {@link Double#NEGATIVE_INFINITY} for digital silence (nothing passes the -70 LUFS gate).
 *
 * @param integratedLufs   gated integrated loudness
 * @param loudnessRangeLu  EBU Tech 3342 loudness range
 * @param samplePeakDbfs   highest absolute sample value
 * @param truePeakDbtp     highest value after 4x oversampling (an estimate at the analysis rate)
 * @param replayGainDb     gain to the ReplayGain 2.0 reference of -18 LUFS
 */
public record LoudnessMeasurement(double integratedLufs, double loudnessRangeLu, double samplePeakDbfs,
                                  double truePeakDbtp, double replayGainDb) {

    public static final double REPLAYGAIN_REFERENCE_LUFS = -18.0;

    public boolean isSilent() {
        return integratedLufs == Double.NEGATIVE_INFINITY;
    }
}
