#!/usr/bin/env bash
# The whole test suite: unit tests of every module, then the system tests (Arquillian on the
# provisioned WildFly with the real EAR + agent WAR, real PostgreSQL, headless Chromium).
# PostgreSQL: PHAZE_TEST_DB_URL (+ _USER/_PASSWORD) when given, otherwise an embedded one on a
# free port with a throw-away data directory. Extra arguments go to Maven.
set -euo pipefail
repo=${1:?usage: test.sh REPO [maven args]}; shift
cd "$repo"

missing=()
command -v java >/dev/null || missing+=(openjdk-17-jdk)
command -v mvn >/dev/null || missing+=(maven)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
if ((${#missing[@]})); then
  echo "phaze test: missing tools; install them with: apt-get install -y ${missing[*]}" >&2
  exit 1
fi

started=$SECONDS
# The launcher and the provisioned server come first: the database must be up before the system tests.
mvn -B -q -DskipTests -pl server-config -am package

if [[ -n "${PHAZE_TEST_DB_URL:-}" ]]; then
  export PHAZE_DB_URL=$PHAZE_TEST_DB_URL PHAZE_DB_USER=${PHAZE_TEST_DB_USER:-postgres} PHAZE_DB_PASSWORD=${PHAZE_TEST_DB_PASSWORD:-}
  echo "phaze test: using the database at $PHAZE_DB_URL"
else
  work=$(mktemp -d /tmp/phaze-test-db.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 25432)
  trap '"$repo/server-config/src/main/sh/embedded-db.sh" stop "$work/pid"; rm -rf "$work"' EXIT
  "$repo/server-config/src/main/sh/embedded-db.sh" start "$repo" "$work/data" "$port" phaze_test "$work/pid" "$work/log"
  export PHAZE_DB_URL="jdbc:postgresql://127.0.0.1:$port/phaze_test" PHAZE_DB_USER=postgres PHAZE_DB_PASSWORD=postgres
  echo "phaze test: embedded PostgreSQL on 127.0.0.1:$port"
fi

mvn -B verify "$@"
echo "phaze test: finished in $((SECONDS - started)) s"
