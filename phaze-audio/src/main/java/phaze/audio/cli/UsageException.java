package phaze.audio.cli;

/** The command line itself is wrong; the message says what to type instead. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
