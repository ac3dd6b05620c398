#!/usr/bin/env bash
# Which experts' outputs move under a shorter record or another rate (issue 16): per expert, the mean |change| of
# each output between LUDB records and their variants, in units of that output's std across the records.
# Results: docs/benchmarks/stability.md. Arguments: number of LUDB records (default 40), variants (default 7.3s,250hz).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
mvn -q -B -o -pl enecg-core -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/probe.cp -Dmdep.includeScope=test
java -Xmx3g -cp "enecg-core/target/test-classes:enecg-core/target/classes:$(cat target/probe.cp)" org.enecg.bench.ExpertShiftProbe "$@"
