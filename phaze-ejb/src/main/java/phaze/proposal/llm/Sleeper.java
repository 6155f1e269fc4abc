package phaze.proposal.llm;

import java.time.Duration;

/** Waits; injectable so tests of the rate limit and the back-off never sleep for real. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
