#!/usr/bin/env bash
# What a run costs with Spark's code already loaded and compiled, as in a resident driver: the same incremental
# run three times in one JVM, then a full run, then the incremental again (bench/WarmRuns.java chains them through
# Vigie.execute). Compare with bench/run.sh, where each command starts its own JVM.
# Usage: bench/warm.sh [SITES]   (default 100000; campaigns: $CAMPAGNES, default 10; working files: $BENCH_DIR)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sites="${1:-100000}"
campagnes="${CAMPAGNES:-10}"
work="${BENCH_DIR:-target/bench}/warm-$sites"
vigie=("$root/bin/vigie")
"${vigie[@]}" --version >/dev/null  # builds the jar first
jar="$root/launcher/target/vigie.jar"

rm -rf "$work"
mkdir -p "$work"
"${vigie[@]}" generate --out "$work/data" --sites "$sites" --campagnes "$campagnes" --format wide >/dev/null 2>&1
last="$(ls "$work/data/autodiagnostics" | sort | tail -n 1)"
cp -al "$work/data" "$work/partial"
rm -rf "$work/partial/autodiagnostics/$last"
"${vigie[@]}" run --input "$work/partial" --warehouse "$work/published" --out "$work/reports" >/dev/null 2>&1
for copy in 1 2 3 4; do cp -a "$work/published" "$work/warehouse-$copy"; done

# The JVM options of bin/vigie, and the packages the jar's manifest opens (java -jar reads them; -cp does not).
opens=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n '/^Add-Opens:/,/^[A-Z][A-Za-z-]*:/p' \
  | sed '$d' | sed 's/^Add-Opens: //; s/^ //' | tr -d '\n' | tr ' ' '\n' | sed '/^$/d; s/.*/--add-opens=&=ALL-UNNAMED/')
incremental() { echo run --input "$work/data" --warehouse "$work/warehouse-$1" --out "$work/reports-$1"; }
# shellcheck disable=SC2046  # options and commands are words on purpose
java -Xmx4g -XX:+UseParallelGC -XX:Tier4InvocationThreshold=150000 -XX:Tier4MinInvocationThreshold=18000 \
  -XX:Tier4CompileThreshold=450000 -XX:Tier4BackEdgeThreshold=1200000 $opens -cp "$jar" bench/WarmRuns.java \
  $(incremental 1) --then $(incremental 2) --then $(incremental 3) \
  --then run --input "$work/data" --warehouse "$work/full" --out "$work/reports-full" \
  --then $(incremental 4) 2>/dev/null
rm -rf "$work"
