#!/bin/sh
# Prints, as a Markdown table, the bytes of each importer's real sample (in) and of the document the import writes
# (out), and the bytes of the embedded example documents. Run from the repository's root folder after
# `mvn -B -q -DskipTests package`; JAR defaults to the built tool.
#   sh benchmarks/document-sizes.sh [JAR]
set -eu
JAR=${1:-examples/target/climate-city.jar}
DATA=../shared/interop
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
bytes() { cat "$@" | wc -c | tr -d ' '; }
row() { # name, out file, in files...
    name=$1 out=$2; shift 2
    in=$(bytes "$@"); made=$(bytes "$out")
    printf '| %s | %s | %s | %s× |\n' "$name" "$in" "$made" "$(awk -v a="$made" -v b="$in" 'BEGIN { printf "%.2f", a / b }')"
}
echo '| input | bytes in | bytes out | out ÷ in |'
echo '|---|---:|---:|---:|'
java -jar "$JAR" import --from klimatkollen "$DATA/klimatkollen/climate-data.json" -o "$OUT/kk.json" \
    --report "$OUT/kk-report.json" > /dev/null 2>&1
row 'Klimatkollen `climate-data.json`' "$OUT/kk.json" "$DATA/klimatkollen/climate-data.json"
for f in "$DATA"/citycatalyst/real/*.csv; do
    java -jar "$JAR" import --from citycatalyst "$f" -o "$OUT/cc.json" --report "$OUT/cc-report.json" > /dev/null 2>&1
    row "CityCatalyst \`$(basename "$f")\`" "$OUT/cc.json" "$f"
done
java -jar "$JAR" import --from openclimate "$DATA/openclimate/eucom" -o "$OUT/oc.json" \
    --report "$OUT/oc-report.json" > /dev/null 2>&1
row 'OpenClimate `eucom` (all tables)' "$OUT/oc.json" "$DATA"/openclimate/eucom/*.csv
E=examples/src/main/resources/org/climatecity/examples
for f in "$E"/*.json serialization/src/test/resources/org/climatecity/serialization/canonical-scenario.json; do
    printf '| embedded `%s` | | %s | |\n' "$(basename "$f")" "$(bytes "$f")"
done
