#!/usr/bin/env bash
# Generator benchmarks, each run a fresh JVM through the launcher (class-data archive in place):
#  1. cold `generate` of one bundle (openshift-activemq with one test case, validated and written);
#  2. a campaign: CASES test cases (all five scripts, round robin) generated into one bundle, into a
#     new directory and replacing the previous bundle.
# Usage: bench/generate.sh [RUNS] [CASES] (defaults 10 and 1000).
# Prints median wall time, median CPU time (user + system, all threads) and peak RSS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
cases="${2:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./maestro-deploy profiles >/dev/null   # builds if needed and trains the class-data archive

# one line per run: wall user sys rss-KB. An argument __NEW__ is replaced by a directory that does
# not exist yet (removed again outside the timing), so each run writes a bundle afresh.
measure() {
  local n="$1"; shift
  for i in $(seq "$n"); do
    local args=("${@//__NEW__/$work/new-$i}")
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${args[@]}" >/dev/null 2>&1
    cat "$work/time"
    rm -rf "$work/new-$i"; sync
  done
}
summary() {
  local runs cpu
  runs="$(cat)"
  cpu="$(awk '{ printf "%.2f\n", $2 + $3 }' <<<"$runs" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
  sort -n -k1 <<<"$runs" | awk -v cpu="$cpu" '{ wall[NR] = $1; rss = ($4 > rss ? $4 : rss) }
    END { printf "median wall %.2f s (min %.2f, max %.2f), median CPU %s s, peak RSS %d MiB, %d runs\n",
          wall[int((NR + 1) / 2)], wall[1], wall[NR], cpu, rss / 1024, NR }'
}

echo -n "cold generate, one bundle: "
measure "$runs" ./maestro-deploy generate -p openshift-activemq -t profiles/testcases/fixed-rate.yaml --output-dir __NEW__ | summary

mkdir -p "$work/cases"
scripts=(fixed-rate fixed-rate-with-agent incremental fair-incremental flexible)
for i in $(seq "$cases"); do
  sed "s/^name: .*/name: case-$i/" "profiles/testcases/${scripts[$((i % 5))]}.yaml" > "$work/cases/case-$i.yaml"
done
echo -n "campaign of $cases test cases, into a new directory: "
measure "$runs" ./maestro-deploy generate -p kubernetes-mosquitto -t "$work/cases" --output-dir __NEW__ | summary
# replacing the previous run's bundle adds deleting its files after the new ones are in place
./maestro-deploy generate -p kubernetes-mosquitto -t "$work/cases" --output-dir "$work/campaign" >/dev/null 2>&1
echo -n "campaign of $cases test cases, replacing the previous bundle: "
measure "$runs" ./maestro-deploy generate -p kubernetes-mosquitto -t "$work/cases" --output-dir "$work/campaign" | summary
echo "($(grep -c '^kind:' "$work/campaign/bundle.yaml") objects in bundle.yaml)"
