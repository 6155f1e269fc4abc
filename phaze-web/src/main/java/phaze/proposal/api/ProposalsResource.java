package phaze.proposal.api;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import phaze.platform.Page;
import phaze.platform.RequestRefusedException;
import phaze.proposal.boundary.BulkResult;
import phaze.proposal.boundary.Decision;
import phaze.proposal.boundary.ProposalFilter;
import phaze.proposal.boundary.ProposalQueries;
import phaze.proposal.boundary.ProposalRunView;
import phaze.proposal.boundary.ProposalRuns;
import phaze.proposal.boundary.ProposalService;
import phaze.proposal.boundary.ProposalView;
import phaze.proposal.boundary.TreeEntry;

import java.util.List;

/**
 * Operator API for proposals: list and filter, approve / reject / undo with the version the caller
 * saw, edit while pending, bulk decisions, the propose runs and the tree preview.
 */
@Path("v1/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    public record Version(Integer version) {
    }

    public record Edit(Integer version, String folder, String fileName) {
    }

    public record BulkFilter(String status, String q, Double minConfidence, Double maxConfidence) {
    }

    public record Bulk(String action, List<Decision> items, BulkFilter filter) {
    }

    @EJB
    ProposalService proposals;
    @EJB
    ProposalQueries queries;
    @EJB
    ProposalRuns runs;
    @Context
    HttpServletRequest request;

    @GET
    public Page<ProposalView> list(@QueryParam("status") @DefaultValue("pending") String status,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size,
                                   @QueryParam("q") String text,
                                   @QueryParam("minConfidence") Double minConfidence,
                                   @QueryParam("maxConfidence") Double maxConfidence,
                                   @QueryParam("sort") @DefaultValue("id") String sort,
                                   @QueryParam("order") @DefaultValue("asc") String order) {
        return queries.page(new ProposalFilter(status, text, minConfidence, maxConfidence), page, size, sort,
                !"desc".equalsIgnoreCase(order));
    }

    @GET
    @Path("{id}")
    public ProposalView proposal(@PathParam("id") long id) {
        return queries.proposal(id);
    }

    @POST
    @Path("{id}/approve")
    public ProposalView approve(@PathParam("id") long id, Version body) {
        return proposals.approve(id, version(body), actor());
    }

    @POST
    @Path("{id}/reject")
    public ProposalView reject(@PathParam("id") long id, Version body) {
        return proposals.reject(id, version(body), actor());
    }

    @POST
    @Path("{id}/undo")
    public ProposalView undo(@PathParam("id") long id, Version body) {
        return proposals.undo(id, version(body), actor());
    }

    /** A new rules proposal for a rejected, failed or stale one (not part of the contract; an addition). */
    @POST
    @Path("{id}/regenerate")
    public ProposalView regenerate(@PathParam("id") long id, Version body) {
        return proposals.regenerate(id, version(body), actor());
    }

    @PUT
    @Path("{id}")
    public ProposalView edit(@PathParam("id") long id, Edit body) {
        if (body == null || body.version() == null || (body.folder() == null && body.fileName() == null)) {
            throw RequestRefusedException.invalid("an edit needs {\"version\", \"folder\" and/or \"fileName\"}");
        }
        return proposals.edit(id, body.version(), body.folder(), body.fileName(), actor());
    }

    @POST
    @Path("bulk")
    public BulkResult bulk(Bulk body) {
        if (body == null) {
            throw RequestRefusedException.invalid("a bulk decision needs {\"action\", \"items\" or \"filter\"}");
        }
        BulkFilter f = body.filter();
        ProposalFilter filter = f == null ? null
                : new ProposalFilter(f.status(), f.q(), f.minConfidence(), f.maxConfidence());
        return proposals.bulk(body.action(), body.items(), filter, actor());
    }

    @GET
    @Path("runs")
    public List<ProposalRunView> runs(@QueryParam("limit") @DefaultValue("20") int limit) {
        return runs.recent(Math.max(1, Math.min(limit, 200)));
    }

    @GET
    @Path("runs/{id}")
    public ProposalRunView run(@PathParam("id") long id) {
        return runs.run(id);
    }

    @GET
    @Path("tree")
    public List<TreeEntry> tree(@QueryParam("agent") String agent, @QueryParam("root") String root,
                                @QueryParam("folder") @DefaultValue("") String folder) {
        if (agent == null || root == null) {
            throw RequestRefusedException.invalid("the tree preview needs ?agent=&root= (and optionally &folder=)");
        }
        return queries.tree(agent, root, folder);
    }

    private static int version(Version body) {
        if (body == null || body.version() == null) {
            throw RequestRefusedException.invalid("a decision needs {\"version\": n}, the version you were shown");
        }
        return body.version();
    }

    private String actor() {
        return request.getRemoteUser();
    }
}
