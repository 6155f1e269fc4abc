#!/bin/sh
# Fingerprint benchmark of issue 3: RTF vs. decode alone, heap on an 8-hour file, index bytes/hour,
# recall per transform, query latency at the real corpus, 100 h and 100,000 h (generated postings).
# Needs ffmpeg and the Debian package wesnoth-1.16-music. Takes ~15 min on 2 cores; add --with-10k
# for a fully materialised 10,000-hour index (~6 GB of temporary disk, +10 min).
# Usage: phaze-audio/bench/fingerprint-bench.sh [--with-10k]   (from the repository root)
set -eu
cd "$(dirname "$0")/../.."
mvn -q -B -f phaze-audio/pom.xml test-compile
WORK=${PHAZE_BENCH_DIR:-phaze-audio/target/fingerprint-bench}
exec nice java -Xmx2g -cp phaze-audio/target/classes:phaze-audio/target/test-classes \
  phaze.audio.bench.FingerprintBench "$WORK" docs/benchmarks/fingerprint.md "$@"
