#!/usr/bin/env bash
# Benchmark of `maestro-deploy diff`, each run a fresh JVM through the launcher (class-data archive
# in place), on two campaigns of CASES test cases (all five scripts, round robin) generated once:
# the second with --set worker.replicas=4, every tenth test case's messageSize changed, one test
# case removed and one added (105 differing objects of 2,012).
#  1. the two generated directories, text output (the figure the target is about);
#  2. the same, -o json;
#  3. the first directory against the second campaign generated in memory (-- -p ... -t DIR).
# Usage: bench/diff.sh [RUNS] [CASES] (defaults 10 and 1000).
# Prints median wall time, median CPU time (user + system, all threads) and peak RSS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-10}"
cases="${2:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./maestro-deploy profiles >/dev/null   # builds if needed and trains the class-data archive

mkdir -p "$work/cases-old" "$work/cases-new"
scripts=(fixed-rate fixed-rate-with-agent incremental fair-incremental flexible)
for i in $(seq "$cases"); do
  sed "s/^name: .*/name: case-$i/" "profiles/testcases/${scripts[$((i % 5))]}.yaml" > "$work/cases-old/case-$i.yaml"
  if (( i % 10 == 0 )); then
    sed "s/^name: .*/name: case-$i/; s/^\(  messageSize:\).*/\1 1024/" "profiles/testcases/fixed-rate.yaml" \
      > "$work/cases-new/case-$i.yaml"
  elif (( i != cases - 1 )); then
    cp "$work/cases-old/case-$i.yaml" "$work/cases-new/case-$i.yaml"
  fi
done
sed "s/^name: .*/name: case-added/" profiles/testcases/fixed-rate.yaml > "$work/cases-new/case-added.yaml"
./maestro-deploy generate -p kubernetes-mosquitto -t "$work/cases-old" -o "$work/old" >/dev/null 2>&1
./maestro-deploy generate -p kubernetes-mosquitto --set worker.replicas=4 -t "$work/cases-new" -o "$work/new" >/dev/null 2>&1

# one line per run: wall user sys rss-KB; exit code 1 (differences) is what every run must give
measure() {
  local n="$1"; shift
  for i in $(seq "$n"); do
    local rc=0
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || rc=$?
    if [ "$rc" -ne 1 ]; then
      echo "unexpected exit code $rc: $(head -3 "$work/err")" >&2
      exit 1
    fi
    grep -v "^Command exited" "$work/time"   # GNU time notes the exit code 1 there
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

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo -n "diff of two $cases-test-case campaigns (directories), text: "
measure "$runs" ./maestro-deploy diff "$work/old" "$work/new" | summary
echo "($(sed -n '/ changed, /p' "$work/out" | head -1))"
echo -n "same, -o json: "
measure "$runs" ./maestro-deploy diff "$work/old" "$work/new" -o json | summary
echo -n "directory against the new campaign generated in memory: "
measure "$runs" ./maestro-deploy diff "$work/old" -- -p kubernetes-mosquitto --set worker.replicas=4 -t "$work/cases-new" | summary
