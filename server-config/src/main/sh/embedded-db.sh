#!/usr/bin/env bash
# Starts or stops the embedded PostgreSQL (zonky, from Maven Central) that Phaze uses when no
# PHAZE_DB_URL is configured. The launcher JVM owns the postgres process: SIGTERM stops both.
#   embedded-db.sh start REPO DATA_DIR PORT DATABASE PID_FILE LOG_FILE
#   embedded-db.sh stop PID_FILE
set -euo pipefail

case "${1:-}" in
  start)
    repo=$2 data=$3 port=$4 db=$5 pid_file=$6 log=$7
    cp="$repo/server-config/target/classes:$repo/server-config/target/launcher-lib/*"
    mkdir -p "$(dirname "$pid_file")" "$(dirname "$log")" "$data"
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "port $port is taken by another program: set PHAZE_EMBEDDED_DB_PORT to a free port" >&2
      exit 1
    fi
    # A postgres left behind by a killed launcher holds the data directory: stop it first.
    if [[ -f "$data/postmaster.pid" ]]; then
      old=$(head -1 "$data/postmaster.pid")
      kill -0 "$old" 2>/dev/null && kill "$old" && sleep 2
      rm -f "$data/postmaster.pid"
    fi
    nohup java -Xmx64m -cp "$cp" phaze.launcher.EmbeddedDatabase "$data" "$port" "$db" > "$log" 2>&1 &
    echo $! > "$pid_file"
    for ((i = 0; i < 120; i++)); do
      grep -q '^ready' "$log" 2>/dev/null && exit 0
      kill -0 "$(cat "$pid_file")" 2>/dev/null || { echo "the embedded PostgreSQL did not start: $(tail -5 "$log")" >&2; exit 1; }
      sleep 0.5
    done
    echo "the embedded PostgreSQL did not start within 60 s; see $log" >&2
    exit 1
    ;;
  stop)
    pid_file=$2
    if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      pid=$(cat "$pid_file")
      kill "$pid"
      for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    fi
    rm -f "$pid_file"
    ;;
  *) echo "usage: embedded-db.sh start REPO DATA_DIR PORT DATABASE PID_FILE LOG_FILE | stop PID_FILE" >&2; exit 2 ;;
esac
