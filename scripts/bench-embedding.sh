#!/usr/bin/env bash
# Embedding benchmark (JMH, one thread, one fork): records/s per expert, recomputation against warm-cache reads.
# Extra arguments go to JMH, e.g. -wi 5 -i 10. Results and the machine they came from: docs/benchmarks/embedding.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/tmp
mvn -q -B -pl enecg-core -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/bench.cp -Dmdep.includeScope=test
ORT_DISABLE_TELEMETRY=1 java -Djava.io.tmpdir=target/tmp -cp "enecg-core/target/test-classes:enecg-core/target/classes:$(cat target/bench.cp)" \
  org.openjdk.jmh.Main 'org.enecg.bench.EmbeddingBench' -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 "$@"
