package phaze.agent.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import phaze.agent.runtime.AgentLoop;
import phaze.protocol.agent.BatchAnswer;
import phaze.protocol.agent.ItemResult;

import java.util.List;
import java.util.logging.Logger;

/**
 * Reports the carried-out items of a chunk to the controller in one request. A refused result (the
 * lease ran out and the item went to someone else) is logged: the controller's queue is the truth
 * and hands the item out again.
 */
@Named
@Dependent
public class ResultWriter extends AbstractItemWriter {
    private static final Logger LOG = Logger.getLogger(ResultWriter.class.getName());

    @EJB
    AgentLoop agent;

    @Override
    public void writeItems(List<Object> items) {
        List<ItemResult> results = items.stream().map(WorkProcessor.Outcome.class::cast)
                .map(o -> new ItemResult(o.lease().id(), o.result())).toList();
        BatchAnswer answer = agent.controller().reportAll(results);
        answer.refused().forEach(r -> LOG.warning(() -> "result of work item " + r.id() + " refused: " + r.reason()));
    }
}
