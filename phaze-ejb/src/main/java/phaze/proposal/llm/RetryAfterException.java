package phaze.proposal.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An HTTP 429 whose response said when to come back. langchain4j maps any {@link HttpException} with
 * status 429 to its {@code RateLimitException} but drops the headers; this subclass keeps the one header
 * the engine needs and travels as that exception's cause.
 */
public final class RetryAfterException extends HttpException {

    private final transient Duration retryAfter;

    public RetryAfterException(String body, Duration retryAfter) {
        super(429, body);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Parses a Retry-After value: delay-seconds or an HTTP date. Empty when absent or unreadable. */
    public static Optional<Duration> parse(String header, Clock clock) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
