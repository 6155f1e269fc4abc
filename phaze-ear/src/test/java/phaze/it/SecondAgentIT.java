package phaze.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/**
 * Two real agents against one controller: the one beside the controller owns the test library (root
 * A), a second one on its own WildFly, set up as an operator sets up another file server, owns root B.
 * Each file's work goes to the agent that owns it, and only there.
 */
class SecondAgentIT extends PhazeSystemTest {
    /** Not beside the first server's ports: offsets 1 or 3 apart would share its transaction or management ports. */
    private static final int PORT_OFFSET_B = Integer.getInteger("phaze.it.second-agent.port.offset", PORT_OFFSET + 10);
    private static final Path HOST_B = DIR.resolve("agent-b");
    private static final Path ROOT_B = HOST_B.resolve("library");
    private static final Pattern CARRIED_OUT = Pattern.compile("work started item=\\d+ key=tags:(\\d+)");

    @Test
    void eachAgentDoesTheWorkOfItsOwnRootAndNoOtherAgentsWork() throws Exception {
        ensureAgentRunning();
        // Sorted after the first agent: the console's scan form preselects the first agent by id, revoked or not.
        String agentB = "it-second-" + Math.floorMod(System.nanoTime(), 1_000_000);
        makeLibraryB();
        Path tokenFile = register(agentB);
        try (AgentHost host = AgentHost.install(HOST_B, PORT_OFFSET_B)) {
            // The variables of docs/agents.md, and nothing else: no system properties, no database.
            host.start(Map.of("PHAZE_CONTROLLER_URL", BASE, "PHAZE_AGENT_TOKEN_FILE", tokenFile.toString(),
                    "PHAZE_AGENT_ROOTS", ROOT_B.toString(), "PHAZE_AGENT_CONCURRENCY", "2",
                    "PHAZE_AGENT_CACHE_DIR", HOST_B.resolve("cache").toString()));
            JsonObject status = send(HttpRequest.newBuilder(URI.create(host.url("/phaze-agent/api/status"))).GET(), false).json();
            assertEquals(BASE, status.getString("controllerUrl"), status.toString());
            assertEquals(List.of(ROOT_B.toString()), status.getJsonArray("roots").getValuesAs(jakarta.json.JsonString::getString));
            assertEquals(2, status.getInt("concurrency"), status.toString());
            assertTrue(status.getBoolean("tokenPresent"), status.toString());
            await("agent " + agentB + " to report from its own server", Duration.ofSeconds(60), () -> alive(agentB));

            long scanB = scan(agentB, ROOT_B);
            long scanA = scan(AGENT_ID, LIBRARY);
            post("/api/v1/pipeline/stages/tags/resume", ""); // a pause another test left must not hold this one
            Answer triggered = post("/api/v1/pipeline/stages/tags/trigger", "");
            assertEquals(200, triggered.status(), triggered.body());
            await("tags of both roots", Duration.ofSeconds(120), () -> {
                // Fails at once rather than by the timeout: an item leased by a stranger can never be reported.
                assertEquals(0, leasedByAnotherAgent(), "no work item is ever leased by an agent that does not own it");
                return untagged(scanA, scanB) == 0;
            });

            Map<Long, String> owners = tagsLeasedBy(scanA, scanB, agentB);
            Set<Long> filesB = owners.entrySet().stream().filter(e -> e.getValue().equals(agentB)).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertEquals(3, filesB.size(), "the three files of root B: " + owners);
            assertTrue(owners.size() - filesB.size() >= 8, "and the eight recordings of the test library: " + owners);
            assertEquals(0, leasedByAnotherAgent(), "no work item is ever leased by an agent that does not own it");
            // The agents' own logs: B carried out exactly its files; the first agent none of them.
            assertEquals(filesB, carriedOut(host.serverLog()), "what agent B's server log says it did");
            assertTrue(carriedOut(Files.readString(DIR.resolve("wildfly/standalone/log/server.log"))).stream().noneMatch(filesB::contains),
                    "the first agent never touched a file of root B");
            JsonObject tags = get("/api/v1/files/" + fileOf(agentB, "north.mp3")).json().getJsonObject("tags");
            assertEquals("North", tags.getString("title"), "read from the file on host B");
            assertEquals("Second Host", tags.getString("artist"));

            assertTrue(alive(AGENT_ID) && alive(agentB), get("/api/v1/agents").body());
            assertTrue(get("/api/v1/agents/" + agentB).json().getJsonArray("roots").getJsonObject(0).getBoolean("readable"));
        } finally {
            // The other system tests count files and queues: root B and its agent must leave no trace.
            post("/api/v1/agents/" + agentB + "/revoke", "");
            get("/api/v1/scans?limit=50").array().stream().map(JsonValue::asJsonObject)
                    .filter(s -> s.getString("agentId").equals(agentB))
                    .forEach(s -> send(request("/api/v1/scans/" + s.getJsonNumber("id")).DELETE(), true));
        }
    }

    /** Three real recordings on "host B", one of them tagged so its tags prove who read it. */
    private static void makeLibraryB() throws IOException, InterruptedException {
        TestAudio.tone(ROOT_B.resolve("field/north.mp3"), 330, "-metadata", "artist=Second Host", "-metadata", "title=North");
        TestAudio.tone(ROOT_B.resolve("field/south.flac"), 349);
        TestAudio.tone(ROOT_B.resolve("east.ogg"), 370);
    }

    /** What an operator does on the controller, then on the file server: register, keep the token in a file only its owner reads. */
    private static Path register(String agentId) throws IOException {
        Answer registered = post("/api/v1/agents", "{\"id\":\"" + agentId + "\",\"name\":\"Second file server\",\"roots\":[\"" + ROOT_B + "\"]}");
        assertEquals(201, registered.status(), registered.body());
        Path tokenFile = HOST_B.resolve("agent.token");
        Files.deleteIfExists(tokenFile);
        Files.createFile(tokenFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tokenFile, registered.json().getString("token"));
        return tokenFile;
    }

    private static boolean alive(String agentId) {
        return "alive".equals(get("/api/v1/agents/" + agentId).json().getString("status"));
    }

    private static long scan(String agentId, Path root) {
        Answer started = post("/api/v1/scans", "{\"agentId\":\"" + agentId + "\",\"root\":\"" + root + "\"}");
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        JsonObject done = awaitScan(id, s -> !"running".equals(s.getString("status")));
        assertEquals("completed", done.getString("status"), done.toString());
        return id;
    }

    private static long fileOf(String agentId, String name) {
        return get("/api/v1/files?size=50&q=" + name).json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("agentId").equals(agentId)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " of " + agentId + " not listed")).getJsonNumber("id").longValue();
    }

    private static Set<Long> carriedOut(String log) {
        Matcher m = CARRIED_OUT.matcher(log);
        Set<Long> ids = new java.util.HashSet<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static long untagged(long scanA, long scanB) {
        return count("""
                select count(*) from phaze.audio_file f where f.scan_id in (?, ?) and f.kind in ('audio', 'video')
                  and not exists (select 1 from phaze.stage_result r where r.file_id = f.id and r.stage = 'tags')""", scanA, scanB);
    }

    private static long leasedByAnotherAgent() {
        return count("select count(*) from phaze.work_item where lease_owner <> agent_id");
    }

    /**
     * Who leased the tags item of every media file the two scans found, checked against the root it
     * lies in: root B's files belong to and were leased by agent B, the library's by the first agent.
     */
    private static Map<Long, String> tagsLeasedBy(long scanA, long scanB, String agentB) throws SQLException {
        Map<Long, String> owners = new HashMap<>();
        try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement("""
                select f.id, f.root, f.agent_id, w.lease_owner, r.status from phaze.audio_file f
                left join phaze.work_item w on w.work_key = 'tags:' || f.id
                left join phaze.stage_result r on r.file_id = f.id and r.stage = 'tags'
                where f.scan_id in (?, ?) and f.kind in ('audio', 'video')""")) {
            ps.setLong(1, scanA);
            ps.setLong(2, scanB);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String path = rs.getString(2);
                    String expected = path.equals(ROOT_B.toString()) ? agentB : AGENT_ID;
                    String what = "file " + rs.getLong(1) + " in " + path;
                    assertEquals(expected, rs.getString(3), what + " belongs to");
                    assertEquals(expected, rs.getString(4), what + " was leased by");
                    assertEquals("done", rs.getString(5), what + ": tags");
                    owners.put(rs.getLong(1), rs.getString(4));
                }
            }
        }
        return owners;
    }

    private static long count(String sql, long... parameters) {
        try (Connection c = Database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
