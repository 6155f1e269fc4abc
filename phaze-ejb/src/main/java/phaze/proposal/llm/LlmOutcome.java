package phaze.proposal.llm;

import phaze.proposal.control.ProposalDraft;

/**
 * What the LLM path produced for one file: a legal draft, or an error a user can act on.
 *
 * @param key   the file's key from its {@link LlmRequest}
 * @param draft the legalized proposal; null on failure
 * @param error why there is no draft; null on success
 */
public record LlmOutcome(String key, ProposalDraft draft, String error) {

    public LlmOutcome {
        if ((draft == null) == (error == null)) {
            throw new IllegalArgumentException("an outcome has either a draft or an error: " + key);
        }
    }

    public static LlmOutcome proposed(String key, ProposalDraft draft) {
        return new LlmOutcome(key, draft, null);
    }

    public static LlmOutcome failed(String key, String error) {
        return new LlmOutcome(key, null, error);
    }

    public boolean succeeded() {
        return draft != null;
    }
}
