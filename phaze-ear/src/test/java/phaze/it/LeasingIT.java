package phaze.it;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;
import static phaze.it.PhazeSystem.*;

/**
 * The work queue under concurrent leasing, driven through the agent API by a scripted agent (the
 * test speaks the agent protocol itself, so it controls timing and lease lengths).
 */
class LeasingIT extends PhazeSystemTest {
    private static final int FILES = 300;


    @Test
    void concurrentLeasesNeverShareAnItemExpiredLeasesComeBackAndPauseHoldsTheQueue() throws Exception {
        ensureAgentRunning(); // the trigger below needs the test library's files discovered too
        String id = "lease-" + System.nanoTime() % 1_000_000;
        String root = "/srv/" + id;
        String token = post("/api/v1/agents", "{\"id\":\"" + id + "\",\"roots\":[\"" + root + "\"]}").json().getString("token");
        assertEquals(204, agent(token, "/heartbeat", "{\"version\":\"it\",\"queueDepth\":0,\"roots\":[{\"path\":\""
                + root + "\",\"readable\":true}]}").status());

        long scanId = post("/api/v1/scans", "{\"agentId\":\"" + id + "\",\"root\":\"" + root + "\"}").json().getJsonNumber("id").longValue();
        try {
            leaseTheScriptedAgentsWork(token, scanId);
        } finally {
            // Leave nothing behind for other tests: the scripted agent stops being reachable and its
            // generated files go with their scan.
            post("/api/v1/agents/" + id + "/revoke", "");
            send(request("/api/v1/scans/" + scanId).DELETE(), true);
        }
    }

    private void leaseTheScriptedAgentsWork(String token, long scanId) throws Exception {
        JsonArray discover = agent(token, "/work/lease", "{\"max\":5}").array();
        assertEquals(1, discover.size());
        assertEquals(200, agent(token, "/scans/" + scanId + "/files", discoveredFiles()).status());
        assertEquals(204, agent(token, "/work/" + discover.getJsonObject(0).getJsonNumber("id").longValue() + "/result",
                "{\"outcome\":\"done\"}").status());

        post("/api/v1/pipeline/stages/tags/pause", "");
        try {
            assertTrue(post("/api/v1/pipeline/stages/tags/trigger", "").json().getInt("enqueued") >= FILES);
            assertEquals(0, agent(token, "/work/lease", "{\"max\":10}").array().size(), "a paused stage is not leased");
        } finally {
            post("/api/v1/pipeline/stages/tags/resume", "");
        }

        List<Long> leased = leaseConcurrently(token, 6, 2);
        assertEquals(FILES, leased.size(), "every item leased");
        assertEquals(FILES, new HashSet<>(leased).size(), "no item leased twice");
        assertEquals(0, agent(token, "/work/lease", "{\"max\":10}").array().size(), "all are held");

        Thread.sleep(2_500);
        assertEquals(0, agent(token, "/work/lease", "{\"max\":50,\"stage\":\"analyze\"}").array().size(),
                "a lease for one stage takes only that stage's items");
        JsonArray again = agent(token, "/work/lease", "{\"max\":50,\"leaseSeconds\":60,\"stage\":\"tags\"}").array();
        assertEquals(50, again.size(), "expired leases are leased again");
        Set<Long> first = new HashSet<>(leased);
        again.forEach(v -> assertTrue(first.contains(v.asJsonObject().getJsonNumber("id").longValue())));

        StringBuilder batch = new StringBuilder("[");
        for (long item : leased.subList(0, 10)) {
            batch.append("{\"id\":").append(item).append(",\"result\":{\"outcome\":\"skipped\",\"message\":\"leasing test\"}},");
        }
        batch.append("{\"id\":-5,\"result\":{\"outcome\":\"done\"}}]");
        Answer answer = agent(token, "/work/results", batch.toString());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(10, answer.json().getInt("accepted"), "a batch of results is taken entry by entry");
        assertEquals(-5, answer.json().getJsonArray("refused").getJsonObject(0).getJsonNumber("id").longValue(),
                "an item not leased is refused alone");
        for (long item : leased.subList(10, leased.size())) {
            assertEquals(204, agent(token, "/work/" + item + "/result", "{\"outcome\":\"skipped\",\"message\":\"leasing test\"}").status());
        }
        assertEquals(409, agent(token, "/work/" + leased.get(0) + "/result", "{\"outcome\":\"done\"}").status(),
                "a finished item cannot be reported again");
    }

    private static List<Long> leaseConcurrently(String token, int threads, int leaseSeconds) throws Exception {
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    while (true) {
                        JsonArray batch = agent(token, "/work/lease", "{\"max\":7,\"leaseSeconds\":" + leaseSeconds + "}").array();
                        if (batch.isEmpty()) {
                            return null;
                        }
                        batch.forEach(v -> all.add(v.asJsonObject().getJsonNumber("id").longValue()));
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return all;
    }

    private static String discoveredFiles() {
        StringBuilder files = new StringBuilder("{\"totalFiles\":" + FILES + ",\"files\":[");
        for (int i = 0; i < FILES; i++) {
            files.append(i == 0 ? "" : ",").append("{\"relativePath\":\"set-").append(i)
                    .append(".mp3\",\"sizeBytes\":1000,\"sha256\":\"").append(String.format("%064x", i + 1))
                    .append("\",\"kind\":\"audio\"}");
        }
        return files.append("]}").toString();
    }

    private static Answer agent(String token, String path, String json) {
        return send(request("/api/agent/v1" + path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + token), false);
    }
}
