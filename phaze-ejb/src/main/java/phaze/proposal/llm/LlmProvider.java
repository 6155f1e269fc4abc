package phaze.proposal.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which chat API the engine speaks; {@link #NONE} leaves proposals to the rules engine. */
public enum LlmProvider {
    NONE,
    /** OpenAI, or any server speaking its chat-completions protocol (vLLM, llama.cpp, LM Studio…). */
    OPENAI,
    ANTHROPIC,
    OLLAMA;

    /** Parses a PHAZE_LLM_PROVIDER value; blank means {@link #NONE}. */
    public static LlmProvider parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            throw new IllegalStateException("PHAZE_LLM_PROVIDER must be one of " + known + ", got '" + text + "'", e);
        }
    }
}
