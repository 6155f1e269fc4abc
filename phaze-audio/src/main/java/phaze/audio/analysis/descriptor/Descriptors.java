package phaze.audio.analysis.descriptor;

/**
 * Perceptual descriptors of a stream or a timeline window, computed by documented rules in
 * {@link DescriptorRules} from loudness, pulse and spectrum.
 *
 * @param energy        1 (ambient) .. 10 (peak-time), the DJ "energy level"
 * @param danceability  0..1: pulse clarity times how danceable the tempo is
 * @param brightness    0..1: share of spectral magnitude above 1.5 kHz
 * @param dynamicsLu    loudness range (EBU Tech 3342) in LU: high for live recordings, low for club masters
 * @param mood          label derived from the above
 * @param style         genre/style label; empty unless a user-supplied classifier model ran
 */
public record Descriptors(int energy, double danceability, double brightness, double dynamicsLu, Mood mood,
                          String style) {
}
