package phaze.library.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import phaze.library.boundary.ScanService;
import phaze.library.boundary.ScanSummary;
import phaze.platform.RequestRefusedException;

import java.util.List;

/** Operator API for scans: start one on an agent's root (+ subpath), follow it, list recent ones. */
@Path("v1/scans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScansResource {

    public record ScanRequest(String agentId, String root, String subpath) {
    }

    @EJB
    ScanService scans;

    @POST
    public Response start(ScanRequest request) {
        if (request == null) {
            throw RequestRefusedException.invalid("the request needs a JSON body {\"agentId\",\"root\",\"subpath\"?}");
        }
        ScanSummary scan = scans.start(request.agentId(), request.root(), request.subpath());
        return Response.status(Response.Status.CREATED).entity(scan).build();
    }

    @GET
    @Path("{id}")
    public ScanSummary get(@PathParam("id") long id) {
        return scans.find(id);
    }

    public record Deleted(long scanId, int deletedFiles) {
    }

    @jakarta.ws.rs.DELETE
    @Path("{id}")
    public Deleted delete(@PathParam("id") long id) {
        return new Deleted(id, scans.delete(id));
    }

    @GET
    public List<ScanSummary> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        return scans.recent(Math.max(1, Math.min(limit, 500)));
    }
}
