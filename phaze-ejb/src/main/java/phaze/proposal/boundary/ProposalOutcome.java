package phaze.proposal.boundary;

import phaze.proposal.control.ProposalDraft;

/** What an engine made of one file: a legal draft, or the reason it could not make one. */
public record ProposalOutcome(long fileId, ProposalDraft draft, String error) {

    public static ProposalOutcome proposed(long fileId, ProposalDraft draft) {
        return new ProposalOutcome(fileId, draft, null);
    }

    public static ProposalOutcome failed(long fileId, String error) {
        return new ProposalOutcome(fileId, null, error);
    }
}
