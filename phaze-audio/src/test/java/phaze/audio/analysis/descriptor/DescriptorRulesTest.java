package phaze.audio.analysis.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import phaze.audio.analysis.key.KeyEstimate;
import phaze.audio.analysis.key.MusicalKey;
import phaze.audio.analysis.tempo.TempoEstimate;

class DescriptorRulesTest {

    @Test
    void energySpansOneToTenAndSilenceIsOne() {
        assertEquals(1, DescriptorRules.energy(Double.NEGATIVE_INFINITY, 5, 0.5));
        assertEquals(1, DescriptorRules.energy(-40, 0, 0));
        assertEquals(10, DescriptorRules.energy(-6, 8, 0.6));
        assertTrue(DescriptorRules.energy(-9, 4, 0.3) > DescriptorRules.energy(-20, 1, 0.1));
    }

    @Test
    void danceabilityNeedsAPulseInADanceableTempo() {
        assertEquals(1.0, DescriptorRules.danceability(new TempoEstimate(124, 0.6, 62)));
        assertEquals(0.0, DescriptorRules.danceability(TempoEstimate.unknown()));
        assertEquals(0.4, DescriptorRules.danceability(new TempoEstimate(200, 0.6, 100)));
        assertEquals(0.1, DescriptorRules.danceability(new TempoEstimate(124, 0.05, 62)));
    }

    @Test
    void moodRuleShowsItsInputs() {
        KeyEstimate aMinor = new KeyEstimate(MusicalKey.parse("Am"), 0.8);
        KeyEstimate cMajor = new KeyEstimate(MusicalKey.parse("C"), 0.8);
        KeyEstimate unclear = new KeyEstimate(MusicalKey.parse("C"), 0.1);
        assertEquals(new Mood(Mood.MoodLabel.ENERGETIC, "energy 8 >= 7"), DescriptorRules.mood(8, 0.4, aMinor));
        assertEquals(Mood.MoodLabel.RELAXED, DescriptorRules.mood(2, 0.4, cMajor).label());
        assertEquals(new Mood(Mood.MoodLabel.DARK, "energy 5, minor key Am"), DescriptorRules.mood(5, 0.4, aMinor));
        assertEquals(Mood.MoodLabel.BRIGHT, DescriptorRules.mood(5, 0.4, cMajor).label());
        assertEquals(Mood.MoodLabel.DARK, DescriptorRules.mood(5, 0.1, cMajor).label());
        assertEquals(Mood.MoodLabel.NEUTRAL, DescriptorRules.mood(5, 0.4, unclear).label());
    }
}
