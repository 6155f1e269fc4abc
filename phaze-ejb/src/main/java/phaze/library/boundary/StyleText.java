package phaze.library.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Style scores as a person reads them: "model: label 82 %, label 11 %; other-model: …". */
final class StyleText {

    private StyleText() {
    }

    static String of(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        Map<String, StringBuilder> byModel = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readArray()) {
                JsonObject o = v.asJsonObject();
                StringBuilder labels = byModel.computeIfAbsent(o.getString("model", "model"), m -> new StringBuilder());
                labels.append(labels.length() == 0 ? "" : ", ").append(o.getString("label", "?")).append(' ')
                        .append(String.format(Locale.ROOT, "%.0f %%", 100 * o.getJsonNumber("score").doubleValue()));
            }
        }
        return byModel.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
