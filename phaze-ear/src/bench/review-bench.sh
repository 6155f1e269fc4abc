#!/usr/bin/env bash
# Review-page benchmark against a running `./phaze up` (embedded PostgreSQL): generates FILES media
# files with one pending proposal each (agent bench-review), then times the review table's requests:
# GET /api/v1/proposals (first page, a deep page, by confidence, with a text filter) and the console
# page itself (proposals.xhtml, logged in), RUNS times each; reports median and p95 in ms.
# Generated rows are removed at the end. Usage: phaze-ear/src/bench/review-bench.sh [FILES] [RUNS]
set -euo pipefail
files=${1:-100000}
runs=${2:-30}
home=${PHAZE_HOME:-$HOME/.phaze}
base="http://127.0.0.1:$((8080 + ${PHAZE_PORT_OFFSET:-0}))"
password=${PHAZE_ADMIN_PASSWORD:-$(cat "$home/admin-password")}
db_port=${PHAZE_EMBEDDED_DB_PORT:-15432}
psql_cmd=(psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$db_port" -U postgres -d phaze)
curl -sf "$base/health" >/dev/null || { echo "Phaze is not up at $base: run ./phaze up first" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }

cleanup() {
  "${psql_cmd[@]}" -c "delete from phaze.audio_file where agent_id = 'bench-review';
    delete from phaze.agent where id = 'bench-review';" >/dev/null
  rm -f "${jar:-}"
}
cleanup
trap cleanup EXIT
curl -sf -u "admin:$password" -H 'Content-Type: application/json' \
  -d '{"id":"bench-review","roots":["/bench/review"]}' "$base/api/v1/agents" >/dev/null

echo "generating $files files with a pending proposal each…"
"${psql_cmd[@]}" <<SQL
insert into phaze.audio_file (agent_id, root, relative_path, path, size_bytes, sha256, kind, extension)
select 'bench-review', '/bench/review', 'incoming/set ' || (g % 997) || '/dj_' || g || '_live_2019.mp3',
       '/bench/review/incoming/set ' || (g % 997) || '/dj_' || g || '_live_2019.mp3', 1000, lpad(to_hex(g), 64, '0'), 'audio', 'mp3'
from generate_series(1, $files) g;
insert into phaze.proposal (file_id, agent_id, root, current_path, file_sha256, proposed_folder, proposed_name,
    proposed_path, confidence, reasoning, kind, engine)
select id, agent_id, root, relative_path, sha256, 'performances/artists/DJ ' || id,
       'DJ ' || id || ' - Live 2019.mp3', 'performances/artists/DJ ' || id || '/DJ ' || id || ' - Live 2019.mp3',
       (id % 100) / 100.0, 'Artist and year from the file name.', 'artist_set', 'rules'
from phaze.audio_file where agent_id = 'bench-review';
analyze phaze.audio_file; analyze phaze.proposal;
SQL

jar=$(mktemp)
# A console session: the form login sets the session cookie, as a reviewer's browser would.
curl -s -c "$jar" -b "$jar" -o /dev/null "$base/proposals.xhtml"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "j_username=admin" --data-urlencode "j_password=$password" \
  "$base/j_security_check"

timed() { # label url [curl options...]
  local label=$1 url=$2; shift 2
  curl -sf "$@" -o /dev/null "$url" # warm
  for _ in $(seq "$runs"); do curl -sf "$@" -o /dev/null -w '%{time_total}\n' "$url"; done |
    sort -n | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
      printf "%-44s median %6.1f ms   p95 %6.1f ms\n", label, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%F); $files proposals"
api="$base/api/v1/proposals?status=pending&size=50"
timed "API first page (by id)" "$api&page=0" -u "admin:$password"
timed "API page 1000 (by id)" "$api&page=1000" -u "admin:$password"
timed "API first page by confidence, descending" "$api&page=0&sort=confidence&order=desc" -u "admin:$password"
timed "API text filter 'set 42/'" "$api&page=0&q=set%2042/" -u "admin:$password"
timed "console review page (logged in, 50 rows)" "$base/proposals.xhtml" -b "$jar"
