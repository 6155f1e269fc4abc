-- Phaze schema, version 1: agents, scans, discovered files and the durable work queue.
-- Everything lives in schema "phaze" (Flyway owns it); JBeret keeps its job repository in "public".

create table agent (
    id             varchar(64)  primary key,
    name           varchar(200) not null,
    token_hash     char(64)     not null unique,
    registered_at  timestamptz  not null default now(),
    last_seen_at   timestamptz,
    version        varchar(64),
    queue_depth    integer,
    revoked_at     timestamptz,
    constraint agent_id_format check (id ~ '^[a-z0-9][a-z0-9._-]{0,63}$')
);

-- An agent's library roots, and how readable each one looked at its last heartbeat.
create table agent_root (
    agent_id    varchar(64) not null references agent (id) on delete cascade,
    path        text        not null,
    readable    boolean,
    problem     text,
    primary key (agent_id, path)
);

create table scan_batch (
    id                bigserial    primary key,
    agent_id          varchar(64)  not null references agent (id),
    root              text         not null,
    subpath           text         not null default '',
    status            varchar(16)  not null default 'running',
    total_files       integer,
    processed_files   integer      not null default 0,
    failed_files      integer      not null default 0,
    message           text,
    started_at        timestamptz  not null default now(),
    last_activity_at  timestamptz  not null default now(),
    finished_at       timestamptz,
    constraint scan_status check (status in ('running', 'completed', 'failed'))
);
create index scan_batch_agent_root on scan_batch (agent_id, root, status);

-- Files the scanner could not read, reported per file; the scan completes without them.
create table scan_problem (
    id             bigserial  primary key,
    scan_id        bigint     not null references scan_batch (id) on delete cascade,
    relative_path  text       not null,
    message        text       not null
);
create index scan_problem_scan on scan_problem (scan_id);

-- One row per file an agent owns. A rescan upserts on (agent_id, path).
create table audio_file (
    id             bigserial    primary key,
    agent_id       varchar(64)  not null references agent (id),
    root           text         not null,
    relative_path  text         not null,
    path           text         not null,
    size_bytes     bigint       not null,
    sha256         char(64)     not null,
    kind           varchar(16)  not null,
    extension      varchar(16),
    modified_at    timestamptz,
    scan_id        bigint       references scan_batch (id) on delete set null,
    discovered_at  timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint audio_file_kind check (kind in ('audio', 'video', 'companion')),
    constraint audio_file_unique_path unique (agent_id, path)
);
create index audio_file_scan on audio_file (scan_id);
create index audio_file_sha256 on audio_file (sha256);

-- The work queue: one row per <stage>:<natural id>; agents lease with FOR UPDATE SKIP LOCKED.
create table work_item (
    id                bigserial    primary key,
    work_key          varchar(300) not null unique,
    stage             varchar(32)  not null,
    agent_id          varchar(64)  not null references agent (id),
    scan_id           bigint       references scan_batch (id) on delete cascade,
    file_id           bigint       references audio_file (id) on delete cascade,
    priority          integer      not null default 50,
    state             varchar(16)  not null default 'queued',
    lease_owner       varchar(64),
    lease_expires_at  timestamptz,
    attempts          integer      not null default 0,
    last_error        text,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint work_item_state check (state in ('queued', 'leased', 'done', 'failed')),
    constraint work_item_priority check (priority between 0 and 100)
);
create index work_item_leasable on work_item (agent_id, priority, id) where state in ('queued', 'leased');
