#!/usr/bin/env bash
# How fast and how small an import refuses a workbook that unpacks to millions of rows.
# Usage: scripts/import-budget.sh [ROWS]   (default 3 000 000; needs python3 and a release build)
set -euo pipefail
rows="${1:-3000000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work/bom.xlsx" "$rows" <<'PY'
import sys, zipfile
path, rows = sys.argv[1], int(sys.argv[2])
head = '<?xml version="1.0" encoding="UTF-8"?>'
ns = 'http://schemas.openxmlformats.org/'
def sheet():
    yield head + f'<worksheet xmlns="{ns}spreadsheetml/2006/main"><sheetData>'
    yield '<row r="1"><c r="A1" t="inlineStr"><is><t>organisation</t></is></c><c r="B1" t="inlineStr"><is><t>respondent</t></is></c><c r="C1" t="inlineStr"><is><t>round</t></is></c><c r="D1" t="inlineStr"><is><t>item</t></is></c><c r="E1" t="inlineStr"><is><t>answer</t></is></c></row>'
    for r in range(2, rows + 2):
        yield f'<row r="{r}"><c r="E{r}"><v>3</v></c></row>'
    yield '</sheetData></worksheet>'
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('[Content_Types].xml', head + f'<Types xmlns="{ns}package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    z.writestr('_rels/.rels', head + f'<Relationships xmlns="{ns}package/2006/relationships"><Relationship Id="rId1" Type="{ns}officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/workbook.xml', head + f'<workbook xmlns="{ns}spreadsheetml/2006/main" xmlns:r="{ns}officeDocument/2006/relationships"><sheets><sheet name="Antwoorden" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', head + f'<Relationships xmlns="{ns}package/2006/relationships"><Relationship Id="rId1" Type="{ns}officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    with z.open('xl/worksheets/sheet1.xml', 'w') as part:
        for text in sheet():
            part.write(text.encode())
PY
ls -l "$work/bom.xlsx" | awk '{printf "workbook: %.1f MB on disk\n", $5/1048576}'
(cd "$root" && cargo build --release --quiet)
"$root/target/release/rijp" demo --workspace "$work/ws" >/dev/null
set +e
/usr/bin/time -f "refused in %e s, peak memory %M kB" \
  "$root/target/release/rijp" import "$work/bom.xlsx" --workspace "$work/ws" 2>&1 | tail -4
