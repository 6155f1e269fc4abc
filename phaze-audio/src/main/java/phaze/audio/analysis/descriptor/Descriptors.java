package phaze.audio.analysis.descriptor;

import java.util.List;
import phaze.audio.analysis.style.StyleScore;

/**
 * Perceptual descriptors of a stream or a timeline window, computed by documented rules in
 * {@link DescriptorRules} from loudness, pulse and spectrum.
 *
 * @param energy        1 (ambient) .. 10 (peak-time), the DJ "energy level"
 * @param danceability  0..1: pulse clarity times how danceable the tempo is
 * @param brightness    0..1: share of spectral magnitude above 1.5 kHz
 * @param dynamicsLu    loudness range (EBU Tech 3342) in LU: high for live recordings, low for club masters
 * @param mood          label derived from the above
 * @param style         scores of user-supplied style models (PHAZE_MODELS_DIR, ADR 032), best first per
 *                      model; empty without a model: style comes from tags or tracklists, never invented
 */
public record Descriptors(int energy, double danceability, double brightness, double dynamicsLu, Mood mood,
                          List<StyleScore> style) {
    public Descriptors {
        style = List.copyOf(style);
    }

    public Descriptors withStyle(List<StyleScore> scores) {
        return new Descriptors(energy, danceability, brightness, dynamicsLu, mood, scores);
    }
}
