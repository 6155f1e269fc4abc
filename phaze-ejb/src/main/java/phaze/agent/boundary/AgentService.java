package phaze.agent.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import phaze.agent.control.AgentToken;
import phaze.agent.control.Liveness;
import phaze.agent.entity.Agent;
import phaze.platform.RequestRefusedException;
import phaze.protocol.agent.Heartbeat;
import phaze.protocol.agent.RootHealth;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;

/** Registers agents, authenticates their requests and keeps track of how they are doing. */
@Stateless
public class AgentService {
    private static final Logger LOG = Logger.getLogger(AgentService.class.getName());

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<AgentRegistered> registered;

    public RegisteredAgent register(String id, String name, List<String> roots) {
        String agentId = id == null ? "" : id.strip();
        if (!agentId.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw RequestRefusedException.invalid(
                    "agent id must be 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit: '" + id + "'");
        }
        if (em.find(Agent.class, agentId) != null) {
            throw RequestRefusedException.conflict("agent '" + agentId + "' is already registered; rotate its token instead");
        }
        List<String> rootPaths = normalizeRoots(roots);
        String token = AgentToken.generate();
        Agent agent = new Agent(agentId, name == null || name.isBlank() ? agentId : name.strip(),
                AgentToken.hash(token), rootPaths, now());
        em.persist(agent);
        registered.fire(new AgentRegistered(agentId));
        LOG.info(() -> "agent registered agent=" + agentId + " roots=" + rootPaths);
        return new RegisteredAgent(summary(agent), token);
    }

    public RegisteredAgent rotateToken(String id) {
        Agent agent = existing(id);
        if (agent.revoked()) {
            throw RequestRefusedException.conflict("agent '" + id + "' is revoked; register a new agent instead");
        }
        String token = AgentToken.generate();
        agent.replaceToken(AgentToken.hash(token));
        LOG.info(() -> "agent token rotated agent=" + id);
        return new RegisteredAgent(summary(agent), token);
    }

    /** The agent's library roots become exactly {@code roots}; readability is learned at its next heartbeat. */
    public AgentSummary replaceRoots(String id, List<String> roots) {
        Agent agent = existing(id);
        agent.replaceRoots(normalizeRoots(roots));
        LOG.info(() -> "agent roots replaced agent=" + id + " roots=" + agent.roots().stream().map(r -> r.path()).toList());
        return summary(agent);
    }

    public AgentSummary revoke(String id) {
        Agent agent = existing(id);
        agent.revoke(now());
        LOG.info(() -> "agent revoked agent=" + id);
        return summary(agent);
    }

    /**
     * The agent a bearer token belongs to. Missing or malformed → unauthenticated (401);
     * a known token of a revoked agent → forbidden (403).
     */
    public String authenticate(String token) {
        if (!AgentToken.wellFormed(token)) {
            throw RequestRefusedException.unauthenticated("missing or malformed agent token");
        }
        List<Agent> found = em.createNamedQuery(Agent.BY_TOKEN_HASH, Agent.class)
                .setParameter("hash", AgentToken.hash(token)).getResultList();
        if (found.isEmpty()) {
            throw RequestRefusedException.unauthenticated("unknown agent token");
        }
        Agent agent = found.get(0);
        if (agent.revoked()) {
            throw RequestRefusedException.forbidden("agent '" + agent.id() + "' has been revoked");
        }
        return agent.id();
    }

    public void heartbeat(String agentId, Heartbeat heartbeat) {
        Agent agent = existing(agentId);
        agent.heard(now(), heartbeat.version(), Math.max(0, heartbeat.queueDepth()));
        for (RootHealth root : heartbeat.roots()) {
            agent.rootHealth(root.path(), root.readable(), root.problem());
        }
    }

    public List<AgentSummary> list() {
        return em.createNamedQuery(Agent.ALL, Agent.class).getResultList().stream().map(this::summary).toList();
    }

    /** Agents that can be handed work now (heard from within the stale limit, not revoked). */
    public List<String> reachableIds() {
        return em.createNamedQuery(Agent.ALL, Agent.class).getResultList().stream()
                .filter(a -> liveness(a).reachable()).map(Agent::id).toList();
    }

    public AgentSummary find(String id) {
        return summary(existing(id));
    }

    public Liveness liveness(Agent agent) {
        return Liveness.of(agent.revoked(), agent.lastSeenAt(), now());
    }

    public Agent existing(String id) {
        Agent agent = id == null ? null : em.find(Agent.class, id);
        if (agent == null) {
            throw RequestRefusedException.notFound("no agent '" + id + "'");
        }
        return agent;
    }

    private AgentSummary summary(Agent a) {
        List<AgentSummary.RootSummary> roots = a.roots().stream()
                .map(r -> new AgentSummary.RootSummary(r.path(), r.readable().orElse(null), r.problem().orElse(null)))
                .toList();
        return new AgentSummary(a.id(), a.name(), liveness(a).wireName(),
                a.lastSeenAt().map(OffsetDateTime::toString).orElse(null), a.registeredAt().toString(),
                a.version().orElse(null), a.queueDepth().orElse(null), roots);
    }

    private static List<String> normalizeRoots(List<String> roots) {
        if (roots == null || roots.isEmpty()) {
            throw RequestRefusedException.invalid("an agent needs at least one library root");
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String root : roots) {
            String r = root == null ? "" : root.strip();
            while (r.length() > 1 && r.endsWith("/")) {
                r = r.substring(0, r.length() - 1);
            }
            if (!r.startsWith("/") || r.contains("/../") || r.endsWith("/..") || r.indexOf('\0') >= 0) {
                throw RequestRefusedException.invalid("a library root must be an absolute path without '..': '" + root + "'");
            }
            clean.add(r);
        }
        return List.copyOf(clean);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
