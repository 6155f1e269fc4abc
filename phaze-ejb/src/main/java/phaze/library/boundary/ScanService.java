package phaze.library.boundary;

import jakarta.interceptor.Interceptors;
import phaze.pipeline.boundary.RecountAfterChange;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import phaze.agent.boundary.AgentService;
import phaze.agent.control.Liveness;
import phaze.agent.entity.Agent;
import phaze.agent.entity.LibraryRoot;
import phaze.library.entity.ScanBatch;
import phaze.pipeline.boundary.WorkQueue;
import phaze.pipeline.control.Stage;
import phaze.platform.RequestRefusedException;
import phaze.protocol.ScanScope;
import phaze.protocol.agent.DiscoveryChunk;
import phaze.protocol.agent.WorkResult;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Scans of library roots: started by an operator, carried out by the owning agent, which
 * reports what it found chunk by chunk. A refused start writes nothing.
 */
@Stateless
public class ScanService {
    private static final Logger LOG = Logger.getLogger(ScanService.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    AgentService agents;

    @EJB
    WorkQueue work;

    @EJB
    DiscoveredFiles discovered;

    @Interceptors(RecountAfterChange.class)
    public ScanSummary start(String agentId, String root, String subpath) {
        ScanScope scope = scopeOf(root, subpath);
        Agent agent = agents.existing(agentId);
        requireReachable(agent);
        LibraryRoot libraryRoot = agent.root(scope.root()).orElseThrow(() -> RequestRefusedException.invalid(
                "'" + scope.root() + "' is not one of agent " + agentId + "'s library roots "
                        + agent.roots().stream().map(LibraryRoot::path).toList()));
        if (libraryRoot.readable().isPresent() && !libraryRoot.readable().get()) {
            throw RequestRefusedException.invalid("agent " + agentId + " cannot read '" + scope.root() + "': "
                    + libraryRoot.problem().orElse("unreadable"));
        }
        List<ScanBatch> running = em.createNamedQuery(ScanBatch.RUNNING_FOR_SCOPE, ScanBatch.class)
                .setParameter("agent", agentId).setParameter("root", scope.root())
                .setParameter("subpath", scope.subpath()).getResultList();
        if (!running.isEmpty()) {
            throw RequestRefusedException.conflict("scan " + running.get(0).id() + " of this folder is still running");
        }
        ScanBatch scan = new ScanBatch(agentId, scope.root(), scope.subpath(), now());
        em.persist(scan);
        em.flush();
        work.enqueue(Stage.DISCOVER, "scan-" + scan.id(), agentId, scan.id());
        LOG.info(() -> "scan started scan=" + scan.id() + " agent=" + agentId + " root=" + scope.root()
                + " subpath=" + scope.subpath());
        return summary(scan, List.of());
    }

    /** A chunk of findings from the agent that runs the scan. */
    public ScanSummary recordDiscovered(String agentId, long scanId, DiscoveryChunk chunk) {
        ScanBatch scan = existing(scanId);
        if (!scan.agentId().equals(agentId)) {
            throw RequestRefusedException.forbidden("scan " + scanId + " belongs to agent " + scan.agentId());
        }
        if (!scan.running()) {
            throw RequestRefusedException.conflict("scan " + scanId + " is " + scan.status() + "; no more files accepted");
        }
        discovered.upsert(scan, chunk);
        scan.progressed(chunk.totalFiles(), chunk.files().size(), chunk.problems().size(), now());
        return summary(scan, List.of());
    }

    /** The discover work item of a scan ended: the scan ends with it. */
    public void finish(long scanId, WorkResult result) {
        ScanBatch scan = existing(scanId);
        if (!scan.running()) {
            return;
        }
        if (result.succeeded()) {
            scan.complete(now());
        } else {
            scan.fail(result.message() == null ? "the agent reported a failure" : result.message(), now());
        }
        LOG.info(() -> "scan finished scan=" + scanId + " status=" + scan.status() + " files=" + scan.processedFiles()
                + " problems=" + scan.failedFiles());
    }

    /**
     * Fails running scans that made no progress for {@code stall}: their agent died or lost the
     * work. Returns how many were failed.
     */
    public int failStalled(java.time.Duration stall) {
        OffsetDateTime cutoff = now().minus(stall);
        List<ScanBatch> stalled = em.createQuery("select s from ScanBatch s where s.status = 'running'"
                + " and s.lastActivityAt < :cutoff", ScanBatch.class).setParameter("cutoff", cutoff).getResultList();
        for (ScanBatch scan : stalled) {
            scan.fail("stalled: no progress for " + stall.toSeconds() + " s", now());
            LOG.warning(() -> "scan stalled scan=" + scan.id() + " agent=" + scan.agentId());
        }
        return stalled.size();
    }

    /**
     * Deletes a finished scan with every row of the files it last touched (tags, analysis, results
     * and work go with them by cascade), in one transaction. Files a later scan has seen since belong
     * to that scan and stay. Returns how many files went.
     */
    @Interceptors(RecountAfterChange.class)
    public int delete(long scanId) {
        ScanBatch scan = existing(scanId);
        if (scan.running()) {
            throw RequestRefusedException.conflict("scan " + scanId + " is still running; it can be deleted once it ends");
        }
        int files = em.createQuery("delete from AudioFile f where f.scanId = :scan").setParameter("scan", scanId).executeUpdate();
        em.remove(scan);
        LOG.info(() -> "scan deleted scan=" + scanId + " files=" + files);
        return files;
    }

    public boolean anyRunning() {
        return !em.createQuery("select s.id from ScanBatch s where s.status = 'running'", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public ScanSummary find(long scanId) {
        ScanBatch scan = existing(scanId);
        return summary(scan, discovered.problems(scanId, 100));
    }

    public List<ScanSummary> recent(int limit) {
        return em.createNamedQuery(ScanBatch.RECENT, ScanBatch.class).setMaxResults(limit).getResultList()
                .stream().map(s -> summary(s, List.of())).toList();
    }

    private ScanBatch existing(long scanId) {
        ScanBatch scan = em.find(ScanBatch.class, scanId);
        if (scan == null) {
            throw RequestRefusedException.notFound("no scan " + scanId);
        }
        return scan;
    }

    private void requireReachable(Agent agent) {
        Liveness liveness = agents.liveness(agent);
        if (!liveness.reachable()) {
            throw RequestRefusedException.conflict("agent " + agent.id() + " is " + liveness.wireName()
                    + (liveness == Liveness.NEVER ? " (it has never connected)" : "") + "; it cannot scan now");
        }
    }

    private static ScanScope scopeOf(String root, String subpath) {
        try {
            return new ScanScope(root, subpath);
        } catch (ScanScope.InvalidScanScopeException e) {
            throw RequestRefusedException.invalid(e.getMessage());
        }
    }

    private static ScanSummary summary(ScanBatch s, List<ScanSummary.Problem> problems) {
        return new ScanSummary(s.id(), s.agentId(), s.root(), s.subpath(), s.status().name(),
                s.totalFiles().orElse(null), s.processedFiles(), s.failedFiles(), s.message().orElse(null),
                s.startedAt().toString(), s.lastActivityAt().toString(),
                java.time.Duration.between(s.lastActivityAt(), now()).toSeconds(),
                s.finishedAt().map(OffsetDateTime::toString).orElse(null), problems);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
