#!/usr/bin/env bash
# Regenerates the hostile-workbook corpus (see README.md here). Needs a JDK 17, Maven and LibreOffice (only this
# script needs LibreOffice: the produced files are committed, so the tests and CI do not).
#   apt-get install -y --no-install-recommends libreoffice-calc
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

# 1. Crafted archives and the flat OpenDocument sources, written by the test class HostileCorpus (JDK only).
(cd "$repo" && mvn -q -o test-compile)
java -cp "$repo/target/test-classes:$repo/target/classes" org.minecheck.ingest.HostileCorpus "$here"

# 2. LibreOffice turns each source into the files a real office program writes.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
convert() { # filter-with-extension output-dir sources...
  local target="$1" out="$2"
  shift 2
  soffice --headless --norestore "-env:UserInstallation=file://$profile" --convert-to "$target" --outdir "$out" "$@" \
    >/dev/null
}
office="$here/office"
mkdir -p "$office"
rm -f "$office"/*
convert 'xlsx:Calc MS Excel 2007 XML' "$office" "$here"/source/*.fods
convert 'xls:MS Excel 97' "$office" "$here"/source/{compliant,formulas,hidden-header-cells,empty-workbook}.fods
convert 'ods:calc8' "$office" "$here/source/compliant.fods"
convert 'xlsm:Calc MS Excel 2007 VBA XML' "$office" "$here/source/compliant.fods"
# (LibreOffice 7.4 reads Excel 5.0/95 but no longer writes it: that case is made by the test with POI.)

# 3. A download cut short: the first 4 KB of a real workbook.
head -c 4096 "$office/compliant.xlsx" > "$here/crafted/truncated.xlsx"
ls -l "$office" "$here/crafted"
