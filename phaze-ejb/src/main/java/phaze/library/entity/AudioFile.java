package phaze.library.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A file an agent found in one of its roots: audio, video or a companion. Rows are written by
 * the discovery upsert (SQL, keyed on agent + path) and read through this mapping.
 */
@Entity
@Table(name = "audio_file")
public class AudioFile {
    @Id
    private Long id;
    @Column(name = "agent_id")
    private String agentId;
    private String root;
    @Column(name = "relative_path")
    private String relativePath;
    private String path;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    private String kind;
    private String extension;
    @Column(name = "modified_at")
    private OffsetDateTime modifiedAt;
    @Column(name = "scan_id")
    private Long scanId;
    @Column(name = "discovered_at")
    private OffsetDateTime discoveredAt;

    protected AudioFile() {
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

    public String relativePath() {
        return relativePath;
    }

    public String path() {
        return path;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String kind() {
        return kind;
    }

    public String extension() {
        return extension;
    }

    public OffsetDateTime modifiedAt() {
        return modifiedAt;
    }

    public Long scanId() {
        return scanId;
    }

    public OffsetDateTime discoveredAt() {
        return discoveredAt;
    }
}
