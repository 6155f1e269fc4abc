package phaze.proposal.llm;

import phaze.proposal.control.ProposalEvidence;

/**
 * One file to name.
 *
 * @param key      the caller's identifier for the file (e.g. its id), unique within one run; echoed by the model
 * @param evidence what is known about the file
 */
public record LlmRequest(String key, ProposalEvidence evidence) {

    public LlmRequest {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("every file needs a key");
        }
        if (evidence == null) {
            throw new IllegalArgumentException("evidence is required for " + key);
        }
    }
}
