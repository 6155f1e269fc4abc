import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for pipeline-bench.sh (run with `java PipelineBench.java`): N agents lease their queued
 * items concurrently through the agent API — the first half reported one request per item, the second
 * half in one request per lease batch (`POST work/results`) — while a console-like client asks for the
 * stats every 250 ms; then the stats endpoint is timed on an unchanged database, right after an agent's
 * change (a heartbeat) and right after an operator's change (a pause, so every call counts from the rows).
 * Prints one line per measurement.
 *
 * Usage: PipelineBench BASE_URL ADMIN_PASSWORD LEASE_BATCH ITEMS TOKEN...
 */
public class PipelineBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().build();
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int batch = Integer.parseInt(args[2]);
        long items = Long.parseLong(args[3]);
        List<String> tokens = Arrays.asList(args).subList(4, args.length);

        StatsWatcher watcher = new StatsWatcher(base, password);
        Thread watching = new Thread(watcher, "stats-watcher");
        watching.setDaemon(true);
        watching.start();
        drain(base, tokens, batch, items / 2, false);
        drain(base, tokens, batch, Long.MAX_VALUE, true);
        watching.interrupt();
        watching.join();
        watcher.print();

        time("stats, database unchanged between calls", () -> get(base + "/api/v1/pipeline/stats", password), () -> { });
        time("stats, a heartbeat committed before each call", () -> get(base + "/api/v1/pipeline/stats", password),
                () -> post(base + "/api/agent/v1/heartbeat", tokens.get(0), "{\"version\":\"bench\",\"queueDepth\":0,\"roots\":[]}"));
        time("stats, an operator's pause or resume committed before each call (a count from the rows)",
                () -> get(base + "/api/v1/pipeline/stats", password), new Call() {
                    private boolean paused;

                    @Override
                    public void run() throws Exception {
                        paused = !paused;
                        postAdmin(base + "/api/v1/pipeline/stages/analyze/" + (paused ? "pause" : "resume"), password);
                    }
                });
        postAdmin(base + "/api/v1/pipeline/stages/analyze/resume", password);
    }

    /** Asks for the stats every 250 ms like an open console; keeps each answer's time and the counts' age. */
    private static final class StatsWatcher implements Runnable {
        private final String base;
        private final String password;
        private final List<long[]> samples = new ArrayList<>();

        StatsWatcher(String base, String password) {
            this.base = base;
            this.password = password;
        }

        @Override
        public void run() {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    java.time.Instant asked = java.time.Instant.now();
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = get(base + "/api/v1/pipeline/stats", password);
                    long took = System.nanoTime() - t0;
                    java.time.Instant countedAt = java.time.Instant.parse(r.headers().firstValue("X-Phaze-Counted-At").orElseThrow());
                    long age = java.time.Duration.between(countedAt, java.time.Instant.now()).toMillis();
                    samples.add(new long[] {took, age, countedAt.isBefore(asked) ? 0 : 1});
                    Thread.sleep(250);
                }
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void print() {
            long[] took = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
            long[] age = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
            long counted = samples.stream().filter(s -> s[2] == 1).count();
            System.out.printf("stats every 250 ms while the agents lease and report: median %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms over %d calls (%d of them waited for a count); counts served %d ms old in the"
                    + " median, %d ms at most%n",
                    took[took.length / 2] / 1e6, took[(int) (took.length * 0.95) - 1] / 1e6, took[took.length - 1] / 1e6,
                    took.length, counted, age[age.length / 2], age[age.length - 1]);
        }
    }

    /** Leases and reports until {@code budget} items are done or the queue is empty; prints the rate. */
    private static void drain(String base, List<String> tokens, int batch, long budget, boolean batched) throws Exception {
        AtomicLong leased = new AtomicLong();
        AtomicLong leaseNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (String token : tokens) {
            runs.add(pool.submit(() -> {
                while (leased.get() < budget) {
                    long t0 = System.nanoTime();
                    String body = post(base + "/api/agent/v1/work/lease", token, "{\"max\":" + batch + ",\"leaseSeconds\":600}");
                    leaseNanos.addAndGet(System.nanoTime() - t0);
                    List<String> ids = new ArrayList<>();
                    Matcher m = ID.matcher(body);
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                    if (ids.isEmpty()) {
                        return null;
                    }
                    leased.addAndGet(ids.size());
                    if (batched) {
                        StringBuilder results = new StringBuilder("[");
                        for (String id : ids) {
                            results.append(results.length() > 1 ? "," : "").append("{\"id\":").append(id)
                                    .append(",\"result\":{\"outcome\":\"skipped\",\"message\":\"bench\"}}");
                        }
                        post(base + "/api/agent/v1/work/results", token, results.append("]").toString());
                    } else {
                        for (String id : ids) {
                            post(base + "/api/agent/v1/work/" + id + "/result", token, "{\"outcome\":\"skipped\",\"message\":\"bench\"}");
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("lease+report (%s): %d items by %d agents in %.2f s = %.0f items/s; lease calls alone: %.0f items/s%n",
                batched ? "one request per lease batch" : "one request per item",
                leased.get(), tokens.size(), seconds, leased.get() / seconds,
                leased.get() / (leaseNanos.get() / 1e9 / tokens.size()));
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void time(String what, Call call, Call before) throws Exception {
        long[] samples = new long[20];
        for (int i = 0; i < samples.length; i++) {
            before.run();
            long t0 = System.nanoTime();
            call.run();
            samples[i] = System.nanoTime() - t0;
        }
        Arrays.sort(samples);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms over %d calls%n", what,
                samples[samples.length / 2] / 1e6, samples[(int) (samples.length * 0.95) - 1] / 1e6, samples.length);
    }

    private static String post(String url, String token, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static HttpResponse<String> get(String url, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(password))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r;
    }

    private static void postAdmin(String url, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(password))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    private static String basic(String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes());
    }
}
