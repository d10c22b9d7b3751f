#!/usr/bin/env bash
# Benchmark harness: wall time and peak RSS of Vigie's stages on generated data.
# Usage: bench/run.sh [SITES...]      (default: 10000 30000 100000; campaigns: $CAMPAGNES, default 10)
# For each size it measures, each in its own JVM as a user would run it:
#   generate · run (full, empty warehouse) · ingest · compute · report · incremental run (the last campaign's
#   files added to a warehouse holding the others) · run again on the same input.
# It prints Markdown table rows to paste into the README; the stage split of each run (from its run ledger)
# goes next to the total. Working files: $BENCH_DIR (default target/bench), removed size by size.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
sizes=("${@:-10000 30000 100000}")
campagnes="${CAMPAGNES:-10}"
work="${BENCH_DIR:-target/bench}"
mkdir -p "$work"
bin/vigie --version >/dev/null  # builds the jar first, outside the measures

# Stage split of the latest run of a warehouse, from its ledger: "inventaire 3.1 s, validation 20.4 s, …".
stages() {
  local ledger
  ledger="$(ls -t "$1"/_runs/*.json | head -n 1)"
  python3 -c 'import json,sys
d=json.load(open(sys.argv[1]))
print(", ".join("%s %.1f s" % (s["name"], s["elapsed_ms"]/1000) for s in d["stages"]))' "$ledger"
}

measure() {  # label, warehouse to read stages from (or -), then the command; prints a table row
  local label="$1" warehouse="$2"; shift 2
  local stats="$work/time.txt"
  /usr/bin/time -f "%e %M" -o "$stats" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  read -r seconds kib < "$stats"
  local split=""
  [ "$warehouse" = "-" ] || split="$(stages "$warehouse")"
  printf '| %s | %s s | %d MiB | %s |\n' "$label" "$seconds" $((kib / 1024)) "$split"
}

vigie=("$root/bin/vigie")  # as a user runs it (heap bound included); it execs java, which /usr/bin/time measures

echo "| données : étape | temps | RSS max | détail (registre du run) |"
echo "| --- | --- | --- | --- |"
for n in ${sizes[*]}; do
  data="$work/data-$n"
  rm -rf "$data"
  measure "$n × $campagnes : generate" - "${vigie[@]}" generate --out "$data" --sites "$n" --campagnes "$campagnes" --format wide
  rows=$(find "$data/autodiagnostics" -type f | wc -l)
  label="$n × $campagnes ($rows fichiers)"
  wh="$work/warehouse-$n"; out="$work/reports-$n"
  rm -rf "$wh" "$out"
  measure "$label : run complet" "$wh" "${vigie[@]}" run --input "$data" --warehouse "$wh" --out "$out"
  rm -rf "$wh" "$out"
  measure "$label : ingest" "$wh" "${vigie[@]}" ingest --input "$data" --warehouse "$wh"
  measure "$label : compute" "$wh" "${vigie[@]}" compute --warehouse "$wh"
  measure "$label : report" - "${vigie[@]}" report --warehouse "$wh" --out "$out"

  # Incremental: a warehouse holding every campaign but the last, then the last campaign's files arrive.
  last="$(ls "$data/autodiagnostics" | sort | tail -n 1)"
  partial="$work/partial-$n"
  rm -rf "$partial" "$wh" "$out"
  cp -al "$data" "$partial"
  rm -rf "$partial/autodiagnostics/$last"
  "${vigie[@]}" run --input "$partial" --warehouse "$wh" --out "$out" >/dev/null 2>&1
  cp -al "$data/autodiagnostics/$last" "$partial/autodiagnostics/$last"
  measure "$label : run incrémental (+ $last)" "$wh" "${vigie[@]}" run --input "$partial" --warehouse "$wh" --out "$out"
  measure "$label : run de nouveau (même entrée)" "$wh" "${vigie[@]}" run --input "$partial" --warehouse "$wh" --out "$out"
  rm -rf "$partial" "$wh" "$out" "$data"
done
