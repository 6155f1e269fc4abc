package phaze.agent.runtime;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import phaze.protocol.AgentApi;
import phaze.protocol.agent.DiscoveryChunk;
import phaze.protocol.agent.Heartbeat;
import phaze.protocol.agent.BatchAnswer;
import phaze.protocol.agent.ItemResult;
import phaze.protocol.agent.ItemStep;
import phaze.protocol.agent.LeaseRequest;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The agent side of {@link AgentApi}: every call is authenticated by the bearer token. Calls are
 * serialized: RESTEasy's default client engine holds one connection, and the calls are short next
 * to the decoding that worker threads do between them.
 */
public final class ControllerClient implements AutoCloseable {

    /** The controller refused this agent (401/403): no point retrying until reconfigured. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private final Client client;
    private final String base;
    private final String token;

    public ControllerClient(String controllerUrl, String token) {
        this.client = ClientBuilder.newBuilder().connectTimeout(10, TimeUnit.SECONDS).readTimeout(120, TimeUnit.SECONDS).build();
        this.base = controllerUrl + AgentApi.BASE;
        this.token = token;
    }

    public void heartbeat(Heartbeat heartbeat) {
        post(AgentApi.HEARTBEAT, heartbeat);
    }

    public synchronized long pending() {
        try (Response r = call(AgentApi.PENDING).get()) {
            check(r, "pending");
            return r.readEntity(jakarta.json.JsonObject.class).getJsonNumber("leasable").longValue();
        }
    }

    public List<WorkLease> lease(int max) {
        return lease(max, null, null);
    }

    /** Leases at most {@code max} items for {@code seconds} (null: the default), only of {@code stage} unless null. */
    public synchronized List<WorkLease> lease(int max, Integer seconds, String stage) {
        try (Response r = call(AgentApi.LEASE).post(Entity.json(new LeaseRequest(max, seconds, stage)))) {
            check(r, "lease");
            return r.readEntity(new GenericType<List<WorkLease>>() { });
        }
    }

    public void report(long itemId, WorkResult result) {
        post(AgentApi.WORK_RESULT.replace("{id}", Long.toString(itemId)), result);
    }

    /** Results of several items in one request; each is taken or refused on its own. */
    public synchronized BatchAnswer reportAll(List<ItemResult> results) {
        try (Response r = call(AgentApi.WORK_RESULTS).post(Entity.json(results))) {
            check(r, "results");
            return r.readEntity(BatchAnswer.class);
        }
    }

    /** Journaled steps of several execute items in one request (one transaction on the controller). */
    public synchronized BatchAnswer steps(List<ItemStep> steps) {
        try (Response r = call(AgentApi.WORK_STEPS_BATCH).post(Entity.json(steps))) {
            check(r, "steps");
            return r.readEntity(BatchAnswer.class);
        }
    }

    /** One journaled step of an execute item, as it happens. */
    public void step(long itemId, phaze.protocol.agent.ExecutionStep step) {
        post(AgentApi.WORK_STEPS.replace("{id}", Long.toString(itemId)), step);
    }

    public void files(long scanId, DiscoveryChunk chunk) {
        post(AgentApi.SCAN_FILES.replace("{id}", Long.toString(scanId)), chunk);
    }

    /** Streams one item's fingerprints (binary, see FingerprintsCodec) to the controller's index. */
    public synchronized void fingerprints(long itemId, phaze.audio.fingerprint.Fingerprints fingerprints) {
        jakarta.ws.rs.core.StreamingOutput body = out -> phaze.audio.fingerprint.FingerprintsCodec.write(fingerprints, out);
        try (Response r = call(AgentApi.WORK_FINGERPRINTS.replace("{id}", Long.toString(itemId)))
                .post(Entity.entity(body, MediaType.APPLICATION_OCTET_STREAM_TYPE))) {
            check(r, "fingerprints");
        }
    }

    private synchronized void post(String path, Object body) {
        try (Response r = call(path).post(Entity.json(body))) {
            check(r, path);
        }
    }

    private jakarta.ws.rs.client.Invocation.Builder call(String path) {
        return client.target(base + path).request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token);
    }

    private static void check(Response r, String what) {
        int status = r.getStatus();
        if (status == 401 || status == 403) {
            throw new Refused("controller refused " + what + " (" + status + "): " + r.readEntity(String.class));
        }
        if (status >= 300) {
            throw new ProcessingException("controller answered " + status + " to " + what + ": " + r.readEntity(String.class));
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
