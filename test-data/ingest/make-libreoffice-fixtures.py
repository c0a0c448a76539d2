#!/usr/bin/env python3
"""Writes libreoffice-saved.xlsx and libreoffice-saved.xls: the compliant one-mine workbook of the tests
(TestWorkbook.compliantMine), typed into a flat ODS and saved by LibreOffice, so the reader is tested on files
that POI did not write (LibreOffice's own shared strings, date styles, number text and formula cached values).

    python3 test-data/ingest/make-libreoffice-fixtures.py      # needs soffice (LibreOffice) on the PATH
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
X0, Y0 = 4200000, 38500000


def s(v):  # text cell
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'


def n(v, formula=None):  # number cell, optionally computed by a formula whose value LibreOffice caches
    f = f' table:formula="of:={escape(formula)}"' if formula else ''
    return f'<table:table-cell{f} office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'


def d(iso, formula=None):  # date cell shown as yyyy-mm-dd
    f = f' table:formula="of:={escape(formula)}"' if formula else ''
    return (f'<table:table-cell{f} table:style-name="date" office:value-type="date" office:date-value="{iso}">'
            f'<text:p>{iso}</text:p></table:table-cell>')


def empty():
    return '<table:table-cell/>'


def table(name, rows):
    body = ''.join('<table:table-row>' + ''.join(r) + '</table:table-row>' for r in rows)
    return f'<table:table table:name="{escape(name)}">{body}</table:table>'


sheets = [
    table('企业', [[s('企业编号'), s('企业名称'), s('所在区县代码')],
                 [s('E1'), s('企业E1'), s('140100')]]),
    table('矿山', [[s(h) for h in ['矿山编号', '矿山名称', '实际经营企业编号', '所在区县代码', '开采矿种', '开采方式', '生产状态', '矿山规模']],
                 [s(v) for v in ['M1', '矿山M1', 'E1', '140100', '煤', '露天开采', '生产', '中型']]]),
    table('证照', [[s(h) for h in ['证号', '证照类型', '矿山编号', '持证企业编号', '许可矿种', '有效期起', '有效期止', '证照状态']],
                 [s('C1'), s('采矿许可证'), s('M1'), s('E1'), s('煤'), d('2020-01-01'), d('2030-12-31', 'DATE(2030;12;31)'), s('有效')],
                 [s('S1'), s('安全生产许可证'), s('M1'), s('E1'), empty(), d('2020-01-01'), d('2030-12-31'), s('有效')]]),
    table('矿区范围', [[s('采矿许可证号'), s('采区编号'), s('开采标高上限（m）'), s('开采标高下限（m）')],
                   [s('C1'), n(1), n(300), n(100, '[.C2]-200')]]),
    table('拐点坐标', [[s(h) for h in ['对象类型', '对象编号', '采区/环编号', '点号', 'X坐标', 'Y坐标']]] + [
        [s('采矿许可证'), s('C1'), n(1), n(i + 1), n(X0 + dx, f'{X0}+{dx}' if dx else None), n(Y0 + dy)]
        for i, (dx, dy) in enumerate([(0, 0), (1000, 0), (1000, 1000), (0, 1000)])]),
    table('生产情况', [[s('矿山编号'), s('年度'), s('矿石产量（t）')],
                   [s('M1'), n(2024), s('1,200')]]),
]

fods = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2"
  office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
  <style:style style:name="date" style:family="table-cell" style:data-style-name="N1"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet>{''.join(sheets)}</office:spreadsheet></office:body>
</office:document>
'''

with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'libreoffice-saved.fods')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(fods)
    for fmt, filt in [('xlsx', 'xlsx:Calc MS Excel 2007 XML'), ('xls', 'xls:MS Excel 97')]:
        subprocess.run(['soffice', f'-env:UserInstallation=file://{tmp}/profile', '--headless', '--convert-to', filt,
                        '--outdir', tmp, src], check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, f'libreoffice-saved.{fmt}'), os.path.join(HERE, f'libreoffice-saved.{fmt}'))
print('written:', ', '.join(f'libreoffice-saved.{x}' for x in ('xlsx', 'xls')))
