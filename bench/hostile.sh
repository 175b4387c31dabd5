#!/usr/bin/env bash
# Hostile and odd input: each shape of the fuzzing run (the corpus of
# core/src/test/java/org/maestroperf/deploy/hostile/HostileInputs.java, seed 11) through the packaged
# CLI, one fresh JVM each, timed with /usr/bin/time -v (wall clock, peak RSS) and cut off after
# LIMIT seconds (default 60). Prints one line per case: wall time, peak RSS, exit status, and the
# first line the command wrote to stderr.
# Usage: bench/hostile.sh [JAR] [LIMIT]   (JAR defaults to cli/target/maestro-deploy.jar)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$(realpath "${1:-$root/cli/target/maestro-deploy.jar}")"
limit="${2:-60}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

javac -d "$work/classes" "$root/core/src/test/java/org/maestroperf/deploy/hostile/HostileInputs.java"
java -cp "$work/classes" org.maestroperf.deploy.hostile.HostileInputs "$work/corpus"
cd "$work/corpus"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: odd\n' > "$work/corpus/$(printf 'odd-\xff.yaml')"
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: small\n' > small.yaml
printf 'apiVersion: template.openshift.io/v1\nkind: Template\nmetadata:\n  name: t\nobjects: []\n' > small-template.yaml

measure() {
  local label="$1"
  shift
  set +e
  timeout -s KILL "$limit" /usr/bin/time -v java -jar "$jar" "$@" > "$work/out" 2> "$work/err"
  local code=$?
  set -e
  local wall rss first
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/err")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/err")
  first=$(grep -a -v -e '^\s' -e 'Command being timed' -e '^Command terminated' -e '^Command exited' "$work/err" | head -1 | cut -c1-150 || true)
  if [ -z "$wall" ]; then
    echo "$label: killed after ${limit} s"
  else
    echo "$label: wall $wall, peak RSS $((rss / 1024)) MiB, exit $code, $first"
  fi
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
measure "validate, one mapping of 100,000 keys" validate map-100000-keys.yaml
measure "validate, Template: a 20,000-character parameter referenced 40,000 times" validate template-40000-references.yaml
measure "validate, a 4 MiB value on one line" validate line-4mb-value.yaml
measure "validate, a 4 MiB comment on one line" validate line-4mb-comment.yaml
measure "validate, 99 merges of a 5,000-key map" validate merge-99-of-5000.yaml
measure "validate, 99 anchors nesting each other 95 deep" validate alias-nesting-99-by-95.yaml
measure "generate, profile with a 3^16 alias fan-out" generate -p profile-fanout-3-16.yaml --stdout
measure "generate, profile with 10,000 env variables" generate -p profile-env-10000.yaml --stdout
measure "generate, extends chain 10,000 deep" generate -p extends-10000/p0.yaml --stdout
measure "schemas import, 40-level \$ref diamond" schemas import --openapi openapi-diamond-40.json --out "$work/pack1"
measure "schemas import, 20,000-long \$ref chain" schemas import --openapi openapi-chain-20000.json --out "$work/pack2"
for bad in ref-to-string ref-to-array string-enum nul-in-name; do
  measure "schemas import, malformed: $bad" schemas import --openapi "openapi-$bad.json" --out "$work/pack-$bad"
done
measure "process /dev/zero" process /dev/zero
measure "process --param-file /dev/zero" process small-template.yaml --param-file /dev/zero
measure "process, recursive alias" process template-recursive-alias.yaml
measure "process, a 1 MiB parameter referenced 2,000 times" process template-1mib-parameter.yaml
measure "validate <(cat FILE)" validate <(cat small.yaml)
measure "validate /dev/stdin, a pipe" validate /dev/stdin < <(cat small.yaml)
measure "validate /dev/null" validate /dev/null
measure "validate ''" validate ""
measure "validate a file whose name is not UTF-8" validate "$(printf 'odd-\xff.yaml')"
