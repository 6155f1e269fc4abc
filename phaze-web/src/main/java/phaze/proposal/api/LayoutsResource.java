package phaze.proposal.api;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import phaze.platform.RequestRefusedException;
import phaze.proposal.boundary.NamingLayouts;

import java.util.List;
import java.util.Map;

/** The rules engine's folder and file-name templates per recording kind, with a preview. */
@Path("v1/naming/layouts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LayoutsResource {

    public record Templates(String folderTemplate, String fileTemplate) {
    }

    @EJB
    NamingLayouts layouts;
    @Context
    HttpServletRequest request;

    @GET
    public List<NamingLayouts.Layout> layouts() {
        return layouts.layouts();
    }

    @PUT
    @Path("{kind}")
    public NamingLayouts.Layout save(@PathParam("kind") String kind, Templates body) {
        Templates t = required(body);
        return layouts.save(kind, t.folderTemplate(), t.fileTemplate(), request.getRemoteUser());
    }

    @DELETE
    @Path("{kind}")
    public NamingLayouts.Layout reset(@PathParam("kind") String kind) {
        return layouts.reset(kind, request.getRemoteUser());
    }

    @POST
    @Path("{kind}/preview")
    public Map<String, String> preview(@PathParam("kind") String kind, Templates body) {
        Templates t = required(body);
        return Map.of("preview", layouts.preview(kind, t.folderTemplate(), t.fileTemplate()));
    }

    private static Templates required(Templates body) {
        if (body == null) {
            throw RequestRefusedException.invalid("send {\"folderTemplate\", \"fileTemplate\"}");
        }
        return body;
    }
}
