#!/usr/bin/env bash
# Signal-processing speed (JMH, one thread, one fork) and, in the same run, scipy.signal.resample on the same
# input (LUDB record 1, lead II, 5000 samples) with python3. Prints both and their ratio.
# Results and the machine they came from: docs/benchmarks/signal.md. Extra arguments go to JMH.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/tmp
mvn -q -B -o -pl enecg-core -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/bench.cp -Dmdep.includeScope=test
CP="enecg-core/target/test-classes:enecg-core/target/classes:$(cat target/bench.cp)"
# scipy is timed before and after the JMH runs; the faster of the two is kept (the machine is shared and noisy).
scipy_times() {
python3 - "$1" <<'PY'
import json, sys, timeit, numpy as np
from scipy.signal import resample, resample_poly
x = np.fromfile("data/bundled/ludb/data/1.dat", dtype="<i2").reshape(-1, 12)[:, 1] / 1206.0  # lead II in mV, float64
out = {}
for num in (2500, 1000, 4096, 7200):
    reps = 200
    g = int(np.gcd(num, 5000))
    out[num] = [min(timeit.repeat(lambda: resample(x, num), number=reps, repeat=5)) / reps * 1e6,
                min(timeit.repeat(lambda: resample_poly(x, num // g, 5000 // g), number=reps, repeat=5)) / reps * 1e6]
json.dump(out, open(sys.argv[1], "w"))
PY
}
scipy_times target/bench-scipy-before.json
JMH="java -Djava.io.tmpdir=target/tmp -cp $CP org.openjdk.jmh.Main -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1"
$JMH 'org.enecg.bench.SignalBench.(fft|polyphase)Resample' -rf json -rff target/bench-resample.json "$@"
$JMH 'org.enecg.bench.SignalBench.(qrs|baseline|bandPass|moving)' -p num=2500 -rf json -rff target/bench-qrs.json "$@"

scipy_times target/bench-scipy-after.json
python3 - <<'PY'
import json
before, after = json.load(open("target/bench-scipy-before.json")), json.load(open("target/bench-scipy-after.json"))
java = {(b["benchmark"].split(".")[-1], b["params"]["num"]): b["primaryMetric"]["score"]
        for b in json.load(open("target/bench-resample.json"))}
print("\n| target length | scipy.signal.resample (us) | FftResampler (us) | scipy / Java | resample_poly (us) | PolyphaseResampler (us) |")
print("|---|---|---|---|---|---|")
for num in (2500, 1000, 4096, 7200):
    t = min(before[str(num)][0], after[str(num)][0])
    tp = min(before[str(num)][1], after[str(num)][1])
    jf, jp = java[("fftResample", str(num))], java[("polyphaseResample", str(num))]
    print(f"| {num} | {t:.1f} | {jf:.1f} | {t / jf:.2f} | {tp:.1f} | {jp:.1f} |")
PY

# CPU time per call, Java and scipy alternating three times (best of each kept): less sensitive to the load of a
# shared machine than the wall times above.
for round in 1 2 3; do
  java -Djava.io.tmpdir=target/tmp -cp "$CP" org.enecg.bench.ResampleCpuTime 2500 1000 4096 7200 > "target/bench-cpu-java-$round.txt"
  python3 - "target/bench-cpu-scipy-$round.txt" <<'PY'
import sys, time, numpy as np
from scipy.signal import resample
x = np.fromfile("data/bundled/ludb/data/1.dat", dtype="<i2").reshape(-1, 12)[:, 1] / 1206.0
with open(sys.argv[1], "w") as f:
    for num in (2500, 1000, 4096, 7200):
        for _ in range(2000): resample(x, num)
        best = 1e9
        for _ in range(7):
            c0 = time.thread_time()
            for _ in range(1000): resample(x, num)
            best = min(best, (time.thread_time() - c0) / 1000 * 1e6)
        f.write(f"{num} {best:.2f}\n")
PY
done
python3 - <<'PY'
def load(kind):
    best = {}
    for r in (1, 2, 3):
        for line in open(f"target/bench-cpu-{kind}-{r}.txt"):
            num, us = line.split()
            best[num] = min(best.get(num, 1e9), float(us))
    return best
j, s = load("java"), load("scipy")
print("\n| target length | scipy.signal.resample CPU (us) | FftResampler CPU (us) | scipy / Java |")
print("|---|---|---|---|")
for num in ("2500", "1000", "4096", "7200"):
    print(f"| {num} | {s[num]:.1f} | {j[num]:.1f} | {s[num] / j[num]:.2f} |")
PY
