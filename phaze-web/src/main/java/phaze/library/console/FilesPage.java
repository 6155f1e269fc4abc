package phaze.library.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import phaze.library.boundary.FileSummary;
import phaze.library.boundary.LibraryService;
import phaze.platform.Page;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The files table: pages come from the library service as the operator pages, sorts and filters. */
@Named
@ViewScoped
public class FilesPage implements Serializable {

    @EJB
    LibraryService library;

    private final LazyDataModel<FileSummary> files = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) library.files(0, 1, pathFilter(filterBy), "path", true).total();
        }

        @Override
        public List<FileSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "path" : sort.getField();
            boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
            Page<FileSummary> page = library.files(first / pageSize, pageSize, pathFilter(filterBy), field, ascending);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(FileSummary file) {
            return Long.toString(file.id());
        }
    };

    public LazyDataModel<FileSummary> getFiles() {
        return files;
    }

    private static String pathFilter(Map<String, FilterMeta> filterBy) {
        FilterMeta meta = filterBy.get("path");
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }
}
