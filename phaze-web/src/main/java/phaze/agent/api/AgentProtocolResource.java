package phaze.agent.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import phaze.agent.boundary.AgentService;
import phaze.library.boundary.ScanService;
import phaze.library.boundary.ScanSummary;
import phaze.pipeline.boundary.WorkQueue;
import phaze.platform.RequestRefusedException;
import phaze.protocol.AgentApi;
import phaze.protocol.agent.DiscoveryChunk;
import phaze.protocol.agent.Heartbeat;
import phaze.protocol.agent.BatchAnswer;
import phaze.protocol.agent.ItemResult;
import phaze.protocol.agent.ItemStep;
import phaze.protocol.agent.LeaseRequest;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.ExecutionStep;
import phaze.protocol.agent.WorkResult;

import java.util.List;

/** The agent API ({@link AgentApi}): heartbeat, lease work, report results and findings. */
@Path("agent/v" + AgentApi.VERSION)
@AgentCall
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgentProtocolResource {

    @EJB
    AgentService agents;
    @EJB
    WorkQueue work;
    @EJB
    phaze.execution.boundary.ExecutionService executions;
    @EJB
    ScanService scans;
    @EJB
    phaze.fingerprint.boundary.FingerprintLibrary fingerprintLibrary;
    @Context
    HttpServletRequest request;

    @POST
    @Path(AgentApi.HEARTBEAT)
    public void heartbeat(Heartbeat heartbeat) {
        agents.heartbeat(agentId(), required(heartbeat, "heartbeat"));
    }

    public record Pending(long leasable) {
    }

    @jakarta.ws.rs.GET
    @Path(AgentApi.PENDING)
    public Pending pending() {
        return new Pending(work.leasable(agentId()));
    }

    @POST
    @Path(AgentApi.LEASE)
    public List<WorkLease> lease(LeaseRequest lease) {
        return work.lease(agentId(), lease);
    }

    @POST
    @Path(AgentApi.WORK_RESULT)
    public void result(@PathParam("id") long itemId, WorkResult result) {
        work.report(agentId(), itemId, required(result, "result"));
    }

    @POST
    @Path(AgentApi.WORK_RESULTS)
    public BatchAnswer results(List<ItemResult> results) {
        return work.reportAll(agentId(), required(results, "results"));
    }

    @POST
    @Path(AgentApi.WORK_STEPS_BATCH)
    public BatchAnswer steps(List<ItemStep> steps) {
        return executions.steps(agentId(), required(steps, "steps"));
    }

    @POST
    @Path(AgentApi.WORK_STEPS)
    public void step(@PathParam("id") long itemId, ExecutionStep step) {
        executions.step(agentId(), itemId, required(step, "step"));
    }

    @POST
    @Path(AgentApi.WORK_FINGERPRINTS)
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public void fingerprints(@PathParam("id") long itemId, java.io.InputStream upload) {
        fingerprintLibrary.accept(agentId(), itemId, upload);
    }

    @POST
    @Path(AgentApi.SCAN_FILES)
    public ScanSummary files(@PathParam("id") long scanId, DiscoveryChunk chunk) {
        return scans.recordDiscovered(agentId(), scanId, required(chunk, "chunk"));
    }

    private String agentId() {
        // RESTEasy keeps request properties set by filters as servlet request attributes.
        return (String) request.getAttribute(AgentAuthentication.AGENT_ID);
    }

    private static <T> T required(T body, String what) {
        if (body == null) {
            throw RequestRefusedException.invalid("the request needs a JSON " + what);
        }
        return body;
    }
}
