package phaze.web;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import phaze.platform.RequestRefusedException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a deliberate refusal: unreadable request bodies become 400, framework
 * answers (404, 405, 415 …) keep their status, and real failures become a 500 whose body names
 * the failure without a stack trace (that goes to the server log).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RequestRefusedException refused) {
            return new RefusalMapper().toResponse(refused);
        }
        if (cause instanceof WebApplicationException web) {
            return json(web.getResponse().getStatus(), "http", web.getMessage());
        }
        if (cause instanceof ProcessingException) {
            return json(400, "unreadable", "the request body is not valid JSON for this call");
        }
        LOG.log(Level.SEVERE, "request failed", e);
        return json(500, "internal", "Phaze failed to handle this request: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    private static Response json(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(error, message)).build();
    }
}
