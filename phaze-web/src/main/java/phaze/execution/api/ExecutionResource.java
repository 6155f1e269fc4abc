package phaze.execution.api;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import phaze.execution.boundary.BatchView;
import phaze.execution.boundary.ExecutionService;
import phaze.execution.boundary.UndoResult;
import phaze.execution.control.ExecutionPlan;

import java.net.URI;
import java.util.List;

/** Operator API for execution: the plan (the dry run), running it by its hash, progress, undo. */
@Path("v1/execution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExecutionResource {

    public record Run(String planHash) {
    }

    public record Undo(List<Long> itemIds) {
    }

    @EJB
    ExecutionService executions;
    @Context
    HttpServletRequest request;

    @GET
    @Path("plan")
    public ExecutionPlan plan() {
        return executions.plan();
    }

    @POST
    public Response run(Run body) {
        BatchView batch = executions.execute(body == null ? null : body.planHash(), request.getRemoteUser());
        return Response.created(URI.create("/api/v1/execution/" + batch.id())).entity(batch).build();
    }

    @GET
    public List<BatchView> batches(@QueryParam("limit") @DefaultValue("20") int limit) {
        return executions.recent(Math.max(1, Math.min(limit, 200)));
    }

    @GET
    @Path("{batchId}")
    public BatchView batch(@PathParam("batchId") long batchId) {
        return executions.batch(batchId);
    }

    @POST
    @Path("{batchId}/undo")
    public UndoResult undo(@PathParam("batchId") long batchId, Undo body) {
        return executions.undo(batchId, body == null ? null : body.itemIds(), request.getRemoteUser());
    }
}
