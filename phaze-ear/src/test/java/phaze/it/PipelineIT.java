package phaze.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/** Stage control and the tags stage, carried out by the real agent on the real library. */
class PipelineIT extends PhazeSystemTest {

    @BeforeEach
    void agentIsRunning() throws IOException {
        ensureAgentRunning();
    }

    @Test
    void stageControlsAreValidatedClampedAndReturned() {
        assertEquals(422, post("/api/v1/pipeline/stages/nonsense/pause", "").status());
        assertEquals(422, post("/api/v1/pipeline/stages/discover/pause", "").status());
        assertEquals(401, send(request("/api/v1/pipeline/stages/tags/pause").POST(
                java.net.http.HttpRequest.BodyPublishers.noBody()), false).status());

        stats(); // a count younger than a second: it must not be served once the pause has committed
        JsonObject paused = post("/api/v1/pipeline/stages/analyze/pause", "").json();
        assertEquals("analyze", paused.getString("stage"));
        assertTrue(paused.getBoolean("paused"));
        assertTrue(stats().getJsonObject("analyze").getBoolean("paused"), "stats show the pause");
        assertFalse(post("/api/v1/pipeline/stages/analyze/resume", "").json().getBoolean("paused"));

        int start = post("/api/v1/pipeline/stages/analyze/priority", "{\"delta\":0}").json().getInt("priority");
        assertEquals(Math.max(0, start - 10), post("/api/v1/pipeline/stages/analyze/priority", "{\"delta\":-10}").json().getInt("priority"));
        assertEquals(0, post("/api/v1/pipeline/stages/analyze/priority", "{\"delta\":-1000}").json().getInt("priority"));
        assertEquals(100, post("/api/v1/pipeline/stages/analyze/priority", "{\"delta\":1000}").json().getInt("priority"));
        assertEquals(50, post("/api/v1/pipeline/stages/analyze/priority", "{\"delta\":-50}").json().getInt("priority"));
        assertEquals(422, post("/api/v1/pipeline/stages/analyze/priority", "{}").status());
    }

    @Test
    void tagsRunOnEveryMediaFileHeldByAPauseAndNeverTwice() {
        JsonObject scan = post("/api/v1/scans", "{\"agentId\":\"" + AGENT_ID + "\",\"root\":\"" + LIBRARY + "\"}").json();
        awaitScan(scan.getJsonNumber("id").longValue(), s -> "completed".equals(s.getString("status")));

        assertTrue(post("/api/v1/pipeline/stages/tags/pause", "").json().getBoolean("paused"));
        JsonObject triggered = post("/api/v1/pipeline/stages/tags/trigger", "").json();
        assertEquals("tags", triggered.getString("stage"));
        long enqueued = triggered.getInt("enqueued");
        JsonObject before = stats().getJsonObject("tags");
        assertEquals(enqueued, before.getJsonNumber("inFlight").longValue());

        // Paused: the agent polls every second but leases nothing of this stage.
        sleep(Duration.ofSeconds(4));
        JsonObject held = stats().getJsonObject("tags");
        assertEquals(before.getJsonNumber("done").longValue(), held.getJsonNumber("done").longValue());
        assertEquals(enqueued, held.getJsonNumber("inFlight").longValue());

        post("/api/v1/pipeline/stages/tags/resume", "");
        await("tags to finish", Duration.ofSeconds(90), () -> stats().getJsonObject("tags").getJsonNumber("inFlight").longValue() == 0);
        JsonObject after = stats().getJsonObject("tags");
        assertEquals(0, after.getJsonNumber("notStarted").longValue(), after.toString());
        assertEquals(0, after.getJsonNumber("failed").longValue(), after.toString());
        assertEquals(0, post("/api/v1/pipeline/stages/tags/trigger", "").json().getInt("enqueued"), "nothing twice");

        JsonObject flac = fileNamed("01 atlas.flac");
        JsonObject detail = get("/api/v1/files/" + flac.getJsonNumber("id").longValue()).json();
        JsonObject tags = detail.getJsonObject("tags");
        assertEquals("Bicep", tags.getString("artist"));
        assertEquals("Atlas", tags.getString("title"));
        assertEquals("Isles", tags.getString("album"));
        assertEquals(8.0, tags.getJsonNumber("durationSeconds").doubleValue(), 0.3);
        assertEquals("done", detail.getJsonObject("stages").getJsonObject("tags").getString("status"));
        assertEquals("not_started", detail.getJsonObject("stages").getJsonObject("analyze").getString("status"));
    }

    @Test
    void analyzeAndFingerprintRunOnTheRealAudio() {
        JsonObject scan = post("/api/v1/scans", "{\"agentId\":\"" + AGENT_ID + "\",\"root\":\"" + LIBRARY + "\"}").json();
        awaitScan(scan.getJsonNumber("id").longValue(), s -> "completed".equals(s.getString("status")));
        post("/api/v1/pipeline/stages/analyze/trigger", "");
        post("/api/v1/pipeline/stages/fingerprint/trigger", "");
        await("analyze and fingerprint to finish", Duration.ofSeconds(180), () -> {
            JsonObject stats = stats();
            return stats.getJsonObject("analyze").getJsonNumber("inFlight").longValue() == 0
                    && stats.getJsonObject("fingerprint").getJsonNumber("inFlight").longValue() == 0;
        });
        JsonObject stats = stats();
        for (String stage : new String[] {"analyze", "fingerprint"}) {
            JsonObject s = stats.getJsonObject(stage);
            assertEquals(0, s.getJsonNumber("failed").longValue(), stage + ": " + s);
            assertEquals(0, s.getJsonNumber("notStarted").longValue(), stage + ": " + s);
        }
        JsonObject mp3 = fileNamed("dj_xyz__ultra2019_mainstage-WEB-2019-talion.mp3");
        JsonObject detail = get("/api/v1/files/" + mp3.getJsonNumber("id").longValue()).json();
        JsonObject analysis = detail.getJsonObject("analysis");
        assertEquals(12.0, analysis.getJsonNumber("durationSeconds").doubleValue(), 0.5);
        // The demo kick is an exponentially decaying pulse every 0.5 s: 120 BPM (or its half/double).
        double bpm = analysis.getJsonNumber("bpm").doubleValue();
        assertTrue(Math.abs(bpm - 120) < 2.5 || Math.abs(bpm - 60) < 1.5 || Math.abs(bpm - 240) < 5, "bpm " + bpm);
        assertTrue(analysis.getJsonNumber("lufs").doubleValue() < 0, analysis.toString());
        assertEquals(64, analysis.getString("payloadHash").length());
        assertEquals("done", detail.getJsonObject("stages").getJsonObject("fingerprint").getString("status"));
        assertEquals(java.util.List.of("incoming/festival rips/dj_xyz__ultra2019_mainstage-WEB-2019-talion.cue",
                        "incoming/festival rips/dj_xyz__ultra2019_mainstage-WEB-2019-talion.nfo"),
                detail.getJsonArray("companions").getValuesAs(jakarta.json.JsonString::getString), "companions beside the set");

        JsonObject garbled = get("/api/v1/files/" + fileNamed("J\u00c3\u00b3ga").getJsonNumber("id").longValue()).json();
        assertEquals("Bj\u00f6rk - J\u00f3ga (live).mp3", garbled.getString("repairedName"), "mojibake name repaired beside the original");
        assertFalse(detail.containsKey("repairedName"), "a clean name needs no repair");
    }

    @Test
    void operatorSkipsRetriesRecoversAndDeletesAFinishedScan() {
        JsonObject scan = post("/api/v1/scans", "{\"agentId\":\"" + AGENT_ID + "\",\"root\":\"" + LIBRARY
                + "\",\"subpath\":\"tapes\"}").json();
        long scanId = scan.getJsonNumber("id").longValue();
        awaitScan(scanId, s -> "completed".equals(s.getString("status")));
        long wav = fileNamed("sbeok.flac24.wav").getJsonNumber("id").longValue();
        String stages = "/api/v1/files/" + wav + "/stages/";

        assertEquals(422, post(stages + "fingerprint/skip", "{\"reason\":\" \"}").status(), "a skip needs a reason");
        JsonObject skipped = post(stages + "fingerprint/skip", "{\"reason\":\"speech only\"}").json();
        assertEquals("skipped", skipped.getJsonObject("stages").getJsonObject("fingerprint").getString("status"));
        assertEquals("speech only", skipped.getJsonObject("stages").getJsonObject("fingerprint").getString("message"));
        JsonObject unskipped = post(stages + "fingerprint/unskip", "").json();
        assertEquals("not_started", unskipped.getJsonObject("stages").getJsonObject("fingerprint").getString("status"));
        assertEquals(409, post(stages + "fingerprint/retry", "").status(), "only a failure can be retried");
        assertEquals(404, post("/api/v1/files/987654321/stages/tags/skip", "{\"reason\":\"x\"}").status());

        assertEquals(200, post("/api/v1/pipeline/recover", "").status());
        assertEquals(0, post("/api/v1/pipeline/recover", "").json().getInt("enqueued"), "recover never doubles work");

        long others = get("/api/v1/files?size=1").json().getJsonNumber("total").longValue();
        Answer deleted = send(request("/api/v1/scans/" + scanId).DELETE(), true);
        assertEquals(200, deleted.status(), deleted.body());
        assertEquals(2, deleted.json().getInt("deletedFiles"), "the wav and its .md5");
        assertEquals(404, get("/api/v1/files/" + wav).status());
        assertEquals(404, get("/api/v1/scans/" + scanId).status());
        assertEquals(others - 2, get("/api/v1/files?size=1").json().getJsonNumber("total").longValue(), "no other scan's files");
    }

    @Test
    void statsSayWhenTheyWereCountedAndAreNeverOlderThanAnOperatorsChange() throws Exception {
        stats();
        java.time.Instant beforeChange = java.time.Instant.now();
        post("/api/v1/pipeline/stages/fingerprint/priority", "{\"delta\":0}");
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                request("/api/v1/pipeline/stats").header("Authorization", basic("admin", PASSWORD)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        java.time.Instant countedAt = java.time.Instant.parse(answer.headers().firstValue("X-Phaze-Counted-At").orElseThrow());
        assertFalse(countedAt.isBefore(beforeChange), "counted at " + countedAt + ", the change began at " + beforeChange);
        long age = Long.parseLong(answer.headers().firstValue("Age").orElseThrow());
        assertTrue(age >= 0 && age <= 3, "Age " + age);
    }

    private static JsonObject stats() {
        return get("/api/v1/pipeline/stats").json();
    }

    private static JsonObject fileNamed(String name) {
        return get("/api/v1/files?size=500&q=" + name.replace(" ", "%20")).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("path").startsWith(LIBRARY + "/"))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not listed"));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
