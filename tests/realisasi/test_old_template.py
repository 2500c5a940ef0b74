"""Workbooks filled with the template before issue 11 (no triwulan columns) still read,
validate and consolidate exactly as before.

The fixtures are copies of the committed sample and template as they were before this
issue (main at 03e1211); ``old_template_rkt.json`` is the RKT sheet that main without this
issue's changes (30ee240) writes from the sample, ``old_template_findings.json`` its findings.
Regenerate both from main's code (``git archive main rkt_xl``) when main changes the RKT sheet.
"""

import json
from pathlib import Path

from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.validation.judge import validate_workbook
from rkt_xl.workbook.reader import read_workbook

from .rkt_dump import dump_rkt

DATA = Path(__file__).parent / "data"


def test_old_sample_consolidates_to_the_same_rkt_sheet(tmp_path):
    result = konsolidasi([DATA / "old_template_sample.xlsx"], tmp_path / "out.xlsx")
    assert not result.stopped and result.totals.jumlah == 8120676386
    before = json.loads((DATA / "old_template_rkt.json").read_text(encoding="utf-8"))
    assert dump_rkt(result.output) == before


def test_old_workbooks_give_the_same_findings():
    before = json.loads((DATA / "old_template_findings.json").read_text(encoding="utf-8"))
    for name, findings in before.items():
        _, report = validate_workbook(DATA / f"{name}.xlsx")
        assert [[f.code, f.sheet, f.cell, f.message] for f in report.findings] == findings, name


def test_old_sample_reads_with_empty_triwulan_fields():
    rkt = read_workbook(DATA / "old_template_sample.xlsx")
    subs = rkt.all_sub_kegiatan()
    assert len(subs) == 35
    assert all(s.realisasi_anggaran_triwulan == (None, None, None, None) for s in subs)
    assert all(not t.text for s in rkt.sasaran for t in s.realisasi_triwulan)
    assert all(s.sifat == "" and not s.target_renstra.text for s in rkt.sasaran)
