-- Phaze schema, version 2: stage control, per-file stage results, tags read by agents.

-- Operator intent per agent stage: paused stops leasing (in-flight work finishes), priority orders
-- the backlog (lower runs first). Durable, so a pause survives restarts.
create table stage_control (
    stage       varchar(32) primary key,
    paused      boolean     not null default false,
    priority    integer     not null default 50,
    updated_at  timestamptz not null default now(),
    constraint stage_control_priority check (priority between 0 and 100)
);
insert into stage_control (stage) values ('tags'), ('analyze'), ('fingerprint');

-- How a stage ended for a file. "not started" and "in flight" are derived (no row / a work item).
create table stage_result (
    file_id     bigint      not null references audio_file (id) on delete cascade,
    stage       varchar(32) not null,
    status      varchar(16) not null,
    message     text,
    updated_at  timestamptz not null default now(),
    primary key (file_id, stage),
    constraint stage_result_status check (status in ('done', 'failed', 'skipped'))
);
create index stage_result_stage_status on stage_result (stage, status);

create table file_tags (
    file_id           bigint primary key references audio_file (id) on delete cascade,
    artist            text,
    title             text,
    album             text,
    album_artist      text,
    year              text,
    genre             text,
    track_number      text,
    disc_number       text,
    duration_seconds  double precision,
    bitrate_kbps      integer,
    sample_rate       integer,
    channels          integer,
    codec             text,
    reader            varchar(32) not null,
    raw               jsonb       not null default '{}',
    updated_at        timestamptz not null default now()
);

create index work_item_stage_state on work_item (stage, state);
