#!/usr/bin/env bash
# Expert throughput, baseline against candidate, interleaved in one sitting (docs/benchmarks/throughput.md):
#   scripts/bench-throughput.sh BASE_DIR [ROUNDS] > throughput.tsv
# BASE_DIR is a built installation of the baseline (models/, data/, enecg-core/target/enecg.jar and lib/), e.g.
#   git archive b5f7912 | tar -x -C /tmp/base && (cd /tmp/base && mvn -q -o -DskipTests -pl enecg-core -am package)
# The candidate is this checkout (built first if needed). Each round runs, for the baseline and then the candidate:
# a cold `enecg embed` of the bundled data with the default experts into a fresh cache (2 threads, a new JVM), the
# same command warm (everything cached), the per-expert CPU time per record (ThroughputProbe experts: one thread,
# JIT warmed by a first pass), one-record latency with 1 and 2 ONNX threads, and ONNX Runtime's MatMul/Conv rate.
# Output: variant, round, metric, value (tab-separated); scripts/bench-throughput-summary.py makes the table.
# Needs /usr/bin/python3 with python3-onnx for the peak graphs (Debian: apt-get install python3-onnx).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="$(cd "$1" && pwd)"
rounds="${2:-2}"
work="$(mktemp -d "${TMPDIR:-/tmp}/bench-throughput.XXXXXX")"
trap 'rm -rf "$work"' EXIT
[ -f "$here/enecg-core/target/enecg.jar" ] || (cd "$here" && mvn -q -o -B -DskipTests -pl enecg-core -am package >&2)
/usr/bin/python3 "$here/scripts/onnx/peak_graphs.py" "$work/peak"
probe="$here/scripts/bench/ThroughputProbe.java"
export ORT_DISABLE_TELEMETRY=1
run_variant() {
  local name="$1" dir="$2" round="$3"
  local cp="$dir/enecg-core/target/enecg.jar:$dir/enecg-core/target/lib/*"
  local cache="$work/cache-$name-$round"
  for kind in cold warm; do
    (cd "$dir" && /usr/bin/time -f "%e %U %S" -o "$work/time" java -Xmx4g -Denecg.home="$dir" -cp "$cp" org.enecg.cli.EnecgCommand \
      embed --data bundled --cache "$cache" --threads 2 --no-progress > "$work/embed.out")
    read -r wall user sys < "$work/time"
    printf '%s\t%s\tembed.%s.wall_s\t%s\n%s\t%s\tembed.%s.cpu_s\t%s\n' "$name" "$round" "$kind" "$wall" \
      "$name" "$round" "$kind" "$(echo "$user + $sys" | bc)"
    grep -q "skipped 0" "$work/embed.out" || { echo "$name: records skipped" >&2; cat "$work/embed.out" >&2; exit 1; }
  done
  (cd "$dir" && java -Xmx2g -cp "$cp" "$probe" experts 40 && java -Xmx2g -cp "$cp" "$probe" latency 30 1 \
    && java -Xmx2g -cp "$cp" "$probe" latency 30 2 | sed 's/^latency/latency2/' \
    && java -cp "$cp" "$probe" peak "$work/peak/matmul.onnx" "$work/peak/conv1d.onnx") \
    | sed "s/^/$name\t$round\t/"
}
echo "# machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg);" \
  "date: $(date -u +%FT%TZ); candidate: $(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet || echo +changes)"
for r in $(seq 1 "$rounds"); do
  run_variant baseline "$base" "$r"
  run_variant candidate "$here" "$r"
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
