package phaze.agent.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A file server's agent: it alone reads and writes the music under its library roots. */
@Entity
@NamedQuery(name = Agent.BY_TOKEN_HASH, query = "select a from Agent a where a.tokenHash = :hash")
@NamedQuery(name = Agent.ALL, query = "select a from Agent a order by a.id")
public class Agent {
    public static final String BY_TOKEN_HASH = "Agent.byTokenHash";
    public static final String ALL = "Agent.all";

    @Id
    private String id;
    private String name;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Column(name = "last_seen_at")
    private OffsetDateTime lastSeenAt;
    private String version;
    @Column(name = "queue_depth")
    private Integer queueDepth;
    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agent_root", joinColumns = @JoinColumn(name = "agent_id"))
    @OrderBy("path")
    private List<LibraryRoot> roots = new ArrayList<>();

    protected Agent() {
    }

    public Agent(String id, String name, String tokenHash, List<String> rootPaths, OffsetDateTime now) {
        this.id = id;
        this.name = name;
        this.tokenHash = tokenHash;
        this.registeredAt = now;
        rootPaths.forEach(p -> roots.add(new LibraryRoot(p)));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<LibraryRoot> roots() {
        return List.copyOf(roots);
    }

    public Optional<LibraryRoot> root(String path) {
        return roots.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public Optional<OffsetDateTime> lastSeenAt() {
        return Optional.ofNullable(lastSeenAt);
    }

    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    public Optional<Integer> queueDepth() {
        return Optional.ofNullable(queueDepth);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Optional<OffsetDateTime> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /** Keeps what is known about roots that stay; new ones are unknown until the next heartbeat. */
    public void replaceRoots(List<String> rootPaths) {
        roots.removeIf(r -> !rootPaths.contains(r.path()));
        rootPaths.stream().filter(p -> root(p).isEmpty()).forEach(p -> roots.add(new LibraryRoot(p)));
    }

    public void replaceToken(String newTokenHash) {
        this.tokenHash = newTokenHash;
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void heard(OffsetDateTime now, String version, int queueDepth) {
        this.lastSeenAt = now;
        this.version = version;
        this.queueDepth = queueDepth;
    }

    /** Records what the agent reported about its roots; roots it did not mention are left as they were. */
    public void rootHealth(String path, boolean readable, String problem) {
        root(path).ifPresent(r -> r.reported(readable, problem));
    }
}
