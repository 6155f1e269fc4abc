package phaze.web;

/** The body of every refused API call: a machine-readable reason and a sentence for people. */
public record ApiError(String error, String message) {
}
