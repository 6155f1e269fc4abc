package phaze.audio.analysis.style;

/** A style model that cannot be loaded or run; the message names the model file and what to fix. */
public final class StyleModelException extends Exception {
    public StyleModelException(String message) {
        super(message);
    }

    public StyleModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
