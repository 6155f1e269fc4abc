package phaze.protocol.agent;

/** A file that could not be read; the scan goes on without it. */
public record FileProblem(String relativePath, String message) {
}
