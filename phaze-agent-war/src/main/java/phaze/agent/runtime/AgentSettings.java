package phaze.agent.runtime;

import phaze.config.PhazeSettings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How this agent is set up, from the environment (docs/configuration.md): the controller to
 * talk to, the token it was given at registration, and the library roots it owns.
 */
public record AgentSettings(String controllerUrl, Set<Path> roots, int pollSeconds, int heartbeatSeconds, String ffprobe,
                            Path cacheDir, int concurrency, Path journalDir) {

    public static AgentSettings fromEnvironment() {
        PhazeSettings s = PhazeSettings.system();
        String url = s.text("PHAZE_CONTROLLER_URL", "http://127.0.0.1:8080");
        Set<Path> roots = Arrays.stream(s.text("PHAZE_AGENT_ROOTS", "").split("[,:]"))
                .map(String::strip).filter(r -> !r.isEmpty()).map(Path::of).map(Path::normalize)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new AgentSettings(url.endsWith("/") ? url.substring(0, url.length() - 1) : url, roots,
                Math.max(1, s.integer("PHAZE_AGENT_POLL_SECONDS", 2)),
                Math.max(5, s.integer("PHAZE_AGENT_HEARTBEAT_SECONDS", 30)),
                s.text("PHAZE_FFPROBE", "ffprobe"),
                Path.of(s.text("PHAZE_AGENT_CACHE_DIR", System.getProperty("java.io.tmpdir") + "/phaze-agent-cache")),
                Math.max(1, s.integer("PHAZE_AGENT_CONCURRENCY", Runtime.getRuntime().availableProcessors())),
                // The move journal must survive restarts and reboots: WildFly's data folder, not a temp folder.
                Path.of(s.text("PHAZE_AGENT_JOURNAL_DIR", System.getProperty("jboss.server.data.dir",
                        System.getProperty("user.home") + "/.phaze-agent") + "/phaze-agent/journal")));
    }

    /**
     * The bearer token, read each time it is needed until it exists: {@code ./phaze up} writes
     * the token file after registering this agent, which may be after the agent has started.
     */
    public Optional<String> token() {
        try {
            return PhazeSettings.system().find("PHAZE_AGENT_TOKEN");
        } catch (RuntimeException missingFile) {
            return Optional.empty();
        }
    }
}
