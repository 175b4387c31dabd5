#!/usr/bin/env bash
# Before/after in the same run: the standard jobs through the launchers of two checkouts, their
# runs interleaved (A B A B ...) so that the VM's drift moves both alike. Each checkout must be
# built (its first command trains what it trains, done here before timing).
# Usage: bench/compare.sh OLD_CHECKOUT NEW_CHECKOUT [RUNS]   (default 7 runs each)
# Prints, per job, the median wall time of each and the change.
set -euo pipefail
old="$(cd "$1" && pwd)"
new="$(cd "$2" && pwd)"
runs="${3:-7}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$here/gen-manifests.py" "$work/10k" 10000
python3 "$here/gen-manifests.py" "$work/one" 1
python3 - "$work/bigmap.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n")
    for i in range(100000):
        f.write(f"  k{i}: v\n")
PY
mkdir -p "$work/cases"
scripts=(fixed-rate fixed-rate-with-agent incremental fair-incremental flexible)
for i in $(seq 1000); do
  sed "s/^name: .*/name: case-$i/" "$new/profiles/testcases/${scripts[$((i % 5))]}.yaml" > "$work/cases/case-$i.yaml"
done
for side in "$old" "$new"; do
  "$side/maestro-deploy" validate "$work/one" >/dev/null 2>&1 || true
  "$side/maestro-deploy" profiles >/dev/null 2>&1 || true
done

# one job: label, then the arguments; __OUT__ becomes a directory that does not exist yet
job() {
  local label="$1"; shift
  local a=() b=() n="${JOB_RUNS:-$runs}"
  for i in $(seq "$n"); do
    for side in old new; do
      local root; [ "$side" = old ] && root="$old" || root="$new"
      local args=("${@//__OUT__/$work/out-$side-$i}")
      args=("${args[@]//__CASES__/$work/cases}")
      /usr/bin/time -f "%e" -o "$work/t" "$root/maestro-deploy" "${args[@]}" >/dev/null 2>&1 || true
      [ "$side" = old ] && a+=("$(cat "$work/t")") || b+=("$(cat "$work/t")")
      rm -rf "$work/out-$side-$i"; sync
    done
  done
  local ma mb
  ma=$(printf '%s\n' "${a[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  mb=$(printf '%s\n' "${b[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  awk -v l="$label" -v a="$ma" -v b="$mb" 'BEGIN { printf "| %s | %.2f s | %.2f s | %+.0f %% |\n", l, a, b, (b - a) / a * 100 }'
}

echo "| job | before | after | change |"
echo "|---|---|---|---|"
job "cold generate, one bundle" generate -p openshift-activemq -t "$new/profiles/testcases/fixed-rate.yaml" -o __OUT__
job "campaign of 1,000 test cases, new directory" generate -p kubernetes-mosquitto -t __CASES__ -o __OUT__
job "validate, one small file" validate "$work/one"
job "validate, 10,000 documents" validate "$work/10k"
# once: before the fix this one takes minutes
JOB_RUNS=1 job "validate, one 100,000-key mapping" validate "$work/bigmap.yaml"
