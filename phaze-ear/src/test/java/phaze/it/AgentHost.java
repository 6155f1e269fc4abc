package phaze.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second file server: its own WildFly (the stock configuration, without Phaze's datasource or
 * anything else of the controller), its own port offset and data folder, and nothing deployed but the
 * agent WAR, started the way docs/agents.md tells an operator on another host to start it: settings
 * in the environment only. Closing it stops the server and every process it started.
 */
final class AgentHost implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final Path wildfly;
    private final int portOffset;
    private final Thread killOnExit;
    private Process server;

    private AgentHost(Path wildfly, int portOffset) {
        this.wildfly = wildfly;
        this.portOffset = portOffset;
        // If the test JVM is ended before close() runs, the second server must not outlive it.
        this.killOnExit = new Thread(() -> processTree().forEach(ProcessHandle::destroyForcibly));
    }

    /** Unpacks WildFly into {@code dir/wildfly} (a copy of the provisioned one with its pristine configuration) and drops the agent WAR in. */
    static AgentHost install(Path dir, int portOffset) throws IOException, InterruptedException {
        Path wildfly = dir.resolve("wildfly");
        Path built = Path.of(System.getProperty("phaze.it.wildfly"));
        Files.createDirectories(dir);
        run("rm", "-rf", wildfly.toString());
        run("cp", "-a", built.toString(), wildfly.toString());
        run("rm", "-rf", wildfly.resolve("standalone/data").toString(), wildfly.resolve("standalone/log").toString(),
                wildfly.resolve("standalone/tmp").toString(), wildfly.resolve("standalone/configuration/standalone_xml_history").toString());
        Path configuration = wildfly.resolve("standalone/configuration");
        // provision.sh keeps the distribution's own standalone.xml beside the configured one.
        Files.copy(configuration.resolve("standalone.xml.pristine"), configuration.resolve("standalone.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        Path deployments = wildfly.resolve("standalone/deployments");
        try (Stream<Path> old = Files.list(deployments)) {
            for (Path p : old.filter(p -> !p.getFileName().toString().equals("README.txt")).toList()) {
                run("rm", "-rf", p.toString());
            }
        }
        Files.copy(Path.of(System.getProperty("phaze.it.agent.war")), deployments.resolve("phaze-agent.war"));
        return new AgentHost(wildfly, portOffset);
    }

    /**
     * Starts {@code bin/standalone.sh} with exactly {@code settings} as the PHAZE_* environment (nothing
     * inherited: no database settings leak in from the test) and waits until the agent is deployed.
     */
    void start(Map<String, String> settings) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(wildfly.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true).redirectOutput(wildfly.resolve("console.out").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> !List.of("PATH", "HOME", "JAVA_HOME", "LANG", "TMPDIR").contains(name));
        env.put("PHAZE_HEAP_MAX", "512m");
        env.putAll(settings);
        server = builder.start();
        Runtime.getRuntime().addShutdownHook(killOnExit);
        awaitDeployed();
    }

    private void awaitDeployed() throws IOException, InterruptedException {
        Path deployments = wildfly.resolve("standalone/deployments");
        Instant end = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(deployments.resolve("phaze-agent.war.deployed"))) {
                return;
            }
            if (Files.exists(deployments.resolve("phaze-agent.war.failed"))) {
                throw new AssertionError("the agent WAR did not deploy on the second server: "
                        + Files.readString(deployments.resolve("phaze-agent.war.failed")));
            }
            if (!server.isAlive()) {
                throw new AssertionError("the second server stopped (exit " + server.exitValue() + "): " + consoleTail());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the second server did not deploy the agent within " + START_LIMIT.toSeconds() + " s: " + consoleTail());
    }

    String url(String path) {
        return "http://127.0.0.1:" + (8080 + portOffset) + path;
    }

    /** The agent's own log (WildFly's server.log on this host). */
    String serverLog() throws IOException {
        return Files.readString(wildfly.resolve("standalone/log/server.log"), StandardCharsets.UTF_8);
    }

    private String consoleTail() throws IOException {
        String out = Files.readString(wildfly.resolve("console.out"), StandardCharsets.UTF_8);
        return out.substring(Math.max(0, out.length() - 3000));
    }

    /** SIGTERM first (WildFly shuts down in order), then the hard way for whatever is left after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (server == null) {
            return;
        }
        List<ProcessHandle> tree = processTree();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                p.destroyForcibly();
            }
        }
        server.waitFor(10, TimeUnit.SECONDS);
        Runtime.getRuntime().removeShutdownHook(killOnExit);
    }

    /** The launch script, the WildFly JVM it started and anything that JVM runs (ffprobe, ffmpeg). */
    private List<ProcessHandle> processTree() {
        if (server == null) {
            return List.of();
        }
        return Stream.concat(server.descendants(), Stream.of(server.toHandle())).toList();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
