#!/usr/bin/env bash
# Benchmark of `maestro-deploy validate`: 10,000 and 100,000 small documents (Deployment, Service,
# ConfigMap and PVC in turn, 10 per file), one small file and one ConfigMap of 100,000 keys (about
# 1 MB; the worst case of a mapping reader that scans its keys), timed with /usr/bin/time -v (wall
# clock and peak RSS), RUNS times each (default 5, odd: with an even number the lower of the two
# middle runs is reported), then the median. The first run after a build
# records the class-data-sharing archive, so it is done once before timing.
# Usage: bench/validate.sh [RUNS]
set -euo pipefail
runs="${1:-5}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$root/bench/gen-manifests.py" "$work/10k" 10000
python3 "$root/bench/gen-manifests.py" "$work/100k" 100000
python3 "$root/bench/gen-manifests.py" "$work/one" 1
python3 -c 'import sys
print("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: many-keys\ndata:")
for i in range(100000):
    print("  k%d: v%d" % (i, i % 10))' > "$work/keys.yaml"

"$root/maestro-deploy" validate "$work/one" > /dev/null || true   # builds if needed, records the CDS archive

measure() {
  local label="$1"
  shift
  local walls=()
  for run in $(seq "$runs"); do
    /usr/bin/time -v "$root/maestro-deploy" validate "$@" > "$work/out" 2> "$work/time" || true
    local wall rss user sys
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    user=$(awk -F': ' '/User time/ {print $2}' "$work/time")
    sys=$(awk -F': ' '/System time/ {print $2}' "$work/time")
    echo "$label run $run: wall $wall, cpu ${user}u+${sys}s, peak RSS $((rss / 1024)) MiB, $(tail -1 "$work/out")"
    walls+=("$(awk -F: '{ print $(NF - 1) * 60 + $NF }' <<<"$wall")")
  done
  printf '%s\n' "${walls[@]}" | sort -n | awk -v label="$label" '{ w[NR] = $1 }
    END { printf "%s: median wall %.2f s (min %.2f, max %.2f), %d runs\n", label, w[int((NR + 1) / 2)], w[1], w[NR], NR }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure "1 small file" "$work/one"
measure "10,000 documents" "$work/10k"
measure "100,000 documents" "$work/100k"
measure "one mapping of 100,000 keys" "$work/keys.yaml"
