package phaze.library.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import phaze.agent.boundary.AgentService;
import phaze.agent.boundary.AgentSummary;
import phaze.library.boundary.ScanService;
import phaze.library.boundary.ScanSummary;
import phaze.platform.RequestRefusedException;
import phaze.web.Console;

import java.io.Serializable;
import java.util.List;

/** Start a scan of an agent's root and watch recent scans progress. */
@Named
@ViewScoped
public class ScansPage implements Serializable {

    @EJB
    ScanService scans;
    @EJB
    AgentService agents;

    private List<AgentSummary> agentList;
    private String agentId;
    private String root;
    private String subpath;

    /** An agent that can scan now comes first: alive, then any not revoked, then whatever there is. */
    static AgentSummary preselected(List<AgentSummary> agents) {
        return agents.stream().filter(a -> "alive".equals(a.status())).findFirst()
                .or(() -> agents.stream().filter(a -> !"revoked".equals(a.status())).findFirst())
                .orElse(agents.get(0));
    }

    @PostConstruct
    void init() {
        agentList = agents.list();
        if (!agentList.isEmpty()) {
            agentId = preselected(agentList).id();
            List<String> roots = getRoots();
            root = roots.isEmpty() ? null : roots.get(0);
        }
    }

    public void start() {
        try {
            ScanSummary scan = scans.start(agentId, root, subpath);
            Console.info("Scan " + scan.id() + " started on " + scan.agentId() + ": " + scan.root()
                    + (scan.subpath().isEmpty() ? "" : "/" + scan.subpath()));
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    public void delete(long scanId) {
        try {
            int files = scans.delete(scanId);
            Console.info("Scan " + scanId + " deleted with " + files + " file(s).");
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    public List<ScanSummary> getRecent() {
        return scans.recent(20);
    }

    public boolean isAnyRunning() {
        return getRecent().stream().anyMatch(s -> "running".equals(s.status()));
    }

    public List<AgentSummary> getAgents() {
        return agentList;
    }

    public List<String> getRoots() {
        return agentList.stream().filter(a -> a.id().equals(agentId)).findFirst()
                .map(a -> a.roots().stream().map(AgentSummary.RootSummary::path).toList()).orElse(List.of());
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getRoot() {
        return root;
    }

    public void setRoot(String root) {
        this.root = root;
    }

    public String getSubpath() {
        return subpath;
    }

    public void setSubpath(String subpath) {
        this.subpath = subpath;
    }
}
