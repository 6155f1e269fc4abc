package phaze.library.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StyleTextTest {

    @Test
    void scoresReadAsPercentagesGroupedByModelInTheirOrder() {
        String json = """
                [{"model":"genre","label":"techno","score":0.823},{"model":"genre","label":"house","score":0.11},
                 {"model":"mood","label":"dark","score":0.5}]""";
        assertEquals("genre: techno 82 %, house 11 %; mood: dark 50 %", StyleText.of(json));
    }

    @Test
    void noModelMeansNoStyleRatherThanAGuess() {
        assertEquals("", StyleText.of("[]"));
        assertEquals("", StyleText.of(null));
    }
}
