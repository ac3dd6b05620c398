#!/usr/bin/env bash
# Built-in expert benchmark (JMH, one fork): records/s for each built-in expert on one thread, then the default set
# of built-ins on one and on two threads. Extra arguments go to JMH, e.g. -wi 5 -i 10.
# Results and the machine they came from: docs/benchmarks/embedding.md, section "Built-in experts".
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/tmp
mvn -q -B -pl enecg-core -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/target/bench.cp -Dmdep.includeScope=test
cp="enecg-core/target/test-classes:enecg-core/target/classes:$(cat target/bench.cp)"
java -Djava.io.tmpdir=target/tmp -cp "$cp" org.openjdk.jmh.Main 'org.enecg.bench.BuiltinExpertBench' \
  -f 1 -wi 3 -w 2s -i 5 -r 2s -t 1 "$@"
java -Djava.io.tmpdir=target/tmp -cp "$cp" org.openjdk.jmh.Main 'org.enecg.bench.BuiltinExpertBench.defaultSet' \
  -f 1 -wi 3 -w 2s -i 5 -r 2s -t 2 "$@"
# CPU time per record on the measuring thread (robust to other people's load on the machine).
java -Djava.io.tmpdir=target/tmp -cp "$cp" org.enecg.bench.BuiltinExpertCpu
