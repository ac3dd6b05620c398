#!/usr/bin/env bash
# WFDB decode benchmark (JMH, one thread, one fork). Extra arguments go to JMH, e.g. -wi 5 -i 10.
# Results and the machine they came from: docs/benchmarks/wfdb-decode.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/tmp
mvn -q -B -pl enecg-core -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/bench.cp -Dmdep.includeScope=test
java -Djava.io.tmpdir=target/tmp -cp "enecg-core/target/test-classes:enecg-core/target/classes:$(cat target/bench.cp)" \
  org.openjdk.jmh.Main 'org.enecg.bench.WfdbDecodeBench' -f 1 -wi 3 -w 1s -i 5 -r 1s -t 1 "$@"
