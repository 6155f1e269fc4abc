package phaze.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/**
 * A PROPOSE run with the LLM engine against a real OpenAI-protocol server on loopback: the server is
 * configured at run time (system properties set through WildFly's management model over JMX), the
 * answers include a traversal attempt, an out-of-range confidence, a malformed reply and a 429, and
 * each file ends as a legal pending proposal or a failed one with the reason.
 */
class LlmProposalsIT extends PhazeSystemTest {

    private static final String INBOX = "llm-inbox";

    @Test
    void theLlmProposesAndItsMistakesFailOnlyTheirFiles() throws Exception {
        ensureAgentRunning();
        Path inbox = LIBRARY.resolve(INBOX);
        Files.createDirectories(inbox);
        TestAudio.tone(inbox.resolve("track01.mp3"), 220, "-metadata", "artist=Bonobo", "-metadata", "title=Kerala");
        TestAudio.tone(inbox.resolve("escape.mp3"), 247);
        TestAudio.tone(inbox.resolve("clamp.ogg"), 262);
        TestAudio.tone(inbox.resolve("garbled.flac"), 294);
        JsonObject scan = post("/api/v1/scans", "{\"agentId\":\"" + AGENT_ID + "\",\"root\":\"" + LIBRARY
                + "\",\"subpath\":\"" + INBOX + "\"}").json();
        awaitScan(scan.getJsonNumber("id").longValue(), s -> "completed".equals(s.getString("status")));
        post("/api/v1/pipeline/stages/tags/resume", "");
        post("/api/v1/pipeline/stages/tags/trigger", "");
        await("tags to finish", Duration.ofSeconds(90),
                () -> get("/api/v1/pipeline/stats").json().getJsonObject("tags").getJsonNumber("inFlight").longValue() == 0);

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put(INBOX + "/track01.mp3", "\"folder\":\"music/Bonobo\",\"fileName\":\"Bonobo - Kerala.mp3\","
                + "\"confidence\":0.93,\"reasoning\":\"Artist and title tags.\",\"kind\":\"SINGLE_TRACK\"");
        answers.put(INBOX + "/escape.mp3", "\"folder\":\"../../etc\",\"fileName\":\"passwd.mp3\",\"confidence\":0.9,"
                + "\"reasoning\":\"Trust me.\"");
        answers.put(INBOX + "/clamp.ogg", "\"folder\":\"music/Unknown\",\"fileName\":\"Clamp.ogg\",\"confidence\":7.5,"
                + "\"reasoning\":\"Very sure.\"");
        answers.put(INBOX + "/garbled.flac", OpenAiOnLoopback.MALFORMED);
        try (OpenAiOnLoopback llm = new OpenAiOnLoopback(answers)) {
            Map<String, String> settings = Map.of("phaze.llm.provider", "openai", "phaze.llm.base.url", llm.baseUrl(),
                    "phaze.llm.model", "phaze-test-model", "phaze.llm.api.key", "sk-loopback",
                    "phaze.llm.batch.size", "1", "phaze.llm.requests.per.minute", "6000");
            setSystemProperties(settings);
            try {
                Answer started = post("/api/v1/pipeline/stages/propose/trigger", "{\"engine\":\"llm\"}");
                assertEquals(202, started.status(), started.body());
                assertEquals("openai phaze-test-model", started.json().getString("model"));
                JsonObject run = ProposalsIT.awaitRun(started.json().getJsonNumber("id").longValue());
                assertEquals(llm.requests().size(), run.getInt("requests"), "every request counted, the 429 too: " + run);
                assertTrue(run.getInt("requests") >= 5, "4 files one at a time, one retried after the 429: " + run);
                assertEquals((run.getInt("requests") - 1) * 400L, run.getJsonNumber("inputTokens").longValue(),
                        "tokens summed from the answers' usage: " + run);
                assertTrue(llm.requests().stream().anyMatch(r -> r.contains("Kerala")), "the evidence was sent");
            } finally {
                removeSystemProperties(settings.keySet());
            }
        }

        JsonObject track = inInbox("track01.mp3");
        assertEquals("pending", track.getString("status"), track.toString());
        assertEquals("music/Bonobo/Bonobo - Kerala.mp3", track.getString("proposedPath"));
        assertEquals(0.93, track.getJsonNumber("confidence").doubleValue(), 1e-9);
        assertEquals("llm", track.getString("engine"));
        assertTrue(track.getString("reasoning").contains("LLM"), track.getString("reasoning"));

        JsonObject escape = inInbox("escape.mp3");
        assertEquals("failed", escape.getString("status"));
        assertTrue(escape.getString("error").contains("outside the library"), escape.getString("error"));

        JsonObject clamp = inInbox("clamp.ogg");
        assertEquals("pending", clamp.getString("status"));
        assertEquals(1.0, clamp.getJsonNumber("confidence").doubleValue(), 1e-9, "clamped to [0,1]");

        JsonObject garbled = inInbox("garbled.flac");
        assertEquals("failed", garbled.getString("status"));
        assertFalse(garbled.getString("error").isBlank());

        // with the LLM gone, the engine is refused by name and the default is the rules again
        Answer refused = post("/api/v1/pipeline/stages/propose/trigger", "{\"engine\":\"llm\"}");
        assertEquals(422, refused.status(), refused.body());
    }

    private static JsonObject inInbox(String name) {
        return get("/api/v1/proposals?status=all&size=50&q=" + INBOX + "/" + name).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("currentPath").equals(INBOX + "/" + name))
                .findFirst().orElseThrow(() -> new AssertionError("no proposal for " + name));
    }

    private static MBeanServerConnection management(JMXConnector jmx) throws java.io.IOException {
        return jmx.getMBeanServerConnection();
    }

    /** System properties of the running server, as an operator sets them in the admin console. */
    private static void setSystemProperties(Map<String, String> properties) throws Exception {
        try (JMXConnector jmx = jmx()) {
            for (Map.Entry<String, String> p : properties.entrySet()) {
                ObjectName name = new ObjectName("jboss.as:system-property=" + p.getKey());
                if (management(jmx).isRegistered(name)) {
                    management(jmx).invoke(name, "remove", null, null);
                }
                // WildFly's JMX facade adds a child resource through its parent: addSystemProperty(name, value)
                management(jmx).invoke(new ObjectName("jboss.as:management-root=server"), "addSystemProperty",
                        new Object[] {p.getKey(), p.getValue()}, new String[] {String.class.getName(), String.class.getName()});
            }
        }
    }

    private static void removeSystemProperties(Iterable<String> names) throws Exception {
        try (JMXConnector jmx = jmx()) {
            for (String key : names) {
                ObjectName name = new ObjectName("jboss.as:system-property=" + key);
                if (management(jmx).isRegistered(name)) {
                    management(jmx).invoke(name, "remove", null, null);
                }
            }
        }
    }
}
