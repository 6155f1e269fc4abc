package phaze.proposal.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defensive reading of answers, the escape check and Retry-After: the engine's small parts. */
class LlmAnswerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void toleratesAFenceProseNumbersAndABareArray() throws Exception {
        String fenced = "```json\n{\"proposals\":[{\"key\":12,\"folder\":\"music/A\",\"fileName\":\"A - T.mp3\","
                + "\"confidence\":\"0.7\",\"reasoning\":\"r\",\"kind\":\"single track\"}]}\n```";
        String bare = "[{\"key\":\"1\",\"folder\":7,\"fileName\":\"x.mp3\",\"confidence\":0.5}]";

        List<LlmNaming> fromFence = LlmAnswer.parse(fenced, json);
        List<LlmNaming> fromArray = LlmAnswer.parse(bare, json);

        assertEquals(List.of(new LlmNaming("12", "music/A", "A - T.mp3", 0.7, "r", "single track")), fromFence);
        assertEquals(List.of(new LlmNaming("1", null, "x.mp3", 0.5, null, null)), fromArray, "a number is no folder");
    }

    @Test
    void anUnusableAnswerSaysWhy() {
        assertTrue(assertThrows(LlmAnswer.MalformedAnswerException.class, () -> LlmAnswer.parse("I cannot help.", json))
                .getMessage().startsWith("the model did not answer with JSON: \"I cannot help.\""));
        assertTrue(assertThrows(LlmAnswer.MalformedAnswerException.class, () -> LlmAnswer.parse("{\"names\":[]}", json))
                .getMessage().startsWith("the model's answer has no \"proposals\" list"));
        assertTrue(assertThrows(LlmAnswer.MalformedAnswerException.class, () -> LlmAnswer.parse("{\"proposals\":[{\"key\"", json))
                .getMessage().startsWith("the model's answer is not valid JSON"));
    }

    @Test
    void escapesAreRecognisedAndOrdinaryNamesAreNot() {
        assertEquals(Optional.of("parent folder reference '..'"), LibraryEscape.find("music/../..", "a.mp3"));
        assertEquals(Optional.of("parent folder reference '...'"), LibraryEscape.find("music/...", "a.mp3"));
        assertEquals(Optional.of("absolute path"), LibraryEscape.find("/srv/music", "a.mp3"));
        assertEquals(Optional.of("absolute path"), LibraryEscape.find("\\\\nas\\share", "a.mp3"));
        assertEquals(Optional.of("drive letter"), LibraryEscape.find("C:\\Music", "a.mp3"));
        assertEquals(Optional.of("drive letter"), LibraryEscape.find("", "D:evil.mp3"));
        assertEquals(Optional.of("URL"), LibraryEscape.find("file://etc", "a.mp3"));
        assertEquals(Optional.of("home directory"), LibraryEscape.find("~/music", "a.mp3"));
        assertEquals(Optional.of("parent folder reference '..'"), LibraryEscape.find("music", "..\\a.mp3"));
        assertEquals(Optional.empty(), LibraryEscape.find("performances/artists/Mr. C", "Mr. C - Live @ The End 1999.xx.xx.mp3"));
        assertEquals(Optional.empty(), LibraryEscape.find("", "Unknown - ...Baby One More Time.mp3"));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

        assertEquals(Optional.of(Duration.ofSeconds(20)), RetryAfterException.parse(" 20 ", clock));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfterException.parse("Sun, 29 Nov 2026 10:01:30 GMT", clock));
        assertEquals(Optional.of(Duration.ZERO), RetryAfterException.parse("Sun, 29 Nov 2026 09:00:00 GMT", clock));
        assertEquals(Optional.empty(), RetryAfterException.parse("soon", clock));
        assertEquals(Optional.empty(), RetryAfterException.parse(null, clock));
    }
}
