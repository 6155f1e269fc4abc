package phaze.library.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import phaze.library.entity.AudioFile;
import phaze.platform.Page;
import phaze.proposal.control.Mojibake;
import phaze.platform.RequestRefusedException;

import java.util.Locale;
import java.util.Map;

/** Reads the library as discovered: pages of files for the console and the API. */
@Stateless
public class LibraryService {
    public static final int MAX_PAGE_SIZE = 500;

    /** Sortable columns, by the names the console and the API use. */
    private static final Map<String, String> SORTABLE = Map.of(
            "path", "f.path", "sizeBytes", "f.sizeBytes", "type", "f.kind", "sha256", "f.sha256",
            "discoveredAt", "f.discoveredAt", "id", "f.id");

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    FileDetails details;

    /**
     * @param pathContains case-insensitive filter on the path, or null
     * @param sortBy one of path, sizeBytes, type, sha256, discoveredAt, id (null → path)
     */
    public Page<FileSummary> files(int page, int size, String pathContains, String sortBy, boolean ascending) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw RequestRefusedException.invalid("page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        String order = SORTABLE.get(sortBy == null ? "path" : sortBy);
        if (order == null) {
            throw RequestRefusedException.invalid("cannot sort by '" + sortBy + "'; use one of " + SORTABLE.keySet());
        }
        boolean filtered = pathContains != null && !pathContains.isBlank();
        String where = filtered ? " where lower(f.path) like :needle" : "";
        TypedQuery<AudioFile> query = em.createQuery("select f from AudioFile f" + where + " order by " + order
                + (ascending ? " asc" : " desc") + ", f.id", AudioFile.class);
        TypedQuery<Long> count = em.createQuery("select count(f) from AudioFile f" + where, Long.class);
        if (filtered) {
            String needle = "%" + pathContains.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            query.setParameter("needle", needle);
            count.setParameter("needle", needle);
        }
        var items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(LibraryService::summary).toList();
        Map<Long, Map<String, String>> stages = details.stages(items.stream().map(FileSummary::id).toList());
        return new Page<>(items.stream().map(f -> f.withStages(stages.get(f.id()))).toList(), page, size,
                count.getSingleResult());
    }

    public FileDetail file(long id) {
        AudioFile f = em.find(AudioFile.class, id);
        if (f == null) {
            throw RequestRefusedException.notFound("no file " + id);
        }
        String name = f.relativePath().substring(f.relativePath().lastIndexOf('/') + 1);
        Mojibake.Reading reading = Mojibake.read(name);
        String repaired = reading.state() == Mojibake.State.REPAIRED ? reading.text() : null;
        return new FileDetail(summary(f), repaired, details.companions(f), details.tags(id), details.analysis(id),
                details.stages(id));
    }

    private static FileSummary summary(AudioFile f) {
        return new FileSummary(f.id(), f.agentId(), f.path(), f.relativePath(), f.sizeBytes(), f.sha256(), f.kind(),
                f.extension(), f.modifiedAt() == null ? null : f.modifiedAt().toString(), f.scanId(), Map.of());
    }

}
