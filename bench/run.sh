#!/usr/bin/env bash
# Benchmark harness: wall time and peak RSS of `vigie run` (and of `vigie validate`) on generated data.
# Usage: bench/run.sh [SITES...]      (default: 400 2000 10000; campaigns: $CAMPAGNES, default 10)
# Prints one Markdown table row per size and stage, to paste into the README.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes=("${@:-400 2000 10000}")
campagnes="${CAMPAGNES:-10}"
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"
bin/vigie --version >/dev/null  # builds the jar first, outside the measures

measure() {  # label, then the command; prints "| label | seconds | MiB |"
  local label="$1"; shift
  local stats="$work/time.txt"
  /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  read -r seconds kib < "$stats"
  printf '| %s | %s s | %d MiB |\n' "$label" "$seconds" $((kib / 1024))
}

echo "| size × campaigns : stage | wall time | peak RSS |"
echo "| --- | --- | --- |"
for n in ${sizes[*]}; do
  data="$work/data-$n-$campagnes-wide"
  # Wide CSV, one file per organisme and campaign: the national programme's files (the sample's mix of shapes
  # is for exercising the reader, not for measuring it).
  [ -d "$data" ] || bin/vigie generate --out "$data" --sites "$n" --campagnes "$campagnes" --format wide 2>/dev/null
  rows=$(find "$data/autodiagnostics" -type f | wc -l)
  measure "$n × $campagnes ($rows files) : validate" bin/vigie validate --input "$data"
  rm -rf "$work/warehouse-$n"
  measure "$n × $campagnes : run (first)" bin/vigie run --input "$data" --warehouse "$work/warehouse-$n" --out "$work/reports-$n"
  measure "$n × $campagnes : run (again, same input)" bin/vigie run --input "$data" --warehouse "$work/warehouse-$n" --out "$work/reports-$n"
done
