-- Phaze schema, version 4: proposal runs, proposals and the append-only audit trail.

-- One run of the PROPOSE stage: which engine, how it went, what it cost.
create table proposal_run (
    id              bigserial    primary key,
    engine          varchar(16)  not null,
    status          varchar(16)  not null default 'running',
    requested_by    varchar(200) not null,
    model           varchar(200),
    files           integer      not null default 0,
    proposed        integer      not null default 0,
    failed          integer      not null default 0,
    requests        integer      not null default 0,
    input_tokens    bigint       not null default 0,
    output_tokens   bigint       not null default 0,
    message         text,
    started_at      timestamptz  not null default now(),
    finished_at     timestamptz,
    constraint proposal_run_engine check (engine in ('rules', 'llm')),
    constraint proposal_run_status check (status in ('running', 'completed', 'failed'))
);
-- At most one run at a time: two runs would race for the same files and destinations.
create unique index proposal_run_one_running on proposal_run ((true)) where status = 'running';

-- A proposed name and folder for one media file. The row keeps what the file looked like when it was
-- proposed (path, hash) so a proposal whose file changed since is recognised as stale.
create table proposal (
    id               bigserial    primary key,
    file_id          bigint       not null references audio_file (id) on delete cascade,
    agent_id         varchar(64)  not null references agent (id),
    root             text         not null,
    current_path     text         not null,
    file_sha256      char(64)     not null,
    proposed_folder  text         not null,
    proposed_name    text         not null,
    proposed_path    text         not null,
    confidence       double precision not null,
    reasoning        text         not null,
    kind             varchar(32),
    provenance       jsonb        not null default '{}',
    engine           varchar(16)  not null,
    status           varchar(16)  not null default 'pending',
    error            text,
    run_id           bigint       references proposal_run (id) on delete set null,
    version          integer      not null default 1,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    decided_at       timestamptz,
    decided_by       varchar(200),
    constraint proposal_confidence check (confidence between 0 and 1),
    constraint proposal_engine check (engine in ('rules', 'llm', 'edit')),
    constraint proposal_status check (status in ('pending', 'approved', 'rejected', 'failed', 'superseded'))
);
-- The lifecycle's hard rules live here, not only in code: one open proposal per file, and no two
-- open proposals claiming the same destination in a root (case-insensitively, as SMB and macOS see it).
create unique index proposal_one_open_per_file on proposal (file_id) where status in ('pending', 'approved');
create unique index proposal_one_claim_per_destination on proposal (agent_id, root, lower(proposed_path))
    where status in ('pending', 'approved');
create index proposal_status_confidence on proposal (status, confidence desc, id);
create index proposal_status_id on proposal (status, id);
create index proposal_file on proposal (file_id);
create index proposal_destination_prefix on proposal (agent_id, root, lower(proposed_path) text_pattern_ops);
create index audio_file_path_prefix on audio_file (agent_id, root, lower(relative_path) text_pattern_ops);

-- What happened, by whom, to what: written in the same transaction as the change it describes.
create table audit_event (
    id            bigserial    primary key,
    at            timestamptz  not null default now(),
    actor         varchar(200) not null,
    action        varchar(64)  not null,
    subject_kind  varchar(32)  not null,
    subject_id    bigint,
    file_id       bigint,
    summary       text         not null,
    detail        jsonb        not null default '{}'
);
create index audit_event_at on audit_event (at desc, id desc);
create index audit_event_subject on audit_event (subject_kind, subject_id);
create index audit_event_file on audit_event (file_id);

-- Append-only, enforced by the database: no role the application uses can rewrite history.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- The operator's layout templates per recording kind; a kind without a row uses the built-in default.
create table naming_layout (
    kind             varchar(32)  primary key,
    folder_template  text         not null,
    file_template    text         not null,
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(200) not null
);
