package phaze.proposal.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the model's answer text into {@link LlmNaming}s without trusting its shape: tolerates a code
 * fence or prose around the JSON object, a bare array, numbers for keys and numeric strings for
 * confidence; anything else that is wrong becomes a null field for {@link NamingCheck} to report.
 */
final class LlmAnswer {

    /** The whole answer is unusable; every file of the batch fails with this message. */
    static final class MalformedAnswerException extends Exception {
        MalformedAnswerException(String message) {
            super(message);
        }
    }

    private static final int QUOTED = 200;

    private LlmAnswer() {
    }

    static List<LlmNaming> parse(String text, ObjectMapper json) throws MalformedAnswerException {
        if (text == null || text.isBlank()) {
            throw new MalformedAnswerException("the model's answer was empty");
        }
        JsonNode root = read(text, json);
        JsonNode items = root.isArray() ? root : root.get("proposals");
        if (items == null || !items.isArray()) {
            throw new MalformedAnswerException("the model's answer has no \"proposals\" list: " + quote(text));
        }
        List<LlmNaming> namings = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isObject()) {
                namings.add(new LlmNaming(text(item, "key"), text(item, "folder"), text(item, "fileName"),
                        number(item.get("confidence")), text(item, "reasoning"), text(item, "kind")));
            }
        }
        return namings;
    }

    private static JsonNode read(String text, ObjectMapper json) throws MalformedAnswerException {
        String body = text.strip();
        if (!body.startsWith("{") && !body.startsWith("[")) {
            int start = body.indexOf('{');
            if (start < 0) {
                throw new MalformedAnswerException("the model did not answer with JSON: " + quote(text));
            }
            // Prose around the object: keep the object; a cut-off object goes to the parser to be named as such.
            int end = body.lastIndexOf('}');
            body = end > start ? body.substring(start, end + 1) : body.substring(start);
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedAnswerException("the model's answer is not valid JSON (" + e.getOriginalMessage()
                    + "): " + quote(text));
        }
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() || ("key".equals(field) && value.isNumber()) ? value.asText() : null;
    }

    private static Double number(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Double.valueOf(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static String quote(String text) {
        return "\"" + oneLine(text, QUOTED) + "\"";
    }

    /** A provider's text on one line, cut at {@code limit} characters. */
    static String oneLine(String text, int limit) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= limit ? flat : flat.substring(0, limit) + "…";
    }
}
