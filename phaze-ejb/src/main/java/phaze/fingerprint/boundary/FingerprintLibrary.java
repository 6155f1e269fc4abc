package phaze.fingerprint.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import phaze.audio.fingerprint.Fingerprints;
import phaze.audio.fingerprint.FingerprintsCodec;
import phaze.audio.index.FingerprintIndex;
import phaze.audio.index.IndexStats;
import phaze.config.PhazeSettings;
import phaze.pipeline.boundary.WorkQueue;
import phaze.pipeline.control.Stage;
import phaze.platform.RequestRefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The controller's fingerprint index (phaze-audio's segment store in {@code PHAZE_INDEX_DIR}):
 * agents extract, the controller indexes, because duplicates and DJ-set tracks span agents.
 * References are named {@code file:<id>}. Adds become searchable at the next commit, which runs
 * every minute and when the buffer grows large; the index is derived data, rebuilt by re-running
 * the fingerprint stage.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FingerprintLibrary {
    private static final Logger LOG = Logger.getLogger(FingerprintLibrary.class.getName());
    private static final long COMMIT_AT_POSTINGS = 5_000_000;

    @EJB
    WorkQueue work;

    private FingerprintIndex index;

    @PostConstruct
    void open() {
        Path dir = Path.of(PhazeSettings.system().text("PHAZE_INDEX_DIR",
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/phaze-index"));
        try {
            index = openOrSetAside(dir);
            LOG.info(() -> "fingerprint index open at " + dir);
        } catch (IOException e) {
            throw new UncheckedIOException("the fingerprint index at " + dir + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * An index in an older format is set aside and a new one started; the fingerprint results go too,
     * so triggering the stage fingerprints every file again: an upgrade costs a re-run, not an outage.
     */
    private FingerprintIndex openOrSetAside(Path dir) throws IOException {
        FingerprintIndex.Opened opened = FingerprintIndex.openOrSetAside(dir);
        if (opened.setAside() != null) {
            int cleared = work.forgetResults(Stage.FINGERPRINT);
            LOG.warning(() -> "the fingerprint index at " + dir + " was in an older format: set aside as " + opened.setAside()
                    + ", a new index started and " + cleared + " fingerprint results cleared; trigger the fingerprint"
                    + " stage to index the library again");
        }
        return opened.index();
    }

    /** Takes one leased fingerprint item's upload: checks the lease, reads, indexes. */
    public void accept(String agentId, long itemId, InputStream upload) {
        long fileId = work.leasedFile(agentId, itemId, Stage.FINGERPRINT);
        Fingerprints fingerprints;
        try {
            fingerprints = FingerprintsCodec.read(upload);
        } catch (IOException e) {
            throw RequestRefusedException.invalid("the fingerprint upload of item " + itemId + " is unreadable: " + e.getMessage());
        }
        synchronized (this) {
            index.add(reference(fileId), fingerprints);
            if (index.pendingPostings() > COMMIT_AT_POSTINGS) {
                commit();
            }
        }
        LOG.fine(() -> "fingerprints indexed file=" + fileId + " agent=" + agentId);
    }

    public IndexStats stats() throws IOException {
        return index.stats();
    }

    public static String reference(long fileId) {
        return "file:" + fileId;
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    public synchronized void commit() {
        try {
            if (index.pendingPostings() > 0) {
                index.commit();
            }
        } catch (IOException e) {
            LOG.severe(() -> "committing the fingerprint index failed (the adds stay buffered): " + e.getMessage());
        }
    }

    @PreDestroy
    synchronized void close() {
        try {
            commit();
            index.close();
        } catch (IOException e) {
            LOG.warning(() -> "closing the fingerprint index: " + e.getMessage());
        }
    }
}
