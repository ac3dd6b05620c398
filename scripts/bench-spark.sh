#!/usr/bin/env bash
# Spark embedding benchmark: ./enecg-spark embed at local[1] and local[2] against ./enecg embed with 1 and 2 threads,
# on the same records and experts, each run into a fresh cache, interleaved round by round (the machine may be shared:
# compare within a round). After each run the same command runs again on the filled cache ("warm": nothing to
# compute), which measures the fixed cost of a run (JVM and Spark start, opening the experts, the cache lookup).
# Prints a CSV line per run and a summary; results: docs/benchmarks/spark.md.
# Usage: scripts/bench-spark.sh [rounds] [data] [experts, comma-separated; default: the default set]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
data=${2:-bundled}
experts=${3:-}
out=target/bench-spark
mkdir -p "$out"
./enecg --help > /dev/null          # build both launchers before timing anything
./enecg-spark --help > /dev/null 2>&1
expert_args=()
[ -n "$experts" ] && expert_args=(--experts "$experts")
csv="$out/runs.csv"
echo "round,tool,slots,cache,records,run_s,wall_s,cpu_s" > "$csv"
for round in $(seq 1 "$rounds"); do
  for run in "embed 1" "spark 1" "embed 2" "spark 2"; do
    set -- $run
    rm -rf "$out/cache"
    if [ "$1" = embed ]; then
      cmd=(./enecg embed --data "$data" --cache "$out/cache" --threads "$2" --no-progress "${expert_args[@]}")
    else
      cmd=(./enecg-spark embed --master "local[$2]" --data "$data" --cache "$out/cache" --no-progress "${expert_args[@]}")
    fi
    for state in cold warm; do
      /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "${cmd[@]}" > "$out/log.txt" 2> "$out/err.txt"
      records=$(sed -n 's/^records: \([0-9]*\), embedded.*/\1/p' "$out/log.txt")
      run_s=$(sed -n 's/^time: \([0-9.]*\) s.*/\1/p' "$out/log.txt")
      read -r wall user sys < "$out/time.txt"
      cpu=$(echo "$user + $sys" | bc)
      echo "$round,$1,$2,$state,$records,$run_s,$wall,$cpu" | tee -a "$csv"
    done
  done
done
python3 - "$csv" <<'PY'
import csv, statistics, sys
every = list(csv.DictReader(open(sys.argv[1])))
rows = [r for r in every if r["cache"] == "cold"]
warm = [r for r in every if r["cache"] == "warm"]
def med(tool, slots, col):
    return statistics.median(float(r[col]) for r in rows if r["tool"] == tool and r["slots"] == slots)
n = int(rows[0]["records"])
print(f"\n{n} records, median of {len(rows) // 4} round(s)")
print("| run | in-run time s | records/s | process wall s | CPU s |")
print("|---|---|---|---|---|")
for tool, slots, name in [("embed", "1", "enecg embed --threads 1"), ("spark", "1", "enecg-spark embed local[1]"),
                          ("embed", "2", "enecg embed --threads 2"), ("spark", "2", "enecg-spark embed local[2]")]:
    t = med(tool, slots, "run_s")
    print(f"| {name} | {t:.1f} | {n / t:.2f} | {med(tool, slots, 'wall_s'):.1f} | {med(tool, slots, 'cpu_s'):.1f} |")
print("\nwarm (everything cached: the fixed cost of a run), median")
print("| run | in-run time s | process wall s | CPU s |")
print("|---|---|---|---|")
for tool, slots in [("embed", "1"), ("spark", "1"), ("embed", "2"), ("spark", "2")]:
    w = [r for r in warm if r["tool"] == tool and r["slots"] == slots]
    print(f"| {tool} {slots} | {statistics.median(float(r['run_s']) for r in w):.1f} | {statistics.median(float(r['wall_s']) for r in w):.1f}"
          f" | {statistics.median(float(r['cpu_s']) for r in w):.1f} |")
def ratio(a, b):  # per round, then the median
    rs = sorted({r["round"] for r in rows})
    return statistics.median(a(r) / b(r) for r in rs)
get = lambda tool, slots, col: (lambda rd: next(float(r[col]) for r in rows if r["round"] == rd and r["tool"] == tool and r["slots"] == slots))
print(f"\nscaling efficiency local[2] / (2 x local[1]), in-run: {ratio(get('spark', '1', 'run_s'), lambda rd: 2 * get('spark', '2', 'run_s')(rd)):.2f}")
print(f"scaling efficiency enecg embed 2 threads / (2 x 1 thread), in-run: {ratio(get('embed', '1', 'run_s'), lambda rd: 2 * get('embed', '2', 'run_s')(rd)):.2f}")
for slots in ("1", "2"):
    print(f"overhead local[{slots}] against enecg embed --threads {slots}: in-run {100 * (ratio(get('spark', slots, 'run_s'), get('embed', slots, 'run_s')) - 1):+.1f} %,"
          f" process wall {100 * (ratio(get('spark', slots, 'wall_s'), get('embed', slots, 'wall_s')) - 1):+.1f} %,"
          f" CPU {100 * (ratio(get('spark', slots, 'cpu_s'), get('embed', slots, 'cpu_s')) - 1):+.1f} %")
PY
