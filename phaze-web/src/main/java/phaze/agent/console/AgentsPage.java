package phaze.agent.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import phaze.agent.boundary.AgentService;
import phaze.agent.boundary.AgentSummary;
import phaze.agent.boundary.RegisteredAgent;
import phaze.platform.RequestRefusedException;
import phaze.web.Console;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Agents: their liveness and roots, registering one (its token is shown once), revoking one. */
@Named
@ViewScoped
public class AgentsPage implements Serializable {

    @EJB
    AgentService agents;

    private String newId;
    private String newName;
    private String newRoots;
    private String issuedToken;

    public List<AgentSummary> getAgents() {
        return agents.list();
    }

    public void register() {
        try {
            List<String> roots = newRoots == null ? List.of()
                    : Arrays.stream(newRoots.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            RegisteredAgent registered = agents.register(newId, newName, roots);
            issuedToken = registered.token();
            Console.info("Agent " + registered.agent().id() + " registered. Copy its token now: it is shown only once.");
            newId = newName = newRoots = null;
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    public void revoke(String id) {
        try {
            agents.revoke(id);
            Console.info("Agent " + id + " revoked: its next request will be refused.");
        } catch (RequestRefusedException e) {
            Console.refused(e);
        }
    }

    public String getIssuedToken() {
        return issuedToken;
    }

    public String getNewId() {
        return newId;
    }

    public void setNewId(String newId) {
        this.newId = newId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewRoots() {
        return newRoots;
    }

    public void setNewRoots(String newRoots) {
        this.newRoots = newRoots;
    }
}
