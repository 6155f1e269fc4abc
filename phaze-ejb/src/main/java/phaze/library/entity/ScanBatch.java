package phaze.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One walk of (part of) a library root by its agent, and how far it got. */
@Entity
@Table(name = "scan_batch")
@NamedQuery(name = ScanBatch.RUNNING_FOR_SCOPE, query = "select s from ScanBatch s where s.agentId = :agent"
        + " and s.root = :root and s.subpath = :subpath and s.status = 'running'")
@NamedQuery(name = ScanBatch.RECENT, query = "select s from ScanBatch s order by s.id desc")
public class ScanBatch {
    public static final String RUNNING_FOR_SCOPE = "ScanBatch.runningForScope";
    public static final String RECENT = "ScanBatch.recent";

    public enum Status { running, completed, failed }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agent_id")
    private String agentId;
    private String root;
    private String subpath;
    private String status;
    @Column(name = "total_files")
    private Integer totalFiles;
    @Column(name = "processed_files")
    private int processedFiles;
    @Column(name = "failed_files")
    private int failedFiles;
    private String message;
    @Column(name = "started_at")
    private OffsetDateTime startedAt;
    @Column(name = "last_activity_at")
    private OffsetDateTime lastActivityAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    protected ScanBatch() {
    }

    public ScanBatch(String agentId, String root, String subpath, OffsetDateTime now) {
        this.agentId = agentId;
        this.root = root;
        this.subpath = subpath;
        this.status = Status.running.name();
        this.startedAt = now;
        this.lastActivityAt = now;
    }

    public Long id() {
        return id;
    }

    public String agentId() {
        return agentId;
    }

    public String root() {
        return root;
    }

    public String subpath() {
        return subpath;
    }

    public Status status() {
        return Status.valueOf(status);
    }

    public Optional<Integer> totalFiles() {
        return Optional.ofNullable(totalFiles);
    }

    public int processedFiles() {
        return processedFiles;
    }

    public int failedFiles() {
        return failedFiles;
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime lastActivityAt() {
        return lastActivityAt;
    }

    public Optional<OffsetDateTime> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public boolean running() {
        return status() == Status.running;
    }

    public void progressed(Integer total, int processed, int failed, OffsetDateTime now) {
        if (total != null) {
            totalFiles = total;
        }
        processedFiles += processed;
        failedFiles += failed;
        lastActivityAt = now;
    }

    public void complete(OffsetDateTime now) {
        status = Status.completed.name();
        finishedAt = now;
        lastActivityAt = now;
        if (totalFiles == null) {
            totalFiles = processedFiles + failedFiles;
        }
    }

    public void fail(String why, OffsetDateTime now) {
        status = Status.failed.name();
        message = why;
        finishedAt = now;
        lastActivityAt = now;
    }
}
