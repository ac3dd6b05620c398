#!/usr/bin/env bash
# Accuracy of QRS detection, RR irregularity and delineation on the real recordings (MIT-BIH 100, all of LUDB,
# and CPSC 2019 when ../shared has it). Prints Markdown; results recorded in docs/benchmarks/qrs.md and
# docs/benchmarks/delineation.md. CPSC 2019 may not be copied into the repository (licence): its MATLAB v5 files
# are read with python3 + scipy.io into target/tmp/cpsc2019 for this run only.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ENECG_SHARED:-../shared}"
[ -d "$SHARED/data/cpsc2019-qrs" ] || SHARED=/work/shared
mkdir -p target/tmp
CPSC=""
if [ -d "$SHARED/data/cpsc2019-qrs/data" ] && python3 -c "import scipy.io" 2>/dev/null; then
  CPSC=target/tmp/cpsc2019
  mkdir -p "$CPSC"
  python3 - "$SHARED/data/cpsc2019-qrs" "$CPSC" <<'PY'
import os, sys, numpy as np, scipy.io
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(os.path.join(src, "data"))):
    rid = f[len("data_"):-len(".mat")]
    ecg = scipy.io.loadmat(os.path.join(src, "data", f))["ecg"].ravel()
    ref = scipy.io.loadmat(os.path.join(src, "ref", f"R_{rid}.mat"))["R_peak"].ravel()
    np.savetxt(os.path.join(dst, f"{rid}.ecg.txt"), ecg, fmt="%.9g")
    np.savetxt(os.path.join(dst, f"{rid}.ref.txt"), ref, fmt="%d")
PY
else
  echo "CPSC 2019 not found under $SHARED/data/cpsc2019-qrs (or no scipy): skipped" >&2
fi
mvn -q -B -o -pl enecg-core -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/bench.cp -Dmdep.includeScope=test
java -Djava.io.tmpdir=target/tmp -cp "enecg-core/target/test-classes:enecg-core/target/classes:$(cat target/bench.cp)" org.enecg.bench.SignalAccuracy $CPSC
