package phaze.agent.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
    /** Items leased at once: few enough that a crash strands little, enough to save round trips. */
    static final int BATCH = 8;
    private static final Logger LOG = Logger.getLogger(AgentLoop.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService workers;

    private AgentSettings settings;
    private Map<String, WorkHandler> handlers;
    private ScheduledFuture<?> ticking;
    private volatile Instant lastHeartbeat = Instant.EPOCH;
    private volatile String lastProblem;
    private volatile String refusedToken;

    @PostConstruct
    void start() {
        settings = AgentSettings.fromEnvironment();
        LibraryPaths paths = new LibraryPaths(settings.roots());
        IngestProducts products = new IngestProducts(new AudioIngest(), settings.cacheDir());
        handlers = Map.of(
                "discover", new DiscoverWork(new Discovery(settings.roots())),
                "tags", new TagsWork(paths, new TagReader(new FfprobeTags(settings.ffprobe()))),
                "analyze", new AnalyzeWork(paths, products),
                "fingerprint", new FingerprintWork(paths, products));
        LOG.info(() -> "agent starting controller=" + settings.controllerUrl() + " roots=" + settings.roots());
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 1, settings.pollSeconds(), TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    public AgentSettings settings() {
        return settings;
    }

    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    void tick() {
        Optional<String> token = settings.token();
        if (token.isEmpty() || token.get().equals(refusedToken)) {
            return;
        }
        try (ControllerClient controller = new ControllerClient(settings.controllerUrl(), token.get())) {
            heartbeatIfDue(controller);
            // Drain the queue while there is work: one tick per item would cap an agent at one
            // file per poll interval.
            int batchSize = Math.max(BATCH, settings.concurrency());
            for (List<WorkLease> batch = controller.lease(batchSize); !batch.isEmpty(); batch = controller.lease(batchSize)) {
                carryOutAll(controller, batch);
                heartbeatIfDue(controller);
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

    private void heartbeatIfDue(ControllerClient controller) {
        if (Duration.between(lastHeartbeat, Instant.now()).toSeconds() >= settings.heartbeatSeconds()) {
            controller.heartbeat(new Heartbeat(VERSION, 0, rootHealth()));
            lastHeartbeat = Instant.now();
        }
    }

    /**
     * Runs a batch on up to PHAZE_AGENT_CONCURRENCY threads (default: one per core; decoding and
     * analysis are CPU-bound, one ffmpeg per core keeps them busy without thrashing).
     */
    private void carryOutAll(ControllerClient controller, List<WorkLease> batch) {
        if (settings.concurrency() <= 1 || batch.size() == 1) {
            batch.forEach(lease -> carryOut(controller, lease));
            return;
        }
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(settings.concurrency());
        List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        for (WorkLease lease : batch) {
            slots.acquireUninterruptibly();
            running.add(workers.submit(() -> {
                try {
                    carryOut(controller, lease);
                } finally {
                    slots.release();
                }
            }));
        }
        for (java.util.concurrent.Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.log(Level.WARNING, "a work item failed unexpectedly", e.getCause());
            }
        }
    }

    private void carryOut(ControllerClient controller, WorkLease lease) {
        WorkHandler handler = handlers.get(lease.stage());
        if (handler == null) {
            controller.report(lease.id(), WorkResult.failed("agent " + VERSION + " cannot run stage " + lease.stage()));
            return;
        }
        LOG.info(() -> "work started item=" + lease.id() + " key=" + lease.key());
        WorkResult result = handler.handle(lease, controller);
        if (!result.succeeded()) {
            LOG.warning(() -> "work " + result.outcome() + " item=" + lease.id() + " key=" + lease.key() + ": " + result.message());
        }
        controller.report(lease.id(), result);
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
