package phaze.audit.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import phaze.audit.boundary.AuditTrail;
import phaze.platform.Page;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The audit trail table: newest first, filterable by text, drill-down by subject. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    @EJB
    AuditTrail audit;

    private final LazyDataModel<AuditTrail.Event> events = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.events(0, 1, text(filterBy), null, null, null, "at", false).total();
        }

        @Override
        public List<AuditTrail.Event> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "at" : sort.getField();
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            Page<AuditTrail.Event> page = audit.events(first / pageSize, pageSize, text(filterBy), null, null, null,
                    field, ascending);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditTrail.Event event) {
            return Long.toString(event.id());
        }
    };

    public LazyDataModel<AuditTrail.Event> getEvents() {
        return events;
    }

    private static String text(Map<String, FilterMeta> filterBy) {
        FilterMeta meta = filterBy.get("summary");
        return meta == null || meta.getFilterValue() == null ? null : meta.getFilterValue().toString();
    }
}
