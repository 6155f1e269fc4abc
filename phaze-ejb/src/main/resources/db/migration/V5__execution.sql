-- Phaze schema, version 5: execution of approved proposals (batches, items), moved files' original paths.

-- Where a file was when Phaze first saw it; kept when executions move it.
alter table audio_file add column original_relative_path text;

-- A proposal in a running batch is 'executing'; after its move 'executed'; after an undo 'reverted'.
alter table proposal drop constraint proposal_status;
alter table proposal add constraint proposal_status
    check (status in ('pending', 'approved', 'rejected', 'failed', 'superseded', 'executing', 'executed', 'reverted'));
drop index proposal_one_open_per_file;
create unique index proposal_one_open_per_file on proposal (file_id) where status in ('pending', 'approved', 'executing');
drop index proposal_one_claim_per_destination;
create unique index proposal_one_claim_per_destination on proposal (agent_id, root, lower(proposed_path))
    where status in ('pending', 'approved', 'executing');

-- One run of a reviewed plan (or the undo of one). The plan hash is what the operator saw.
create table execution_batch (
    id            bigserial    primary key,
    kind          varchar(16)  not null default 'execute',
    undo_of       bigint       references execution_batch (id),
    plan_hash     char(64)     not null,
    status        varchar(32)  not null default 'running',
    requested_by  varchar(200) not null,
    created_at    timestamptz  not null default now(),
    finished_at   timestamptz,
    constraint execution_batch_kind check (kind in ('execute', 'undo')),
    constraint execution_batch_status check (status in ('running', 'completed', 'completed_with_failures', 'failed'))
);

-- One file (with its companions) to move; files is [{fileId, source, destination, sha256, size}], media first.
create table execution_item (
    id            bigserial    primary key,
    batch_id      bigint       not null references execution_batch (id) on delete cascade,
    proposal_id   bigint       references proposal (id) on delete set null,
    file_id       bigint       references audio_file (id) on delete set null,
    undo_of_item  bigint       references execution_item (id),
    agent_id      varchar(64)  not null references agent (id),
    root          text         not null,
    source_path   text         not null,
    destination_path text      not null,
    sha256        char(64)     not null,
    size_bytes    bigint       not null,
    files         jsonb        not null,
    status        varchar(16)  not null default 'queued',
    step          varchar(32),
    message       text,
    bytes_done    bigint       not null default 0,
    started_at    timestamptz,
    finished_at   timestamptz,
    constraint execution_item_status check (status in ('queued', 'running', 'done', 'failed'))
);
create index execution_item_batch on execution_item (batch_id, status);
create index execution_item_file on execution_item (file_id);

-- Texts of the cue sheets, notes and playlists beside a media file, read by the agent with its tags.
create table file_companion_text (
    file_id    bigint not null references audio_file (id) on delete cascade,
    file_name  text   not null,
    text       text   not null,
    primary key (file_id, file_name)
);
