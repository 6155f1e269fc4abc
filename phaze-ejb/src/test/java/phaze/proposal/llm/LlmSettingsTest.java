package phaze.proposal.llm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phaze.config.PhazeSettings;

class LlmSettingsTest {

    @Test
    void readsEveryVariableAndTheKeyFromAFile(@TempDir Path dir) throws IOException {
        Path key = Files.writeString(dir.resolve("llm-key"), "sk-secret-123\n");
        Map<String, String> env = new HashMap<>(Map.of("PHAZE_LLM_PROVIDER", "Anthropic",
                "PHAZE_LLM_BASE_URL", "https://llm.example.org/", "PHAZE_LLM_API_KEY_FILE", key.toString(),
                "PHAZE_LLM_MODEL", "claude-test", "PHAZE_LLM_REQUESTS_PER_MINUTE", "12",
                "PHAZE_LLM_BATCH_SIZE", "5", "PHAZE_LLM_TIMEOUT_SECONDS", "90", "PHAZE_LLM_MAX_TOKENS", "2048"));

        LlmSettings settings = LlmSettings.from(new PhazeSettings(env::get, name -> null));

        assertAll(
                () -> assertEquals(LlmProvider.ANTHROPIC, settings.provider()),
                () -> assertEquals("https://llm.example.org/", settings.baseUrl()),
                () -> assertEquals("sk-secret-123", settings.apiKey()),
                () -> assertEquals("claude-test", settings.model()),
                () -> assertEquals(12, settings.requestsPerMinute()),
                () -> assertEquals(5, settings.batchSize()),
                () -> assertEquals(Duration.ofSeconds(90), settings.timeout()),
                () -> assertEquals(2048, settings.maxTokens()),
                () -> assertTrue(settings.configured()),
                () -> assertFalse(settings.toString().contains("sk-secret-123"), settings.toString()));
    }

    @Test
    void nothingSetMeansNoLlmWithDefaults() {
        LlmSettings settings = LlmSettings.from(new PhazeSettings(name -> null, name -> null));

        assertAll(
                () -> assertEquals(LlmProvider.NONE, settings.provider()),
                () -> assertNull(settings.apiKey()),
                () -> assertEquals(30, settings.requestsPerMinute()),
                () -> assertEquals(20, settings.batchSize()),
                () -> assertFalse(settings.configured()),
                () -> assertEquals("PHAZE_LLM_PROVIDER is not set", settings.missing()));
    }

    @Test
    void aKeyIsNeededUnlessTheServerIsLocal() {
        LlmSettings anthropic = new LlmSettings(LlmProvider.ANTHROPIC, null, null, "m", 30, 20, null, 4096);
        LlmSettings localOpenAi = new LlmSettings(LlmProvider.OPENAI, "http://127.0.0.1:8000/v1", null, "m", 30, 20, null, 4096);
        LlmSettings ollama = new LlmSettings(LlmProvider.OLLAMA, null, null, "llama3.1", 30, 20, null, 4096);

        assertAll(
                () -> assertFalse(anthropic.configured()),
                () -> assertEquals("PHAZE_LLM_API_KEY (or PHAZE_LLM_API_KEY_FILE) is not set", anthropic.missing()),
                () -> assertTrue(localOpenAi.configured()),
                () -> assertTrue(ollama.configured()),
                () -> assertThrows(IllegalStateException.class, () -> LlmChatModels.create(anthropic)));
    }

    @Test
    void nonsenseIsRefusedWithTheVariableName() {
        PhazeSettings provider = new PhazeSettings(Map.of("PHAZE_LLM_PROVIDER", "gemini")::get, name -> null);
        PhazeSettings batch = new PhazeSettings(Map.of("PHAZE_LLM_BATCH_SIZE", "0")::get, name -> null);

        assertTrue(assertThrows(IllegalStateException.class, () -> LlmSettings.from(provider))
                .getMessage().startsWith("PHAZE_LLM_PROVIDER must be one of none, openai, anthropic, ollama"));
        assertTrue(assertThrows(IllegalStateException.class, () -> LlmSettings.from(batch))
                .getMessage().startsWith("PHAZE_LLM_BATCH_SIZE must be within 1..100"));
    }

    @Test
    void everyProviderBuildsAModel() {
        for (LlmProvider provider : new LlmProvider[] {LlmProvider.OPENAI, LlmProvider.ANTHROPIC, LlmProvider.OLLAMA}) {
            LlmSettings settings = new LlmSettings(provider, "http://127.0.0.1:9/v1", "k", "m", 30, 20, null, 4096);
            assertTrue(LlmChatModels.create(settings) != null, provider.name());
        }
    }
}
