#!/usr/bin/env bash
# Load benchmark of enecg serve, on loopback only, bounded: trains a model on the bundled data with the default experts
# (once; kept in target/bench-serve), starts `enecg serve` on a free port, lets CLIENTS clients upload bundled 10-s
# 12-lead records for SECONDS s (at most MAX requests), then stops the server with SIGTERM.
# Usage: scripts/bench-serve.sh [CLIENTS=8] [SECONDS=60] [MAX=20000] [WORKERS=cores]
# Results and the machine they came from: docs/benchmarks/serve.md.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-8}; seconds=${2:-60}; max=${3:-20000}; workers=${4:-$(nproc)}
out=target/bench-serve
mkdir -p "$out" target/tmp
mvn -q -B -pl enecg-core -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/bench.cp -Dmdep.includeScope=test
[ -f "$out/model.enm" ] || ./enecg train --data bundled --out "$out/model.enm" --cache "$out/cache" > "$out/train.log" 2>&1
./enecg serve --model "$out/model.enm" --port 0 --workers "$workers" > "$out/serve.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
port=""
for _ in $(seq 1 120); do
  port=$(grep -o 'on http://127.0.0.1:[0-9]*' "$out/serve.log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 1
done
[ -n "$port" ] || { echo "the server did not start:"; cat "$out/serve.log"; exit 1; }
echo "server pid $pid on port $port, $workers workers; $(grep -o 'serving model.*' "$out/serve.log" | head -1)"
timeout $((seconds + 120)) java -Xmx1g -Djava.io.tmpdir=target/tmp -cp "enecg-core/target/test-classes:enecg-core/target/classes:$(cat target/bench.cp)" \
  org.enecg.bench.ServeLoad "$port" "$pid" "$clients" "$seconds" "$max"
kill -TERM $pid
wait $pid || true
trap - EXIT
tail -1 "$out/serve.log"
