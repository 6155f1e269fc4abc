package phaze.proposal.boundary;

import phaze.proposal.llm.LlmOutcome;
import phaze.proposal.llm.LlmProposalEngine;
import phaze.proposal.llm.LlmRequest;
import phaze.proposal.llm.LlmRun;

import java.util.ArrayList;
import java.util.List;

/**
 * The LLM engine over a step's files, keyed by file id. Called by the propose job between its read
 * and store transactions, so no transaction is open while the model answers.
 */
final class LlmStep implements ProposeStep {
    private final LlmProposalEngine engine;

    LlmStep(LlmProposalEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result propose(List<FileEvidence> files) {
        LlmRun run = engine.propose(files.stream()
                .map(f -> new LlmRequest(Long.toString(f.fileId()), f.evidence())).toList());
        List<ProposalOutcome> outcomes = new ArrayList<>(run.outcomes().size());
        for (LlmOutcome outcome : run.outcomes()) {
            long fileId = Long.parseLong(outcome.key());
            outcomes.add(outcome.succeeded() ? ProposalOutcome.proposed(fileId, outcome.draft())
                    : ProposalOutcome.failed(fileId, outcome.error()));
        }
        return new Result(outcomes, new RunCost(run.requests(), run.inputTokens(), run.outputTokens()));
    }
}
