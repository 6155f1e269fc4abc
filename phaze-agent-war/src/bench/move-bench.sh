#!/usr/bin/env bash
# Benchmark of the agent's Mover (docs/benchmarks/execution.md), on the same files in one run:
#  (a) cross-file-system throughput: Mover (copy, fsync, re-read, verify, place, delete) vs
#      cp + sync + sha256sum, ext4 -> tmpfs (a tmpfs mounted inside the library root; needs root);
#  (b) same-file-system renames of small files: Mover (hard link, delete, 2 directory fsyncs, journal
#      fsyncs) vs mv in a loop and one mv.
#  (c) the same renames in groups of GROUP items on one worker (group commit: one journal fsync and
#      one fsync per folder for each phase of a group; this is how the agent runs execute items).
# Usage: phaze-agent-war/src/bench/move-bench.sh [files=20] [mb=50] [small=5000] [threads=32] [group=200]
set -euo pipefail
FILES=${1:-20}; MB=${2:-50}; SMALL=${3:-5000}; THREADS=${4:-32}; GROUP=${5:-200}
REPO=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$REPO"
mvn -B -q -o -pl phaze-agent-war -am test-compile >/dev/null
CP="$REPO/phaze-agent-war/target/classes:$REPO/phaze-protocol/target/classes"
WORK=$(mktemp -d /tmp/phaze-move-bench.XXXXXX)
ROOT="$WORK/lib"; mkdir -p "$ROOT/src" "$ROOT/small"
cleanup() { umount "$ROOT/shm" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
now() { date +%s.%N; }
bench() { java -cp "$CP" "$REPO/phaze-agent-war/src/bench/MoveBench.java" "$ROOT" "$WORK/journals" "$@"; }

mkdir -p "$ROOT/shm"
mount -t tmpfs -o size=$(( FILES * MB * 2 + 64 ))m tmpfs "$ROOT/shm" || { echo "needs root to mount a tmpfs"; exit 1; }
echo "# $(date -u +%FT%TZ) $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(java -version 2>&1 | head -1)"
echo "# source $(df -T "$ROOT" | awk 'NR==2{print $2}') -> destination $(df -T "$ROOT/shm" | awk 'NR==2{print $2}')"

# (a) cross-file-system
for i in $(seq -w 1 "$FILES"); do head -c $(( MB << 20 )) /dev/urandom > "$ROOT/src/set-$i.flac"; done
sync
: > "$WORK/cross.tsv"
for f in "$ROOT"/src/*.flac; do
  n=$(basename "$f"); sha=$(sha256sum "$f" | cut -d' ' -f1); size=$(stat -c %s "$f")
  printf 'src/%s\tshm/mover/Artist/%s\t%s\t%s\n' "$n" "$n" "$sha" "$size" >> "$WORK/cross.tsv"
done
TOTAL_MB=$(( FILES * MB ))
mkdir -p "$ROOT/shm/cp"
t0=$(now); cp "$ROOT"/src/*.flac "$ROOT/shm/cp/"; sync; sha256sum "$ROOT"/shm/cp/*.flac >/dev/null; t1=$(now)
CP_S=$(echo "$t1 - $t0" | bc -l); rm -rf "$ROOT/shm/cp"
read -r _ _ MOVER_S < <(bench "$WORK/cross.tsv")
CP_MBS=$(echo "$TOTAL_MB / $CP_S" | bc -l); MOVER_MBS=$(echo "$TOTAL_MB / $MOVER_S" | bc -l)
printf 'cross-fs  %d x %d MB: cp+sync+sha256sum %.2f s = %.0f MB/s; Mover %.2f s = %.0f MB/s; ratio %.2f (target >= 0.8)\n' \
  "$FILES" "$MB" "$CP_S" "$CP_MBS" "$MOVER_S" "$MOVER_MBS" "$(echo "$MOVER_MBS / $CP_MBS" | bc -l)"

# (b) same-file-system renames
make_small() { mkdir -p "$ROOT/$1"; for i in $(seq 1 "$SMALL"); do printf 'track %d\n' "$i" > "$ROOT/$1/t$i.cue"; done; }
make_small small
: > "$WORK/same.tsv"
for i in $(seq 1 "$SMALL"); do
  sha=$(printf 'track %d\n' "$i" | sha256sum | cut -d' ' -f1); size=$(printf 'track %d\n' "$i" | wc -c)
  printf 'small/t%d.cue\trenamed/T%d.cue\t%s\t%s\n' "$i" "$i" "$sha" "$size" >> "$WORK/same.tsv"
done
sync
read -r _ _ MOVER_SAME_S < <(bench "$WORK/same.tsv" 1)
# The agent runs items on several workers; concurrent fsyncs share ext4 journal commits (group commit).
make_small small2
sed 's#^small/#small2/#; s#\trenamed/#\trenamed2/#' "$WORK/same.tsv" > "$WORK/same2.tsv"
sync
read -r _ _ MOVER_PAR_S < <(bench "$WORK/same2.tsv" "$THREADS")
make_small small3
sed 's#^small/#small3/#; s#\trenamed/#\trenamed3/#' "$WORK/same.tsv" > "$WORK/same3.tsv"
sync
read -r _ _ MOVER_GROUP_S < <(bench "$WORK/same3.tsv" "group=$GROUP")
make_small loop; mkdir -p "$ROOT/loop-out"; sync
t0=$(now); for i in $(seq 1 "$SMALL"); do mv -n "$ROOT/loop/t$i.cue" "$ROOT/loop-out/T$i.cue"; done; t1=$(now)
LOOP_S=$(echo "$t1 - $t0" | bc -l)
make_small one; mkdir -p "$ROOT/one-out"; sync
t0=$(now); mv -n "$ROOT"/one/* "$ROOT/one-out/"; sync; t1=$(now)
ONE_S=$(echo "$t1 - $t0" | bc -l)
printf 'same-fs   %d files: Mover in groups of %d (group commit) %.2f s = %.0f files/s (target >= 1000)\n' "$SMALL" "$GROUP" "$MOVER_GROUP_S" "$(echo "$SMALL / $MOVER_GROUP_S" | bc -l)"
printf 'same-fs   %d files: Mover on %d workers %.2f s = %.0f files/s\n' "$SMALL" "$THREADS" "$MOVER_PAR_S" "$(echo "$SMALL / $MOVER_PAR_S" | bc -l)"
printf 'same-fs   %d files: Mover on 1 worker %.2f s = %.0f files/s; mv loop %.2f s = %.0f files/s; one mv + sync %.2f s = %.0f files/s\n' \
  "$SMALL" "$MOVER_SAME_S" "$(echo "$SMALL / $MOVER_SAME_S" | bc -l)" "$LOOP_S" "$(echo "$SMALL / $LOOP_S" | bc -l)" \
  "$ONE_S" "$(echo "$SMALL / $ONE_S" | bc -l)"
