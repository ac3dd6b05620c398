#!/usr/bin/env bash
# Times the main job (./enecg run) cold (empty embedding cache) and warm (the cache from the cold run), wall and CPU,
# with the machine's load average before and after. Results: docs/benchmarks/main-job.md. Extra arguments go to
# ./enecg run (e.g. --threads 1).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -DskipTests package
tmp="target/bench-main-job"
rm -rf "$tmp"
mkdir -p "$tmp"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (modified)'), date: $(date -u +%Y-%m-%dT%H:%MZ)"
for run in cold warm; do
  echo "== $run: load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "$run: wall %e s, user %U s, system %S s, max RSS %M KiB" \
    ./enecg run --cache "$tmp/cache" --out "$tmp/report-$run" "$@" > "$tmp/$run.out" 2> "$tmp/$run.err" || { cat "$tmp/$run.err"; exit 1; }
  tail -1 "$tmp/$run.err"
  grep -E "^(data|time):" "$tmp/$run.out"
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
