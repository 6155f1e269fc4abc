package phaze.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/**
 * The controller and the agent deployed together on WildFly with PostgreSQL: the operator API,
 * the agent API, and a real scan of a real library, end to end over HTTP.
 */
class OperatorApiIT extends PhazeSystemTest {

    @BeforeEach
    void agentIsRunning() throws IOException {
        ensureAgentRunning();
    }

    @Test
    void healthIsOkWhileTheDatabaseAnswers() {
        Answer health = send(request("/health").GET(), false);
        assertEquals(200, health.status());
        assertEquals("{\"status\":\"ok\"}", health.body());
    }

    @Test
    void openApiDescriptionIsServed() {
        Answer openapi = send(request("/openapi").GET(), false);
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().startsWith("openapi: 3"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/scans"));
    }

    @Test
    void operatorApiNeedsTheAdminLogin() {
        Answer anonymous = send(request("/api/v1/files").GET(), false);
        assertEquals(401, anonymous.status());
        assertEquals("unauthenticated", anonymous.json().getString("error"));
        Answer wrong = send(request("/api/v1/files").GET().header("Authorization", basic("admin", "not-it")), false);
        assertEquals(401, wrong.status());
        assertEquals(200, get("/api/v1/files").status());
    }

    @Test
    void aScanListsEveryMediaAndCompanionFileWithItsHash() throws Exception {
        Map<String, String> expected = sha256sumOfLibrary();

        JsonObject scan = startScan(LIBRARY.toString(), null);
        JsonObject done = awaitScan(scan.getJsonNumber("id").longValue(), s -> !"running".equals(s.getString("status")));
        assertEquals("completed", done.getString("status"), done.toString());
        assertEquals(expected.size(), done.getInt("totalFiles"));
        assertEquals(expected.size(), done.getInt("processedFiles"));

        Map<String, JsonObject> listed = filesUnderLibrary();
        assertEquals(expected.keySet(), listed.keySet());
        expected.forEach((path, sha) -> assertEquals(sha, listed.get(path).getString("sha256"), path));
        JsonObject mp3 = listed.get(LIBRARY + "/incoming/festival rips/dj_xyz__ultra2019_mainstage-WEB-2019-talion.mp3");
        assertEquals("audio", mp3.getString("type"));
        assertEquals(Files.size(Path.of(mp3.getString("path"))), mp3.getJsonNumber("sizeBytes").longValue());
        assertEquals("companion", listed.get(LIBRARY + "/tapes/gd1969-01-25.sbd.kaplan.7923.sbeok.md5").getString("type"));
    }

    @Test
    void aRescanUpdatesRowsInPlaceAndNeverDuplicates() {
        startAndFinish(LIBRARY.toString(), null);
        Map<String, JsonObject> before = filesUnderLibrary();
        JsonObject again = startAndFinish(LIBRARY.toString(), null);
        Map<String, JsonObject> after = filesUnderLibrary();
        assertEquals(before.size(), after.size());
        before.forEach((path, file) -> assertEquals(file.getJsonNumber("id").longValue(),
                after.get(path).getJsonNumber("id").longValue(), path));
        assertTrue(after.values().stream().allMatch(f -> f.getJsonNumber("scanId").longValue()
                == again.getJsonNumber("id").longValue()), "rows point at the latest scan");
    }

    @Test
    void aSubfolderScanReadsOnlyThatFolder() {
        JsonObject done = startAndFinish(LIBRARY.toString(), "tapes");
        assertEquals(2, done.getInt("totalFiles"));
    }

    @Test
    void badScopesAreRefusedWithAReasonAndWriteNothing() {
        long scansBefore = get("/api/v1/scans?limit=500").array().size();
        assertRefused(422, "is not one of agent", startScanAnswer("/etc", null));
        assertRefused(422, "may not contain '..'", startScanAnswer(LIBRARY.toString(), "tapes/../../.."));
        assertRefused(422, "does not exist", startScanAnswer(MISSING_ROOT.toString(), null));
        assertRefused(404, "no agent", post("/api/v1/scans", "{\"agentId\":\"nobody\",\"root\":\"/x\"}"));
        assertRefused(400, "not valid JSON", post("/api/v1/scans", "{not json"));
        assertEquals(scansBefore, get("/api/v1/scans?limit=500").array().size(), "no scan was recorded");
    }

    @Test
    void agentApiTakesOnlyValidTokensOfAgentsThatAreNotRevoked() {
        assertEquals(401, agentCall(null).status());
        assertEquals(401, agentCall("Bearer not-a-token").status());
        assertEquals(401, agentCall("Bearer phz_" + "A".repeat(43)).status());

        Answer registered = post("/api/v1/agents", "{\"id\":\"it-revoked-" + System.nanoTime() % 100000
                + "\",\"roots\":[\"/srv/music\"]}");
        assertEquals(201, registered.status(), registered.body());
        String token = registered.json().getString("token");
        assertEquals(204, agentCall("Bearer " + token).status());
        String id = registered.json().getJsonObject("agent").getString("id");
        assertEquals(200, post("/api/v1/agents/" + id + "/revoke", "").status());
        Answer refused = agentCall("Bearer " + token);
        assertEquals(403, refused.status());
        assertTrue(refused.body().contains("revoked"), refused.body());
    }

    @Test
    void anAgentsRootsCanBeReplaced() {
        String id = "it-roots-" + System.nanoTime() % 100000;
        assertEquals(201, post("/api/v1/agents", "{\"id\":\"" + id + "\",\"roots\":[\"/srv/a\"]}").status());
        Answer replaced = send(request("/api/v1/agents/" + id + "/roots")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roots\":[\"/srv/a\",\"/srv/b/\"]}")), true);
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals(java.util.List.of("/srv/a", "/srv/b"), replaced.json().getJsonArray("roots").stream()
                .map(v -> v.asJsonObject().getString("path")).toList());
        Answer refused = send(request("/api/v1/agents/" + id + "/roots")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"roots\":[\"relative/path\"]}")), true);
        assertRefused(422, "absolute path", refused);
    }

    private static Answer agentCall(String authorization) {
        HttpRequest.Builder r = request("/api/agent/v1/heartbeat")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":\"it\",\"queueDepth\":0,\"roots\":[]}"));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return send(r, false);
    }

    private static void assertRefused(int status, String messagePart, Answer answer) {
        assertEquals(status, answer.status(), answer.body());
        String message = answer.json().getString("message");
        assertTrue(message.contains(messagePart), message);
        assertFalse(answer.body().contains("Exception"), "no stack trace: " + answer.body());
    }

    private static JsonObject startAndFinish(String root, String subpath) {
        JsonObject scan = startScan(root, subpath);
        JsonObject done = awaitScan(scan.getJsonNumber("id").longValue(), s -> !"running".equals(s.getString("status")));
        assertEquals("completed", done.getString("status"), done.toString());
        return done;
    }

    private static JsonObject startScan(String root, String subpath) {
        Answer answer = startScanAnswer(root, subpath);
        assertEquals(201, answer.status(), answer.body());
        return answer.json();
    }

    private static Answer startScanAnswer(String root, String subpath) {
        return post("/api/v1/scans", "{\"agentId\":\"" + AGENT_ID + "\",\"root\":\"" + root + "\""
                + (subpath == null ? "" : ",\"subpath\":\"" + subpath + "\"") + "}");
    }

    private static Map<String, JsonObject> filesUnderLibrary() {
        Map<String, JsonObject> files = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonObject answer = get("/api/v1/files?size=100&page=" + page).json();
            answer.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .filter(f -> f.getString("path").startsWith(LIBRARY + "/"))
                    .forEach(f -> assertNull(files.put(f.getString("path"), f), "listed twice: " + f));
            if ((page + 1) * 100L >= answer.getJsonNumber("total").longValue()) {
                return files;
            }
        }
    }

    /** The oracle: sha256sum over the files a scan should find (media and companions). */
    private static Map<String, String> sha256sumOfLibrary() throws Exception {
        Map<String, String> expected = new HashMap<>();
        try (Stream<Path> files = Files.walk(LIBRARY)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                Process p = new ProcessBuilder("sha256sum", f.toString()).start();
                String sum = new String(p.getInputStream().readAllBytes()).substring(0, 64);
                assertEquals(0, p.waitFor());
                expected.put(Normalizer.normalize(f.toString(), Normalizer.Form.NFC), sum);
            }
        }
        return expected;
    }
}
