package phaze.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import phaze.path.PathLegalizer;

class DateConventionLearnerTest {

    private static final String[] TALION_RESOLVING = {
            "Artist_A_-_Live_at_Club_X-SAT-07-28-2018-TALiON.mp3",
            "Artist_B_-_Live_at_Club_Y-SAT-03-29-2019-TALiON.mp3",
            "Artist_C_-_Live_at_Club_Z-SAT-12-31-2017-TALiON.mp3",
            "Artist_D_-_Live_at_Club_Q-SAT-05-26-2019-TALiON.mp3",
            "Artist_E_-_Live_at_Club_R-SAT-08-13-2016-TALiON.mp3",
            "Artist_F_-_Live_at_Club_S-SAT-10-21-2015-TALiON.mp3",
    };

    @Test
    void learnsAConventionOnlyWithStrongSupport() {
        DateConventionLearner learner = new DateConventionLearner();
        for (int i = 0; i < 4; i++) {
            learner.observe(TALION_RESOLVING[i]);
        }
        assertTrue(learner.conventions().of(new ReleaseGroup("TALiON")).isEmpty(), "4 < 5 resolving dates");
        learner.observe(TALION_RESOLVING[4]);
        DateConvention convention = learner.conventions().of(new ReleaseGroup("talion")).orElseThrow();
        assertEquals(DateOrder.MONTH_FIRST, convention.order());
        assertEquals(5, convention.supporting());
    }

    @Test
    void ambiguousAndForeignNamesTeachNothing() {
        DateConventionLearner learner = new DateConventionLearner(1, 0.9);
        learner.observe("Artist_-_Live_at_X-SAT-03-04-2019-TALiON.mp3");
        learner.observe("Bicep - 01 - Atlas.flac");
        assertEquals(0, learner.conventions().size());
    }

    @Test
    void contradictoryEvidenceIsNotAConvention() {
        DateConventionLearner learner = new DateConventionLearner(3, 0.9);
        for (String name : TALION_RESOLVING) {
            learner.observe(name);
        }
        learner.observe("G_-_Live_at_X-SAT-28-07-2018-TALiON.mp3");
        learner.observe("H_-_Live_at_X-SAT-29-03-2019-TALiON.mp3");
        assertTrue(learner.conventions().of(new ReleaseGroup("TALiON")).isEmpty(), "6 of 8 is not 90 %");
    }

    /** An engine that learned TALiON's MM-DD habit from six self-resolving names. */
    private static RuleProposalEngine engineKnowingTalion() {
        DateConventionLearner learner = new DateConventionLearner();
        for (String name : TALION_RESOLVING) {
            learner.observe(name);
        }
        return new RuleProposalEngine(NamingLayout.defaults(), learner.conventions(), new PathLegalizer());
    }

    @Test
    void theEngineReadsAmbiguousDatesWithTheLearnedConvention() {
        ProposalDraft draft = engineKnowingTalion().propose(ProposalEvidence.of(
                "sets/Carl_Cox_-_Live_at_Space_Closing_Fiesta_Ibiza-SAT-10-01-2015-TALiON.mp3").withDuration(7200));
        assertEquals("Carl Cox - Live @ Space Closing Fiesta Ibiza 2015.10.01.mp3", draft.fileName());
        assertEquals(Provenance.LEARNED_CONVENTION, draft.provenance().get(NameField.DATE));
        assertTrue(draft.reasoning().contains("TALiON writes MM-DD-YYYY (6 of 6 self-resolving dates)"), draft.reasoning());
    }

    @Test
    void aSelfResolvingDateElsewhereBeatsTheLearnedConvention() {
        ProposalDraft draft = engineKnowingTalion().propose(ProposalEvidence.of(
                        "sets/Carl_Cox_-_Live_at_Space_Closing_Fiesta_Ibiza-SAT-10-01-2015-TALiON.mp3")
                .withDuration(7200).withTags(java.util.Map.of("date", "2015-01-10")));
        assertEquals("Carl Cox - Live @ Space Closing Fiesta Ibiza 2015.01.10.mp3", draft.fileName());
        assertEquals(Provenance.TAG, draft.provenance().get(NameField.DATE));
    }
}
