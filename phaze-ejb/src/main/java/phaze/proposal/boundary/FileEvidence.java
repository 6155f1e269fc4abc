package phaze.proposal.boundary;

import phaze.proposal.control.ProposalEvidence;

/**
 * One media file as the PROPOSE stage sees it: where it lives, the hash it had, and the evidence the
 * engines read. Serializable so a batch step can hold it between the read and the store transaction.
 */
public record FileEvidence(long fileId, String agentId, String root, String sha256, ProposalEvidence evidence)
        implements java.io.Serializable {
}
