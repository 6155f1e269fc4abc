package phaze.proposal.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import phaze.proposal.boundary.ProposalEngines;
import phaze.proposal.boundary.ProposalRunView;
import phaze.proposal.boundary.ProposalRuns;

import java.util.Properties;

/**
 * Starts the PROPOSE stage: opens a run (committed before the job starts, so the job always finds it)
 * and launches the {@code propose} Jakarta Batch job, which shows in the WildFly console's batch view.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProposeStage {

    @EJB
    ProposalRuns runs;
    @EJB
    ProposalEngines engines;

    /**
     * @param engine "rules", "llm", or null for the configured default (the LLM when one is configured)
     */
    public ProposalRunView start(String engine, String actor) {
        String chosen = engines.choose(engine);
        ProposalRunView run = runs.open(chosen, actor, engines.model(chosen));
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(run.id()));
        parameters.setProperty("engine", chosen);
        try {
            BatchRuntime.getJobOperator().start("propose", parameters);
        } catch (RuntimeException e) {
            runs.finish(run.id(), false, "the propose job could not start: " + e.getMessage());
            throw e;
        }
        return runs.run(run.id());
    }
}
