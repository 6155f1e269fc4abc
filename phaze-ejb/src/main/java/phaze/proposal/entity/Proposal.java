package phaze.proposal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A proposed name and folder for one media file, and where it stands in review. The {@link Version}
 * is the optimistic token the console and API send back: a row changed since it was drawn is refused.
 * Rows are created by {@code ProposalRuns}; every transition goes through {@code ProposalService},
 * which writes the audit row in the same transaction.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    public enum Status { PENDING, APPROVED, REJECTED, FAILED, SUPERSEDED, EXECUTING, EXECUTED, REVERTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "file_id")
    private long fileId;
    @Column(name = "agent_id")
    private String agentId;
    private String root;
    @Column(name = "current_path")
    private String currentPath;
    @Column(name = "file_sha256")
    private String fileSha256;
    @Column(name = "proposed_folder")
    private String proposedFolder;
    @Column(name = "proposed_name")
    private String proposedName;
    @Column(name = "proposed_path")
    private String proposedPath;
    private double confidence;
    private String reasoning;
    private String kind;
    private String engine;
    private String status;
    private String error;
    @Version
    private int version;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;

    protected Proposal() {
    }

    public Long id() {
        return id;
    }

    public long fileId() {
        return fileId;
    }

    public String agentId() {
        return agentId;
    }

    public String root() {
        return root;
    }

    public String currentPath() {
        return currentPath;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public String proposedFolder() {
        return proposedFolder;
    }

    public String proposedName() {
        return proposedName;
    }

    public String proposedPath() {
        return proposedPath;
    }

    public double confidence() {
        return confidence;
    }

    public String reasoning() {
        return reasoning;
    }

    public String engine() {
        return engine;
    }

    public Status status() {
        return Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    }

    public int version() {
        return version;
    }

    /** A reviewer's decision (or its undo); who and when are kept with the row. */
    public void decide(Status next, String actor) {
        this.status = next.name().toLowerCase(java.util.Locale.ROOT);
        this.decidedBy = actor;
        this.decidedAt = next == Status.PENDING ? null : OffsetDateTime.now();
        this.updatedAt = OffsetDateTime.now();
    }

    /** A reviewer's edit of a pending proposal: the new place is theirs, at full confidence. */
    public void edit(String folder, String name, String reasoning) {
        this.proposedFolder = folder;
        this.proposedName = name;
        this.proposedPath = folder.isEmpty() ? name : folder + "/" + name;
        this.reasoning = reasoning;
        this.engine = "edit";
        this.confidence = 1.0;
        this.updatedAt = OffsetDateTime.now();
    }

    public void supersede() {
        this.status = "superseded";
        this.updatedAt = OffsetDateTime.now();
    }
}
