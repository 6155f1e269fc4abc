package phaze.library.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import phaze.library.boundary.FileDetail;
import phaze.library.boundary.LibraryService;
import phaze.pipeline.boundary.PipelineService;

/** One file in one stage: skip it (with a reason), put it back, or retry its failure. */
@Path("v1/files/{id}/stages/{stage}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FileStagesResource {

    public record Skip(String reason) {
    }

    @EJB
    PipelineService pipeline;
    @EJB
    LibraryService library;

    @POST
    @Path("skip")
    public FileDetail skip(@PathParam("id") long id, @PathParam("stage") String stage, Skip skip) {
        pipeline.skip(id, stage, skip == null ? null : skip.reason());
        return library.file(id);
    }

    @POST
    @Path("unskip")
    public FileDetail unskip(@PathParam("id") long id, @PathParam("stage") String stage) {
        pipeline.unskip(id, stage);
        return library.file(id);
    }

    @POST
    @Path("retry")
    public FileDetail retry(@PathParam("id") long id, @PathParam("stage") String stage) {
        pipeline.retry(id, stage);
        return library.file(id);
    }
}
