-- Phaze schema, version 6: narrow indexes so the pipeline's counts are index-only scans.
-- Every count stays SQL over the rows (no counter tables); these let PostgreSQL read a few MB of index
-- instead of the whole audio_file table when the console, the API and JMX ask for stats.
create index audio_file_kind on audio_file (kind);
