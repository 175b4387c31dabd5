#!/usr/bin/env bash
# Runner benchmark: completion latency, API requests during a wait, memory across 100 test cases.
# Runs against the fabric8 CRUD mock server with the tests' simulated kubelet, in one JVM.
# Usage: bench/runner-bench.sh [LATENCY_RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -pl runner -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="runner/target/test-classes:runner/target/classes:$(cat runner/target/bench-classpath.txt)"
exec java -Xmx256m -Djava.util.logging.config.file=runner/src/test/resources/logging.properties \
    -cp "$cp" bench/RunnerBenchmark.java "$@"
