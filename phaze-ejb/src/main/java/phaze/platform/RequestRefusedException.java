package phaze.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request Phaze will not carry out, with a message the operator or agent can act on. The
 * transaction rolls back, so nothing of the refused request is written. Boundaries map the
 * {@link Reason} to an HTTP status or a console message; never a stack trace.
 */
@ApplicationException(rollback = true)
public class RequestRefusedException extends RuntimeException {

    public enum Reason { INVALID, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN }

    private final Reason reason;

    public RequestRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static RequestRefusedException invalid(String message) {
        return new RequestRefusedException(Reason.INVALID, message);
    }

    public static RequestRefusedException notFound(String message) {
        return new RequestRefusedException(Reason.NOT_FOUND, message);
    }

    public static RequestRefusedException conflict(String message) {
        return new RequestRefusedException(Reason.CONFLICT, message);
    }

    public static RequestRefusedException unauthenticated(String message) {
        return new RequestRefusedException(Reason.UNAUTHENTICATED, message);
    }

    public static RequestRefusedException forbidden(String message) {
        return new RequestRefusedException(Reason.FORBIDDEN, message);
    }
}
