package phaze.proposal.llm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on loopback speaking just enough of OpenAI's chat-completions protocol:
 * {@code POST /v1/chat/completions} answers with the next scripted reply (recorded bodies from
 * {@code src/test/resources/llm}) and records every request it saw.
 */
final class FakeOpenAiServer implements AutoCloseable {

    /** One scripted HTTP answer. */
    record Reply(int status, Map<String, String> headers, String body) {

        static Reply completion(String resource) {
            return new Reply(200, Map.of(), resource(resource));
        }

        static Reply rateLimited(String retryAfter) {
            return new Reply(429, retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter),
                    resource("rate-limited.json"));
        }

        static Reply serverError() {
            return new Reply(500, Map.of(), resource("server-error.json"));
        }
    }

    /** What the server received. */
    record Seen(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Seen> seen = new ArrayList<>();
    private Reply forever;

    FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized FakeOpenAiServer then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** Once the script is used up, answer with this every time. */
    synchronized FakeOpenAiServer always(Reply reply) {
        forever = reply;
        return this;
    }

    synchronized List<Seen> seen() {
        return List.copyOf(seen);
    }

    static String resource(String name) {
        try (InputStream in = FakeOpenAiServer.class.getResourceAsStream("/llm/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource llm/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Reply reply;
        synchronized (this) {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            boolean known = "POST".equals(exchange.getRequestMethod())
                    && "/v1/chat/completions".equals(exchange.getRequestURI().getPath());
            reply = !known ? new Reply(404, Map.of(), "{\"error\":{\"message\":\"unknown endpoint\"}}")
                    : !script.isEmpty() ? script.poll()
                    : forever != null ? forever
                    : new Reply(500, Map.of(), "{\"error\":{\"message\":\"the test scripted no reply\"}}");
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
