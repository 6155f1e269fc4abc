/**
 * Proposals without a container: the rules engine ({@link phaze.proposal.control.RuleProposalEngine}),
 * the name parser ({@link phaze.proposal.control.NameParser}), layout templates
 * ({@link phaze.proposal.control.NamingLayout}), learned date conventions
 * ({@link phaze.proposal.control.DateConventionLearner}) and the gate every draft passes
 * ({@link phaze.proposal.control.DraftLegalizer}, {@link phaze.proposal.control.DistinctDestinations}).
 * Plain Java: no Jakarta annotations, no I/O beyond the bundled known-events.tsv. The EJB service,
 * the LLM path and the console call into it; see docs/adr/051-naming-rules-engine.md.
 */
package phaze.proposal.control;
