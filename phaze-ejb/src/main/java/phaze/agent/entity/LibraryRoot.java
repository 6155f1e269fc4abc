package phaze.agent.entity;

import jakarta.persistence.Embeddable;

import java.util.Optional;

/** A folder an agent owns, and whether the agent could read it at its last heartbeat. */
@Embeddable
public class LibraryRoot {
    private String path;
    private Boolean readable;
    private String problem;

    protected LibraryRoot() {
    }

    public LibraryRoot(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** Empty until the agent has reported on this root. */
    public Optional<Boolean> readable() {
        return Optional.ofNullable(readable);
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    void reported(boolean readable, String problem) {
        this.readable = readable;
        this.problem = readable ? null : problem;
    }
}
