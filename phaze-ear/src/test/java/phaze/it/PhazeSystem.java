package phaze.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Predicate;

/** The running Phaze as a client sees it: base URL, the admin login, JSON over HTTP. */
final class PhazeSystem {
    static final String AGENT_ID = "it-agent";
    static final Path DIR = Path.of(System.getProperty("phaze.it.dir"));
    static final Path LIBRARY = DIR.resolve("library");
    static final Path MISSING_ROOT = DIR.resolve("missing-root");
    static final int PORT_OFFSET = Integer.getInteger("phaze.it.port.offset", 100);
    static final int HTTP_PORT = port("phaze.it.http.port", 8080);
    static final int MANAGEMENT_PORT = port("phaze.it.management.port", 9990);
    static final String BASE = "http://127.0.0.1:" + HTTP_PORT;
    static final String PASSWORD = System.getProperty("phaze.it.admin.password");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Answer(int status, String body) {
        JsonObject json() {
            if (!(parse() instanceof JsonObject o)) {
                throw new AssertionError("expected a JSON object, got " + status + " " + body);
            }
            return o;
        }

        jakarta.json.JsonArray array() {
            if (!(parse() instanceof jakarta.json.JsonArray a)) {
                throw new AssertionError("expected a JSON array, got " + status + " " + body);
            }
            return a;
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private PhazeSystem() {
    }

    /**
     * A port of the test server. WildFly adds its port offset to every port it binds, so a port that
     * disagrees with the offset would have the tests knock on the wrong server (or another run's).
     */
    private static int port(String property, int base) {
        int port = Integer.getInteger(property, base + PORT_OFFSET);
        if (port != base + PORT_OFFSET) {
            throw new IllegalStateException(property + "=" + port + " but the server listens on " + base + " + port offset "
                    + PORT_OFFSET + " = " + (base + PORT_OFFSET) + "; set it.port.offset, it.http.port and it.management.port together");
        }
        return port;
    }

    /** WildFly's JMX connector (remote+http on the management port), as jconsole reaches it. */
    static JMXConnector jmx() throws IOException {
        return JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:remote+http://127.0.0.1:" + MANAGEMENT_PORT));
    }

    static Answer get(String path) {
        return send(request(path).GET(), true);
    }

    static Answer post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)), true);
    }

    static Answer put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)), true);
    }

    static Answer send(HttpRequest.Builder request, boolean asAdmin) {
        if (asAdmin) {
            request.header("Authorization", basic("admin", PASSWORD));
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP to Phaze failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Registers the agent that runs in the test server (or gives it a new token when a previous
     * run registered it) and waits until its heartbeat arrives.
     */
    static void ensureAgentRunning() throws IOException {
        Path tokenFile = DIR.resolve("agent.token");
        Answer existing = get("/api/v1/agents/" + AGENT_ID);
        Answer issued = null;
        if (existing.status() == 404) {
            issued = post("/api/v1/agents", "{\"id\":\"" + AGENT_ID + "\",\"name\":\"System-test agent\",\"roots\":[\""
                    + LIBRARY + "\",\"" + MISSING_ROOT + "\"]}");
        } else if (!Files.exists(tokenFile)) {
            issued = post("/api/v1/agents/" + AGENT_ID + "/token", "");
        }
        if (issued != null) {
            if (issued.status() != 200 && issued.status() != 201) {
                throw new IllegalStateException("registering the test agent failed: " + issued);
            }
            Files.writeString(tokenFile, issued.json().getString("token"));
        }
        await("the test agent's heartbeat", Duration.ofSeconds(60),
                () -> "alive".equals(get("/api/v1/agents/" + AGENT_ID).json().getString("status")));
    }

    static JsonObject awaitScan(long scanId, Predicate<JsonObject> done) {
        JsonObject[] last = new JsonObject[1];
        await("scan " + scanId + " to finish", Duration.ofSeconds(90), () -> {
            last[0] = get("/api/v1/scans/" + scanId).json();
            return done.test(last[0]);
        });
        return last[0];
    }

    static void await(String what, Duration limit, java.util.function.BooleanSupplier condition) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
    }
}
