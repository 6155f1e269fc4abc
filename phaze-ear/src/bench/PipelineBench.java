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
 * Load client for pipeline-bench.sh (run with `java PipelineBench.java`): N agents lease their
 * queued items concurrently through the agent API, and report each one; then the stats endpoint
 * is timed. Prints one line per measurement.
 *
 * Usage: PipelineBench BASE_URL ADMIN_PASSWORD LEASE_BATCH TOKEN...
 */
public class PipelineBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().build();
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int batch = Integer.parseInt(args[2]);
        List<String> tokens = Arrays.asList(args).subList(3, args.length);

        AtomicLong leased = new AtomicLong();
        AtomicLong leaseNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (String token : tokens) {
            runs.add(pool.submit(() -> {
                while (true) {
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
                    for (String id : ids) {
                        post(base + "/api/agent/v1/work/" + id + "/result", token, "{\"outcome\":\"skipped\",\"message\":\"bench\"}");
                    }
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("lease+report: %d items by %d agents in %.2f s = %.0f items/s; lease calls alone: %.0f items/s%n",
                leased.get(), tokens.size(), seconds, leased.get() / seconds,
                leased.get() / (leaseNanos.get() / 1e9 / tokens.size()));

        long[] samples = new long[20];
        for (int i = 0; i < samples.length; i++) {
            long t0 = System.nanoTime();
            get(base + "/api/v1/pipeline/stats", password);
            samples[i] = System.nanoTime() - t0;
        }
        Arrays.sort(samples);
        System.out.printf("stats: median %.1f ms, p95 %.1f ms over %d calls%n",
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

    private static void get(String url, String password) throws Exception {
        String auth = java.util.Base64.getEncoder().encodeToString(("admin:" + password).getBytes());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + auth)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
    }
}
