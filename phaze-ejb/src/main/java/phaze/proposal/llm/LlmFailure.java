package phaze.proposal.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

/** Reads a failed chat call: was it a rate limit, how long to wait, and what to tell the user. */
final class LlmFailure {

    private static final int BODY_EXCERPT = 300;

    private LlmFailure() {
    }

    static boolean isRateLimited(Throwable error) {
        if (error instanceof RateLimitException) {
            return true;
        }
        HttpException http = find(error, HttpException.class);
        return http != null && http.statusCode() == 429;
    }

    static Optional<Duration> retryAfter(Throwable error) {
        RetryAfterException retry = find(error, RetryAfterException.class);
        return retry == null ? Optional.empty() : Optional.of(retry.retryAfter());
    }

    static String describe(Throwable error, LlmSettings settings) {
        String where = settings.baseUrl() == null ? settings.describeModel() : settings.baseUrl();
        if (find(error, ConnectException.class) != null) {
            return "could not connect to the LLM at " + where + " (connection refused or unreachable)";
        }
        if (find(error, UnknownHostException.class) != null || find(error, UnresolvedAddressException.class) != null) {
            return "could not resolve the LLM's host " + where;
        }
        if (error instanceof TimeoutException || find(error, HttpTimeoutException.class) != null) {
            return "the LLM at " + where + " did not answer within " + settings.timeout().toSeconds()
                    + " s (PHAZE_LLM_TIMEOUT_SECONDS)";
        }
        HttpException http = find(error, HttpException.class);
        if (http != null) {
            String body = http.getMessage() == null ? "" : LlmAnswer.oneLine(http.getMessage(), BODY_EXCERPT);
            String hint = http.statusCode() == 401 || http.statusCode() == 403 ? " (check PHAZE_LLM_API_KEY)"
                    : http.statusCode() == 404 ? " (check PHAZE_LLM_MODEL and PHAZE_LLM_BASE_URL)" : "";
            return "the LLM provider answered HTTP " + http.statusCode() + hint + ": " + body;
        }
        return "the LLM request failed: " + error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + LlmAnswer.oneLine(error.getMessage(), BODY_EXCERPT));
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
