#!/usr/bin/env bash
# What maestro:generate adds to a Maven build: a sample project (packaging pom) built with
# `mvn -o -q package`, without the plugin, with its generate goal making the standard bundle
# (openshift-activemq with the fixed-rate test case, validated and written), and with the goal
# skipped (-Dmaestro.skip: the plugin loaded, nothing generated), runs interleaved.
# Offline, from the repository the plugin's integration tests fill (run `mvn -B verify` first).
# Usage: bench/maven-plugin.sh [RUNS] (default 7). Prints median, min and max wall and CPU time
# (user + system) of each, and the median of the run-by-run differences.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-7}"
root="$PWD"
version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
it_repo="$root/maven-plugin/target/it-repo"
[ -d "$it_repo/org/maestroperf/deploy/maestro-deploy-maven-plugin/$version" ] || {
  echo "no plugin in $it_repo: run 'mvn -B verify' first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# a copy, so that the benchmark leaves the tests' repository as it found it
cp -r "$it_repo" "$work/repo"
# the artifacts there came through the tests' mirror of the main local repository; the same mirror id
# makes them usable offline
cat > "$work/settings.xml" <<XML
<settings><mirrors><mirror><id>main-local-repository</id><mirrorOf>*</mirrorOf>
<url>file://$HOME/.m2/repository</url></mirror></mirrors></settings>
XML

project() {
  mkdir -p "$work/$1/testcases"
  cp profiles/testcases/fixed-rate.yaml "$work/$1/testcases/"
  cat > "$work/$1/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.bench</groupId>
  <artifactId>$1</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <build><plugins>$2</plugins></build>
</project>
XML
}
project without ""
project with "<plugin><groupId>org.maestroperf.deploy</groupId><artifactId>maestro-deploy-maven-plugin</artifactId>
  <version>$version</version><executions><execution><goals><goal>generate</goal></goals><configuration>
  <profiles><profile>openshift-activemq</profile></profiles><testCases><testCase>testcases</testCase></testCases>
  </configuration></execution></executions></plugin>"

build() {
  (cd "$work/$1" && mvn -o -q -s "$work/settings.xml" -Dmaven.repo.local="$work/repo" package "${@:2}")
}
median() { sort -n | awk '{ a[NR] = $1 } END { printf "median %.2f s (min %.2f, max %.2f, %d runs)", a[int((NR + 1) / 2)], a[1], a[NR], NR }'; }

build without && build with   # warm the file cache; the first run also checks that both build
[ -f "$work/with/target/maestro/bundle.yaml" ] || { echo "the plugin wrote no bundle" >&2; exit 1; }
variants=(without with skipped)
for v in "${variants[@]}"; do : > "$work/$v.times"; done
for i in $(seq "$runs"); do
  for v in "${variants[@]}"; do
    dir="$v"; extra=""
    [ "$v" = skipped ] && { dir=with; extra=-Dmaestro.skip; }
    /usr/bin/time -f "%e %U %S" -a -o "$work/$v.times" \
      bash -c "cd '$work/$dir' && mvn -o -q -s '$work/settings.xml' -Dmaven.repo.local='$work/repo' package $extra" >/dev/null
  done
done
for v in "${variants[@]}"; do
  printf "%-28s wall %s; CPU %s\n" "$v:" "$(awk '{ print $1 }' "$work/$v.times" | median)" \
    "$(awk '{ print $2 + $3 }' "$work/$v.times" | median)"
done
for v in with skipped; do
  printf "%-28s wall %s; CPU %s\n" "$v minus without, by run:" \
    "$(paste "$work/without.times" "$work/$v.times" | awk '{ print $4 - $1 }' | median)" \
    "$(paste "$work/without.times" "$work/$v.times" | awk '{ print ($5 + $6) - ($2 + $3) }' | median)"
done
