package phaze.agent.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import phaze.agent.discover.Discovery;
import phaze.agent.discover.LibraryPaths;
import phaze.agent.tags.FfprobeTags;
import phaze.agent.tags.TagReader;
import phaze.agent.analysis.IngestProducts;
import phaze.agent.work.AnalyzeWork;
import phaze.agent.work.DiscoverWork;
import phaze.agent.work.FingerprintWork;
import phaze.audio.ingest.AudioIngest;
import phaze.agent.work.TagsWork;
import phaze.agent.work.ExecuteWork;
import phaze.agent.work.WorkHandler;
import phaze.protocol.agent.Heartbeat;
import phaze.protocol.agent.RootHealth;
import phaze.protocol.agent.WorkLease;
import phaze.protocol.agent.WorkResult;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent's heart: every few seconds it makes sure the controller has heard from it lately,
 * then leases one unit of work and carries it out. Work is pulled, never pushed, so an agent
 * behind a NAT or a firewall only needs to reach the controller.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AgentLoop {
    public static final String VERSION = "0.1.0";
    private static final Logger LOG = Logger.getLogger(AgentLoop.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;


    private AgentSettings settings;
    private Map<String, WorkHandler> handlers;
    private ScheduledFuture<?> ticking;
    private volatile Instant lastHeartbeat = Instant.EPOCH;
    private volatile String lastProblem;
    private volatile String refusedToken;
    private ControllerClient client;
    private String clientToken;
    private volatile long execution = -1;

    @PostConstruct
    void start() {
        settings = AgentSettings.fromEnvironment();
        LibraryPaths paths = new LibraryPaths(settings.roots());
        IngestProducts products = new IngestProducts(new AudioIngest(), settings.cacheDir());
        ExecuteWork execute = new ExecuteWork(settings.roots(), settings.journalDir());
        recover(execute);
        handlers = Map.of(
                "execute", execute,
                "discover", new DiscoverWork(new Discovery(settings.roots())),
                "tags", new TagsWork(paths, new TagReader(new FfprobeTags(settings.ffprobe()))),
                "analyze", new AnalyzeWork(paths, products),
                "fingerprint", new FingerprintWork(paths, products));
        LOG.info(() -> "agent starting controller=" + settings.controllerUrl() + " roots=" + settings.roots());
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 1, settings.pollSeconds(), TimeUnit.SECONDS);
    }

    /** Moves a previous run left unfinished are finished or rolled back before any new work is leased. */
    private static void recover(ExecuteWork execute) {
        try {
            for (var result : execute.recover()) {
                LOG.warning(() -> "recovered move item=" + result.itemId() + " done=" + result.done() + " "
                        + (result.message() == null ? "" : result.message()));
            }
        } catch (RuntimeException e) {
            LOG.severe(() -> "recovering unfinished moves failed: " + e + "; they stay journaled for the next start");
        }
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        if (running()) {
            BatchRuntime.getJobOperator().stop(execution);
        }
        if (client != null) {
            client.close();
        }
    }

    public AgentSettings settings() {
        return settings;
    }

    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    /** The client for the current token; a rotated token file is picked up here. */
    public synchronized ControllerClient controller() {
        String token = settings.token().orElseThrow(() -> new IllegalStateException("this agent has no token yet"));
        if (client == null || !token.equals(clientToken)) {
            if (client != null) {
                client.close();
            }
            client = new ControllerClient(settings.controllerUrl(), token);
            clientToken = token;
        }
        return client;
    }

    /**
     * Every poll: make sure the controller heard from us lately, and when it has work for us and no
     * run is going, start the agent-work batch job (one partition per worker) to drain it.
     */
    void tick() {
        Optional<String> token = settings.token();
        if (token.isEmpty() || token.get().equals(refusedToken)) {
            return;
        }
        try {
            ControllerClient controller = controller();
            heartbeatIfDue(controller);
            if (!running() && controller.pending() > 0) {
                Properties parameters = new Properties();
                parameters.setProperty("workers", Integer.toString(settings.concurrency()));
                execution = BatchRuntime.getJobOperator().start("agent-work", parameters);
                LOG.info(() -> "agent-work started execution=" + execution + " workers=" + settings.concurrency());
            }
            lastProblem = null;
        } catch (ControllerClient.Refused e) {
            refusedToken = token.get();
            lastProblem = e.getMessage();
            LOG.severe(() -> "agent stopped asking for work: " + e.getMessage());
        } catch (RuntimeException e) {
            if (!java.util.Objects.equals(e.getMessage(), lastProblem)) {
                LOG.log(Level.WARNING, "agent could not talk to the controller: " + e.getMessage());
            }
            lastProblem = String.valueOf(e.getMessage());
        }
    }

    private boolean running() {
        if (execution < 0) {
            return false;
        }
        BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    private void heartbeatIfDue(ControllerClient controller) {
        if (Duration.between(lastHeartbeat, Instant.now()).toSeconds() >= settings.heartbeatSeconds()) {
            controller.heartbeat(new Heartbeat(VERSION, 0, rootHealth()));
            lastHeartbeat = Instant.now();
        }
    }

    /** Carries out one leased item (called by the agent-work job's processor); never throws for a bad file. */
    public WorkResult carryOut(WorkLease lease) {
        WorkHandler handler = handlers.get(lease.stage());
        if (handler == null) {
            return WorkResult.failed("agent " + VERSION + " cannot run stage " + lease.stage());
        }
        LOG.info(() -> "work started item=" + lease.id() + " key=" + lease.key());
        WorkResult result = handler.handle(lease, controller());
        if (!result.succeeded()) {
            LOG.warning(() -> "work " + result.outcome() + " item=" + lease.id() + " key=" + lease.key() + ": " + result.message());
        }
        return result;
    }

    /** What each configured root looks like from here, so the controller can refuse scans early. */
    List<RootHealth> rootHealth() {
        return settings.roots().stream().map(AgentLoop::health).toList();
    }

    private static RootHealth health(Path root) {
        if (!Files.isDirectory(root)) {
            return new RootHealth(root.toString(), false, "does not exist or is not a folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            entries.iterator().hasNext();
            return new RootHealth(root.toString(), true, null);
        } catch (Exception e) {
            return new RootHealth(root.toString(), false, "cannot be read: " + e.getMessage());
        }
    }
}
