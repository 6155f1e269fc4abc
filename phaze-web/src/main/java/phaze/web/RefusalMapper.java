package phaze.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import phaze.platform.RequestRefusedException;

import java.util.Locale;

/** A refused request becomes its HTTP status and a JSON message; never a stack trace. */
@Provider
public class RefusalMapper implements ExceptionMapper<RequestRefusedException> {

    @Override
    public Response toResponse(RequestRefusedException e) {
        return Response.status(status(e.reason()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.reason().name().toLowerCase(Locale.ROOT), e.getMessage()))
                .build();
    }

    static int status(RequestRefusedException.Reason reason) {
        return switch (reason) {
            case INVALID -> 422;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
        };
    }
}
