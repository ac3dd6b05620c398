#!/usr/bin/env bash
# Signal-quality grades on the CPSC 2019 records (noisy single-lead ECGs with reference R peaks; from ../shared,
# benchmarks only) beside the QRS detector's Se and +P per grade. Results: docs/signal-quality.md, "CPSC 2019".
# The bundled records' counts come from `./enecg import bundled --out FILE` (the quality lines).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ENECG_SHARED:-../shared}"
[ -d "$SHARED/data/cpsc2019-qrs" ] || SHARED=/work/shared
mkdir -p target/tmp/cpsc2019
python3 - "$SHARED/data/cpsc2019-qrs" target/tmp/cpsc2019 <<'PY'
import os, sys, numpy as np, scipy.io
src, dst = sys.argv[1], sys.argv[2]
for f in sorted(os.listdir(os.path.join(src, "data"))):
    rid = f[len("data_"):-len(".mat")]
    np.savetxt(os.path.join(dst, f"{rid}.ecg.txt"), scipy.io.loadmat(os.path.join(src, "data", f))["ecg"].ravel(), fmt="%.9g")
    np.savetxt(os.path.join(dst, f"{rid}.ref.txt"), scipy.io.loadmat(os.path.join(src, "ref", f"R_{rid}.mat"))["R_peak"].ravel(), fmt="%d")
PY
mvn -q -B -o -pl enecg-core -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/bench.cp -Dmdep.includeScope=test
java -Djava.io.tmpdir=target/tmp -cp "enecg-core/target/test-classes:enecg-core/target/classes:$(cat target/bench.cp)" \
    org.enecg.bench.QualityOnCpsc target/tmp/cpsc2019
