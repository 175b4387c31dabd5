#!/usr/bin/env bash
# Cold-start cost of the profile layer: times `maestro-deploy explain` (resolve, parse, validate every
# layer with the schema, merge, validate the result, print) as separate JVM runs through the launcher.
# Usage: bench/profile-explain.sh [RUNS] (default 10). Prints each run and the median in seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
./maestro-deploy profiles >/dev/null   # builds if needed and records the class-data archive
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./maestro-deploy explain --profile openshift-activemq --set worker.replicas=4 >/dev/null
  end=$(date +%s%N)
  t=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
  times+=("$t")
  echo "run: $t s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median of %d: %s s\n", NR, a[int((NR + 1) / 2)] }'
