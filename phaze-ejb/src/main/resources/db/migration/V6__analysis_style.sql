-- Style scores of user-supplied models (PHAZE_MODELS_DIR on the agent, ADR 032): [{"model","label","score"}],
-- best first per model. Empty without a model: style is never invented.
alter table file_analysis add column style jsonb not null default '[]'::jsonb;
