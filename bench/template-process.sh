#!/usr/bin/env bash
# Cold-start cost of the OpenShift Template commands, each run a fresh JVM through the launcher:
# `template` (generate the bundle, build the Template, check it, print) and `process` of the
# published openshift-activemq Template with two parameters.
# Usage: bench/template-process.sh [RUNS] (default 10). Prints each run and the medians in seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
./maestro-deploy profiles >/dev/null   # builds if needed and records the class-data archive

time_runs() {
  local label="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=("$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')")
  done
  echo "$label runs: ${times[*]}"
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" '{ a[NR] = $1 } END { printf "%s median of %d: %s s\n", l, NR, a[int((NR + 1) / 2)] }'
}

time_runs template ./maestro-deploy template --profile openshift-activemq
time_runs process ./maestro-deploy process output/templates/openshift-activemq.yaml -p WORKER_REPLICAS=4 -p MAESTRO_IMAGE_TAG=1.5.5
