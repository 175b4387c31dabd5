#!/usr/bin/env bash
# The validator's two YAML tree builders, in one warmed-up JVM, on 10,000 small documents
# (bench/gen-manifests.py): why the event-based fast path is kept beside the composer.
# Usage: bench/tree-builders.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/gen-manifests.py "$work/10k" 10000
mvn -B -q -pl validator -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="validator/target/test-classes:validator/target/classes:$(cat validator/target/bench-classpath.txt)"
java -cp "$cp" bench/TreeBuildersBenchmark.java "$work/10k" "${1:-10}"
