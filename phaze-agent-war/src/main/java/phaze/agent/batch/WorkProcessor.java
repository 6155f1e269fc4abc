package phaze.agent.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import phaze.agent.runtime.AgentLoop;
import phaze.protocol.agent.WorkLease;

/** Carries out one leased item with the handler of its stage. */
@Named
@Dependent
public class WorkProcessor implements ItemProcessor {

    @EJB
    AgentLoop agent;

    @Override
    public Object processItem(Object item) {
        WorkLease lease = (WorkLease) item;
        return new Outcome(lease, agent.carryOut(lease));
    }

    /** A leased item and how it ended, on its way to the controller. */
    public record Outcome(WorkLease lease, phaze.protocol.agent.WorkResult result) {
    }
}
