package phaze.library.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import phaze.library.boundary.FileDetail;
import phaze.library.boundary.FileSummary;
import phaze.library.boundary.LibraryService;
import phaze.platform.Page;

/** Operator API for discovered files, a page at a time ({@code page} from 0). */
@Path("v1/files")
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    @EJB
    LibraryService library;

    @GET
    @jakarta.ws.rs.Path("{id}")
    public FileDetail file(@jakarta.ws.rs.PathParam("id") long id) {
        return library.file(id);
    }

    @GET
    public Page<FileSummary> files(@QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("50") int size,
                                   @QueryParam("q") String pathContains,
                                   @QueryParam("sort") @DefaultValue("path") String sort,
                                   @QueryParam("order") @DefaultValue("asc") String order) {
        return library.files(page, size, pathContains, sort, !"desc".equalsIgnoreCase(order));
    }
}
