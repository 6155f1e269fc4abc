package phaze.proposal.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import phaze.proposal.boundary.FileEvidence;
import phaze.proposal.boundary.ProposalEngines;
import phaze.proposal.boundary.ProposalRuns;
import phaze.proposal.boundary.ProposeStep;

import java.util.List;

/**
 * The propose job's step: reads files a step at a time, lets the run's engine propose for them and
 * stores the outcomes. Reading and storing are separate short transactions; the engine call between
 * them (for an LLM, seconds per request) holds none.
 */
@Named
@Dependent
public class ProposeBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String runId;
    @Inject
    @BatchProperty
    String engine;
    @EJB
    ProposalRuns runs;
    @EJB
    ProposalEngines engines;

    private volatile boolean stopping;

    @Override
    public String process() {
        long run = Long.parseLong(runId);
        try {
            ProposeStep step = engines.step(engine);
            long after = 0;
            while (!stopping) {
                List<FileEvidence> files = runs.nextFiles(after, ProposalRuns.STEP);
                if (files.isEmpty()) {
                    break;
                }
                ProposeStep.Result result = step.propose(files);
                runs.store(run, engine, files, result.outcomes(), result.cost());
                after = files.get(files.size() - 1).fileId();
            }
            var finished = runs.finish(run, !stopping, stopping ? "stopped by an operator" : null);
            return finished.proposed() + " proposed, " + finished.failed() + " failed";
        } catch (RuntimeException e) {
            runs.finish(run, false, e.getMessage());
            throw e;
        }
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
