#!/usr/bin/env bash
# Generator benchmarks, each a fresh JVM through the launcher (class-data archive in place):
#  1. cold `generate` of one bundle (openshift-activemq with one test case), RUNS times, median;
#  2. a campaign: 1,000 test cases (all five scripts, round robin) generated into one bundle.
# Usage: bench/generate.sh [RUNS] [CASES] (defaults 10 and 1000). Peak RSS from /usr/bin/time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
cases="${2:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./maestro-deploy profiles >/dev/null   # builds if needed and records the class-data archive
./maestro-deploy generate -p openshift-activemq -t profiles/testcases/fixed-rate.yaml -o "$work/warm" 2>/dev/null

seconds() { awk -v ns="$1" 'BEGIN { printf "%.3f", ns / 1e9 }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%s", a[int((NR + 1) / 2)] }'; }

times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  ./maestro-deploy generate -p openshift-activemq -t profiles/testcases/fixed-rate.yaml -o "$work/one" 2>/dev/null
  end=$(date +%s%N)
  times+=("$(seconds $((end - start)))")
done
echo "cold generate, one bundle: median $(printf '%s\n' "${times[@]}" | median) s over $runs runs (min $(printf '%s\n' "${times[@]}" | sort -n | head -1), max $(printf '%s\n' "${times[@]}" | sort -n | tail -1))"

mkdir -p "$work/cases"
scripts=(fixed-rate fixed-rate-with-agent incremental fair-incremental flexible)
for i in $(seq "$cases"); do
  template="profiles/testcases/${scripts[$((i % 5))]}.yaml"
  sed "s/^name: .*/name: case-$i/" "$template" > "$work/cases/case-$i.yaml"
done
times=()
for i in $(seq 3); do
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/rss" ./maestro-deploy generate -p kubernetes-mosquitto -t "$work/cases" -o "$work/campaign" 2>/dev/null
  end=$(date +%s%N)
  times+=("$(seconds $((end - start)))")
done
objects=$(grep -c '^kind:' "$work/campaign/bundle.yaml")
echo "campaign of $cases test cases ($objects objects in bundle.yaml): median $(printf '%s\n' "${times[@]}" | median) s over 3 runs, peak RSS $(( $(cat "$work/rss") / 1024 )) MiB"
