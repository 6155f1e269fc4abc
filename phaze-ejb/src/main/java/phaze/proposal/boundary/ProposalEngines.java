package phaze.proposal.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import phaze.config.PhazeSettings;
import phaze.path.PathLegalizer;
import phaze.platform.RequestRefusedException;
import phaze.proposal.control.DateConventions;
import phaze.proposal.control.RuleProposalEngine;
import phaze.proposal.llm.LlmChatModels;
import phaze.proposal.llm.LlmProposalEngine;
import phaze.proposal.llm.LlmSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Which engine a PROPOSE run uses, and the engines themselves. Rules always work; the LLM only when
 * one is configured (PHAZE_LLM_*, read at each run so a change needs no redeploy), and it is then
 * the default.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProposalEngines {

    /** How long the date conventions of a run serve single regenerations. */
    static final Duration CONVENTIONS_KEPT = Duration.ofHours(1);

    private record Learned(DateConventions conventions, Instant at) {
    }

    private final AtomicReference<Learned> learned = new AtomicReference<>();

    @EJB
    NamingLayouts layouts;
    @EJB
    ProposalRuns runs;

    /** The engine a run will use: the requested one, or the default when none was asked for. */
    public String choose(String requested) {
        LlmSettings llm = llm();
        if (requested == null || requested.isBlank()) {
            return llm.configured() ? "llm" : "rules";
        }
        if ("rules".equals(requested)) {
            return requested;
        }
        if ("llm".equals(requested)) {
            if (!llm.configured()) {
                throw RequestRefusedException.invalid("no LLM is configured (" + llm.missing() + "); set"
                        + " PHAZE_LLM_PROVIDER and its settings (docs/configuration.md) or propose with"
                        + " {\"engine\":\"rules\"}");
            }
            return requested;
        }
        throw RequestRefusedException.invalid("engine must be \"rules\" or \"llm\", not '" + requested + "'");
    }

    /** The model a run reports, or null for rules. */
    public String model(String engine) {
        return "llm".equals(engine) ? llm().describeModel() : null;
    }

    /**
     * The engine for one run, with the layout as it is now (an edit applies to the next run); the rules
     * also get the date conventions learned from the library's names at the start of the run.
     */
    public ProposeStep step(String engine) {
        if ("llm".equals(engine)) {
            LlmSettings settings = llm();
            if (!settings.configured()) {
                throw new IllegalStateException("the LLM configuration went away: " + settings.missing());
            }
            return new LlmStep(new LlmProposalEngine(settings, LlmChatModels.create(settings), layouts.current(),
                    new PathLegalizer()));
        }
        return rules(learnedNow());
    }

    /**
     * The rules for proposing one file again: the date conventions the last run learned (reading every
     * file name of a big library for one click would take seconds), learned anew when none is younger
     * than {@link #CONVENTIONS_KEPT}.
     */
    public ProposeStep regenerationStep() {
        Learned kept = learned.get();
        DateConventions conventions = kept != null && kept.at().plus(CONVENTIONS_KEPT).isAfter(Instant.now())
                ? kept.conventions() : learnedNow();
        return rules(conventions);
    }

    private ProposeStep rules(DateConventions conventions) {
        return new RuleStep(new RuleProposalEngine(layouts.current(), conventions, new PathLegalizer()));
    }

    private DateConventions learnedNow() {
        DateConventions conventions = runs.learnDateConventions();
        learned.set(new Learned(conventions, Instant.now()));
        return conventions;
    }

    private static LlmSettings llm() {
        return LlmSettings.from(PhazeSettings.system());
    }
}
