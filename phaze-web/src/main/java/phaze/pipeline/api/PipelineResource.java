package phaze.pipeline.api;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import phaze.pipeline.control.Stage;
import phaze.proposal.batch.ProposeStage;
import phaze.proposal.boundary.ProposalRunView;

import java.net.URI;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import phaze.pipeline.boundary.PipelineService;
import phaze.pipeline.boundary.StageControlService;
import phaze.pipeline.boundary.StageState;
import phaze.pipeline.boundary.StatsSnapshot;
import phaze.platform.RequestRefusedException;


/** Operator API for the pipeline: trigger, pause, resume, reprioritize, retry, and the counts. */
@Path("v1/pipeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PipelineResource {

    public record PriorityChange(Integer delta) {
    }

    @EJB
    PipelineService pipeline;
    @EJB
    StageControlService control;
    @EJB
    ProposeStage propose;
    @Context
    HttpServletRequest request;

    /**
     * The counts per stage. They may be a few seconds behind the agents (never behind an operator's own
     * change): {@code Age} says how many whole seconds, {@code X-Phaze-Counted-At} when they were counted.
     */
    @GET
    @Path("stats")
    public Response stats() {
        StatsSnapshot.Counted counted = pipeline.countedStats();
        return Response.ok(counted.stats())
                .header("Age", counted.ageSeconds())
                .header("X-Phaze-Counted-At", counted.countedAt().toString())
                .header("Cache-Control", "no-store")
                .build();
    }

    /** Body only for propose: {@code {"engine": "rules" | "llm"}} (absent → the configured default). */
    public record TriggerOptions(String engine) {
    }

    @POST
    @Path("stages/{stage}/trigger")
    public Response trigger(@PathParam("stage") String stage, TriggerOptions options) {
        if (Stage.PROPOSE.wireName().equals(stage)) {
            ProposalRunView run = propose.start(options == null ? null : options.engine(), request.getRemoteUser());
            return Response.accepted(run).location(URI.create("/api/v1/proposals/runs/" + run.id())).build();
        }
        return Response.ok(pipeline.trigger(stage)).build();
    }

    @POST
    @Path("recover")
    public PipelineService.Triggered recover() {
        return pipeline.recover();
    }

    @POST
    @Path("stages/{stage}/retry")
    public PipelineService.Triggered retry(@PathParam("stage") String stage) {
        return pipeline.retryFailed(stage);
    }

    @POST
    @Path("stages/{stage}/pause")
    public StageState pause(@PathParam("stage") String stage) {
        return control.pause(stage);
    }

    @POST
    @Path("stages/{stage}/resume")
    public StageState resume(@PathParam("stage") String stage) {
        return control.resume(stage);
    }

    @POST
    @Path("stages/{stage}/priority")
    public StageState priority(@PathParam("stage") String stage, PriorityChange change) {
        if (change == null || change.delta() == null) {
            throw RequestRefusedException.invalid("the request needs {\"delta\": n}");
        }
        return control.changePriority(stage, change.delta());
    }
}
