package phaze.proposal.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Bean Validation path and the fallback judge an answer item the same way. */
class NamingCheckTest {

    private final NamingCheck bean = NamingCheck.beanValidation(Validation.buildDefaultValidatorFactory().getValidator());
    private final NamingCheck fallback = NamingCheck.annotations();

    @Test
    void aCompleteItemPassesBoth() {
        LlmNaming naming = new LlmNaming("7", "", "Bicep - 01 - Atlas.flac", 0.9, null, null);

        assertEquals(List.of(), bean.problems(naming));
        assertEquals(List.of(), fallback.problems(naming));
    }

    @Test
    void bothReportTheSameProblems() {
        LlmNaming naming = new LlmNaming(" ", null, "x".repeat(1025), null, null, "FESTIVAL_SET");
        List<String> expected = List.of("confidence must not be null", "fileName size must be between 0 and 1024",
                "folder must not be null", "key must not be blank");

        assertEquals(expected, bean.problems(naming));
        assertEquals(expected, fallback.problems(naming));
    }

    @Test
    void withAProviderOnTheClassPathTheRealValidatorIsUsed() {
        LlmNaming naming = new LlmNaming("7", "", "", 0.5, null, null);

        assertEquals(List.of("fileName must not be blank"), NamingCheck.available().problems(naming));
    }
}
