#!/usr/bin/env bash
# Times a whole refresh (parse both documents, build the 8 graphs, serialize each) of ours against
# the reference graph builder on the same files in the same run, with the JSON floor beside it,
# and prints the side-by-side tables (docs/PERFORMANCE.md).
#
#   benchmarks/compare-reference.sh [--smoke]
#
# Cases: the corpus's release index with its stable updates, then streams written by our
# `generate` command (SIZES, default "300 1000 3000 10000", with the reference; LARGE, default
# "100000 200000", ours only: the reference is quadratic, ~8 min at 100k). The reference is built
# with ../shared/reference-builder/build.sh when cargo is there (or given as REFBENCH=path);
# without it, the tables have ours and the floor only. --smoke (CI): 300 releases and the corpus,
# one round, no warm-up, the reference only when REFBENCH is given; seconds, no timing asserted.
# Environment: COREOS_CORPUS (default ../shared/corpus), REFERENCE_BUILDER (default
# ../shared/reference-builder), ROUNDS (5), BUDGET_MS (1000 per side per round), HEAP (1g, for
# the corpus and SIZES), HEAP_LARGE (1g, for LARGE without the floor, in a second JVM),
# HEAP_FLOOR (8g, for LARGE with the floor and the ratio time(200k) / time(100k), in a third JVM),
# LARGE_IN_SMALL_HEAP (100000: the LARGE sizes up to it also run in the HEAP_LARGE JVM).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
smoke=false
if [ "${1:-}" = "--smoke" ]; then smoke=true; fi

corpus=${COREOS_CORPUS:-$(cd .. && pwd)/shared/corpus}
builder=${REFERENCE_BUILDER:-$(cd .. && pwd)/shared/reference-builder}
work=$root/benchmarks/target/compare
jar=$root/benchmarks/target/benchmarks.jar
cli=$root/examples/target/coreos-release.jar
mkdir -p "$work"

if [ ! -f "$jar" ] || [ ! -f "$cli" ]; then
  echo "== building the benchmarks and the CLI" >&2
  mvn -B -ntp -q -DskipTests package -pl benchmarks,examples -am >&2
fi

if $smoke; then
  sizes="300" large="" rounds=1 budget=0 warmup=0
else
  sizes=${SIZES:-300 1000 3000 10000} large=${LARGE:-100000 200000}
  rounds=${ROUNDS:-5} budget=${BUDGET_MS:-1000} warmup=3000
fi

refbench=${REFBENCH:-}
if [ -z "$refbench" ] && ! $smoke; then
  if command -v cargo >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "== building the reference builder" >&2
    refbench=$("$builder/build.sh" "$work/refbench-build" | tail -1)
  else
    echo "== cargo not found: the reference is not timed" >&2
  fi
fi

timing=(--rounds "$rounds" --budget-ms "$budget" --warmup-ms "$warmup")
args=("${timing[@]}")
if [ -n "$refbench" ]; then args+=(--refbench "$refbench"); fi
if [ -d "$corpus" ]; then
  args+=(--case "corpus=$corpus/release-index/fcos-stable-early.json,$corpus/updates/stable.json")
fi
generated() {
  local n=$1
  if [ ! -f "$work/$n/updates.json" ]; then
    echo "== generating $n releases" >&2
    java -jar "$cli" generate --releases "$n" --out "$work/$n" >/dev/null
  fi
}
for n in $sizes; do
  generated "$n"
  args+=(--case "$n=$work/$n/releases.json,$work/$n/updates.json")
done
java -Xmx"${HEAP:-1g}" -cp "$jar" io.github.coreosrelease.benchmarks.CompareReference "${args[@]}"

# The large cases: ours alone in a JVM with a 1 GB heap (target 4; the release index and the
# updates are decoded from the parser's tokens, without a tree of either document), then ours and
# the floor in a JVM with HEAP_FLOOR for the ours / floor ratio: the floor's prepared output trees
# alone take more than a gigabyte at 100,000 releases.
if [ -n "$large" ]; then
  args=()
  small_heap=()
  previous=""
  for n in $large; do
    generated "$n"
    args+=(--ours-only "$n=$work/$n/releases.json,$work/$n/updates.json")
    # The small heap holds a refreshed stream of up to LARGE_IN_SMALL_HEAP releases (target 4 is
    # about 100,000; 200,000 keeps ~1.2 GB of graphs and bodies, more than 1 GB by itself).
    if [ "$n" -le "${LARGE_IN_SMALL_HEAP:-100000}" ]; then
      small_heap+=(--ours-only "$n=$work/$n/releases.json,$work/$n/updates.json")
    fi
    if [ -n "$previous" ]; then args+=(--ratio "$n/$previous"); fi
    previous=$n
  done
  if [ "${#small_heap[@]}" -gt 0 ]; then
    echo
    java -Xmx"${HEAP_LARGE:-1g}" -cp "$jar" io.github.coreosrelease.benchmarks.CompareReference --floor no \
      "${timing[@]}" "${small_heap[@]}"
  fi
  echo
  java -Xmx"${HEAP_FLOOR:-8g}" -cp "$jar" io.github.coreosrelease.benchmarks.CompareReference "${timing[@]}" "${args[@]}"
fi
