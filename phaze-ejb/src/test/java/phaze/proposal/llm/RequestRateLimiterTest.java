package phaze.proposal.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestRateLimiterTest {

    @Test
    void spacesStartsEvenlyAndLetsAnIdleCallerGoAtOnce() throws InterruptedException {
        FakeTime time = new FakeTime();
        RequestRateLimiter limiter = new RequestRateLimiter(20, time::nanoTime, time::sleep);

        List<Duration> waits = List.of(limiter.acquire(), limiter.acquire(), limiter.acquire());
        time.sleep(Duration.ofSeconds(30));
        Duration afterIdle = limiter.acquire();

        assertEquals(List.of(Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(3)), waits);
        assertEquals(Duration.ZERO, afterIdle);
    }

    @Test
    void concurrentCallersGetDistinctSlots() throws Exception {
        AtomicLong frozen = new AtomicLong();
        List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
        RequestRateLimiter limiter = new RequestRateLimiter(60, frozen::get, sleeps::add);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Duration>> waits = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                waits.add(pool.submit(limiter::acquire));
            }
            List<Long> seconds = new ArrayList<>();
            for (Future<Duration> wait : waits) {
                seconds.add(wait.get().toSeconds());
            }
            Collections.sort(seconds);
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L), seconds);
        } finally {
            pool.shutdownNow();
        }
    }
}
