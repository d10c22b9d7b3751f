#!/usr/bin/env bash
# Simulation study of the provider effects of efficacite_prestataires: bias, RMSE and coverage of their 95 %
# intervals over many generated programmes with planted effects, in one JVM (bench/Coverage.java runs
# fr.ush.vigie.study.CoverageStudy, then draws the chart). Results: synthese.csv (per size and provider),
# tirages.csv (per draw and provider), couverture.svg and .png, in $COVERAGE_DIR (default target/couverture).
# Usage: bench/coverage.sh [--taille NOM:SITES:CAMPAGNES:TIRAGES]... [--graine-initiale S] [--realise]
#   default sizes: petit:2000:4:200 and grand:10000:6:200; --realise also measures the effect the treated
#   sites really got (each programme computed a second time without mission effects: twice the time).
# It runs at the lowest priority (nice 19): a study takes from minutes to hours on a shared machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${COVERAGE_DIR:-target/couverture}"
vigie=("$root/bin/vigie")
"${vigie[@]}" --version >/dev/null  # builds the jar first
jar="$root/launcher/target/vigie.jar"

# The packages the jar's manifest opens (java -jar reads them; -cp does not).
opens=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n '/^Add-Opens:/,/^[A-Z][A-Za-z-]*:/p' \
  | sed '$d' | sed 's/^Add-Opens: //; s/^ //' | tr -d '\n' | tr ' ' '\n' | sed '/^$/d; s/.*/--add-opens=&=ALL-UNNAMED/')
# shellcheck disable=SC2086  # options are words on purpose
exec nice -n 19 java -Xmx4g -XX:+UseParallelGC $opens -cp "$jar" bench/Coverage.java --sortie "$out" "$@"
