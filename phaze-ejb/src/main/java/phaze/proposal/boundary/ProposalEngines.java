package phaze.proposal.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.EJB;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import phaze.platform.RequestRefusedException;
import phaze.path.PathLegalizer;
import phaze.proposal.control.RuleProposalEngine;

/**
 * Which engine a PROPOSE run uses, and the engines themselves. Rules always work; the LLM only when
 * one is configured (PHAZE_LLM_*), and it is then the default.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProposalEngines {

    @EJB
    NamingLayouts layouts;
    @EJB
    ProposalRuns runs;

    /** The engine a run will use: the requested one, or the default when none was asked for. */
    public String choose(String requested) {
        if (requested == null || requested.isBlank()) {
            return "rules";
        }
        if ("rules".equals(requested)) {
            return requested;
        }
        if ("llm".equals(requested)) {
            throw RequestRefusedException.invalid("no LLM is configured; set PHAZE_LLM_PROVIDER (see"
                    + " docs/configuration.md) or propose with {\"engine\":\"rules\"}");
        }
        throw RequestRefusedException.invalid("engine must be \"rules\" or \"llm\", not '" + requested + "'");
    }

    public String model(String engine) {
        return null;
    }

    /**
     * The engine for one run, with the layout as it is now (an edit applies to the next run) and the
     * date conventions learned from the library's names at its start.
     */
    public ProposeStep step(String engine) {
        return new RuleStep(new RuleProposalEngine(layouts.current(), runs.learnDateConventions(), new PathLegalizer()));
    }
}
