package phaze.agent.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import phaze.agent.runtime.AgentLoop;

import java.util.List;

/** Reports each carried-out item to the controller. */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {

    @EJB
    AgentLoop agent;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            WorkProcessor.Outcome outcome = (WorkProcessor.Outcome) item;
            agent.controller().report(outcome.lease().id(), outcome.result());
        }
    }
}
