package phaze.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real HTTP server on loopback speaking OpenAI's chat-completions protocol, answering each file of
 * a request from a table of recorded answers keyed by the file's current path (files not in the
 * table are left out of the answer, as a model sometimes does). The first request gets a 429 with
 * Retry-After; a path mapped to {@link #MALFORMED} gets a reply that is not JSON.
 */
final class OpenAiOnLoopback implements AutoCloseable {
    static final String MALFORMED = "<malformed>";

    private final HttpServer server;
    private final Map<String, String> answers;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean limited = new AtomicBoolean();

    /** @param answers current path → the proposal item's JSON fields without "key" */
    OpenAiOnLoopback(Map<String, String> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<String> requests() {
        return requests;
    }

    private void complete(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        requests.add(body);
        if (limited.compareAndSet(false, true)) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            reply(exchange, 429, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}");
            return;
        }
        JsonObject request = Json.createReader(new StringReader(body)).readObject();
        String prompt = request.getJsonArray("messages").stream().map(JsonValue::asJsonObject)
                .filter(m -> "user".equals(m.getString("role"))).map(m -> m.getString("content")).findFirst().orElseThrow();
        JsonObject evidence = Json.createReader(new StringReader(prompt.substring(prompt.indexOf('{')))).readObject();
        JsonArrayBuilder proposals = Json.createArrayBuilder();
        boolean malformed = false;
        for (JsonValue v : evidence.getJsonArray("files")) {
            JsonObject file = v.asJsonObject();
            String answer = answers.get(file.getString("currentPath"));
            if (MALFORMED.equals(answer)) {
                malformed = true;
            } else if (answer != null) {
                proposals.add(Json.createReader(new StringReader("{\"key\":\"" + file.getString("key") + "\"," + answer + "}"))
                        .readObject());
            }
        }
        String content = malformed ? "Sure! Here are my proposals: {\"proposals\": [ {\"key\": "
                : Json.createObjectBuilder().add("proposals", proposals).build().toString();
        JsonObject completion = Json.createObjectBuilder()
                .add("id", "chatcmpl-phaze-it").add("object", "chat.completion").add("created", 1764400000)
                .add("model", request.getString("model"))
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder().add("index", 0)
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))
                        .add("finish_reason", "stop")))
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 400).add("completion_tokens", 60)
                        .add("total_tokens", 460))
                .build();
        reply(exchange, 200, completion.toString());
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
