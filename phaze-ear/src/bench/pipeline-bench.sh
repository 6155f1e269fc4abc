#!/usr/bin/env bash
# Pipeline benchmark against a running `./phaze up` (embedded PostgreSQL): 4 scripted agents lease
# and report ITEMS work items concurrently through the agent API, then GET /api/v1/pipeline/stats is
# timed with FILES generated files in the database. Rows it generates belong to agents named
# bench-*, and are removed at the end. Usage: phaze-ear/src/bench/pipeline-bench.sh [ITEMS] [FILES]
set -euo pipefail
items=${1:-20000}
files=${2:-1000000}
home=${PHAZE_HOME:-$HOME/.phaze}
base="http://127.0.0.1:$((8080 + ${PHAZE_PORT_OFFSET:-0}))"
password=${PHAZE_ADMIN_PASSWORD:-$(cat "$home/admin-password")}
db_port=${PHAZE_EMBEDDED_DB_PORT:-15432}
psql_cmd=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d phaze)
here=$(cd "$(dirname "$0")" && pwd)
curl -sf "$base/health" >/dev/null || { echo "Phaze is not up at $base: run ./phaze up first" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }

cleanup() {
  "${psql_cmd[@]}" -c "delete from phaze.work_item where agent_id like 'bench-%';
    delete from phaze.audio_file where agent_id like 'bench-%'; delete from phaze.scan_batch where agent_id like 'bench-%';
    delete from phaze.agent where id like 'bench-%';" >/dev/null
}
cleanup
trap cleanup EXIT
tokens=()
for a in 1 2 3 4; do
  answer=$(curl -sf -u "admin:$password" -H 'Content-Type: application/json' \
    -d "{\"id\":\"bench-$a\",\"roots\":[\"/bench/$a\"]}" "$base/api/v1/agents")
  tokens+=("$(printf '%s' "$answer" | sed -E 's/.*"token":"([^"]+)".*/\1/')")
done

echo "generating $files files and $items queued items…"
"${psql_cmd[@]}" <<SQL
insert into phaze.audio_file (agent_id, root, relative_path, path, size_bytes, sha256, kind, extension)
select 'bench-' || (1 + g % 4), '/bench/' || (1 + g % 4), 'f' || g || '.mp3', '/bench/' || (1 + g % 4) || '/f' || g || '.mp3',
       1000, lpad(to_hex(g), 64, '0'), 'audio', 'mp3'
from generate_series(1, $files) g;
insert into phaze.stage_result (file_id, stage, status)
select id, 'tags', 'done' from phaze.audio_file where agent_id like 'bench-%' and id % 3 = 0;
insert into phaze.work_item (work_key, stage, agent_id, file_id)
select 'analyze:' || id, 'analyze', agent_id, id from phaze.audio_file where agent_id like 'bench-%' order by id limit $items;
-- vacuum as autovacuum would after a bulk load: the counts are index-only scans, which need the visibility map
vacuum analyze phaze.audio_file; vacuum analyze phaze.work_item; vacuum analyze phaze.stage_result;
SQL

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%F)"
java "$here/PipelineBench.java" "$base" "$password" 50 "$items" "${tokens[@]}"
