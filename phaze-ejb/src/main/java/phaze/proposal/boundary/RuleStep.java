package phaze.proposal.boundary;

import phaze.proposal.control.RuleProposalEngine;

import java.util.ArrayList;
import java.util.List;

/** The rules engine over a step's files: a file the rules choke on fails alone, with the reason. */
final class RuleStep implements ProposeStep {
    private final RuleProposalEngine engine;

    RuleStep(RuleProposalEngine engine) {
        this.engine = engine;
    }

    @Override
    public Result propose(List<FileEvidence> files) {
        List<ProposalOutcome> outcomes = new ArrayList<>(files.size());
        for (FileEvidence file : files) {
            try {
                outcomes.add(ProposalOutcome.proposed(file.fileId(), engine.propose(file.evidence())));
            } catch (RuntimeException e) {
                outcomes.add(ProposalOutcome.failed(file.fileId(), "the rules engine failed on this file: " + e));
            }
        }
        return new Result(outcomes, RunCost.NONE);
    }
}
