package phaze.proposal.boundary;

import java.util.List;

/** One engine applied to a step's files; never throws for a single file's trouble (that is an outcome). */
public interface ProposeStep {

    record Result(List<ProposalOutcome> outcomes, RunCost cost) {
    }

    Result propose(List<FileEvidence> files);
}
