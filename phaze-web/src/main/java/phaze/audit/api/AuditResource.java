package phaze.audit.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import phaze.audit.boundary.AuditTrail;
import phaze.platform.Page;

/** The audit trail, newest first unless asked otherwise; read-only (the database refuses rewrites). */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditTrail audit;

    @GET
    public Page<AuditTrail.Event> events(@QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("50") int size,
                                         @QueryParam("q") String filter,
                                         @QueryParam("subjectKind") String subjectKind,
                                         @QueryParam("subjectId") Long subjectId,
                                         @QueryParam("fileId") Long fileId,
                                         @QueryParam("sort") @DefaultValue("at") String sort,
                                         @QueryParam("order") @DefaultValue("desc") String order) {
        return audit.events(page, size, filter, subjectKind, subjectId, fileId, sort, "asc".equalsIgnoreCase(order));
    }
}
