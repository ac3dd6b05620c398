#!/usr/bin/env bash
# Out-of-core scale benchmark: for each record count, a dataset made by ScaleDataset (headers over the bundled 10-s
# signals, each with its own ADC baseline), then `enecg embed --experts rhythm,morphology`, `enecg train --tasks
# age,gender` and `enecg predict`, each a JVM of its own under ENECG_JAVA_OPTS (default -Xmx384m). Per stage: wall
# time, peak RSS (/usr/bin/time), and the live heap: every 10 s the stage's JVM is asked for a class histogram
# (jcmd GC.class_histogram: a full collection, then the live objects counted in the same pause); the largest total
# is reported.
#   scripts/bench-out-of-core.sh OUT_DIR 1000 10000 [100000 ...]
# Results: docs/benchmarks/out-of-core.md. Each stage is bounded by STAGE_LIMIT seconds (default 1800).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1; shift
opts=${ENECG_JAVA_OPTS:--Xmx384m}
limit=${STAGE_LIMIT:-1800}
[ -n "${SKIP_BUILD:-}" ] || mvn -q -o -B -DskipTests -pl enecg-core -am package test-compile >&2
mkdir -p "$out" target/tmp
jar=enecg-core/target/enecg.jar
echo "records stage seconds peak_rss_mib live_heap_max_mib exit"
for n in "$@"; do
  d="$out/scale-$n"
  [ -f "$d/manifest.csv" ] || java -cp enecg-core/target/test-classes:$jar org.enecg.testing.ScaleDataset "$n" "$d" >/dev/null
  for stage in embed train predict; do
    case $stage in
      embed) args=(embed --data "$d/manifest.csv" --experts rhythm,morphology --cache "$d/cache" --no-progress);;
      train) args=(train --data "$d/manifest.csv" --experts rhythm,morphology --tasks age,gender --cache "$d/cache" --out "$d/model.enm");;
      predict) args=(predict --model "$d/model.enm" --data "$d/manifest.csv" --cache "$d/cache" --out "$d/predictions.csv");;
    esac
    # shellcheck disable=SC2086
    ORT_DISABLE_TELEMETRY=1 timeout "$limit" /usr/bin/time -f "%e %M" -o "$d/$stage.time" \
      java $opts -Djava.io.tmpdir=target/tmp -Denecg.home="$PWD" -jar $jar "${args[@]}" > "$d/$stage.out" 2> "$d/$stage.err" &
    tpid=$!
    live=0
    while kill -0 $tpid 2>/dev/null; do
      sleep 10
      jpid=$(pgrep -P $(pgrep -P $tpid 2>/dev/null | head -1) 2>/dev/null | head -1 || true)
      [ -n "$jpid" ] || jpid=$(pgrep -P $tpid java 2>/dev/null | head -1 || true)
      [ -n "$jpid" ] || continue
      # the class histogram is taken after a full collection, in the same pause: its total is the live heap
      used=$(jcmd "$jpid" GC.class_histogram 2>/dev/null | awk '$1 == "Total" {print int($3 / 1024)}' || true)
      [ -n "$used" ] && [ "$used" -gt "$live" ] && live=$used
    done
    rc=0; wait $tpid || rc=$?
    read -r secs rss < "$d/$stage.time" || { secs=NA; rss=0; }
    echo "$n $stage $secs $((rss / 1024)) $((live / 1024)) $rc"
  done
done
