"""The Pengukuran Kinerja and Realisasi Anggaran sheets of the consolidated sample with its
fictitious realisasi: every formula recalculated by LibreOffice (canary-proven) equals its
cached value; a changed realisasi cell changes capaian, predikat and the totals."""

from __future__ import annotations

import re
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.realisasi import serapan
from rkt_xl.realisasi.plan_anggaran import HEADER_ROW, plan_anggaran
from rkt_xl.realisasi.records import SubAnggaran
from rkt_xl.workbook import layout as C
from tests import lo
from tests.consolidation.test_konsolidasi import _canary, _rc, formulas, grid, value
from tests.helpers import ROOT, edit_sheet_xml

SAMPLE = ROOT / "workbooks" / "contoh" / "RKT_BKPSDM_2023_realisasi_fiktif.xlsx"
SHEETS = (C.SHEET_PENGUKURAN, C.SHEET_ANGGARAN)


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pk")
    result = konsolidasi([SAMPLE], folder / "k.xlsx")
    assert not result.stopped
    return result.output


def _patch(src: Path, dst: Path, sheet: str, cell: str, old: str, new: str) -> None:
    """Copy ``src`` with the content of one cell of ``sheet`` replaced in its XML."""
    def edit(xml: str) -> str:
        m = re.search(rf'<c r="{cell}"[^>]*>.*?</c>', xml)
        assert m and old in m.group(0), (cell, m and m.group(0))
        return xml[:m.start()] + m.group(0).replace(old, new) + xml[m.end():]

    edit_sheet_xml(src, dst, sheet, edit)


@pytest.fixture(scope="module")
def recalculated(out, lo_profile, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pk-recalc")
    ours = Path(shutil.copy(out, folder / "ours.xlsx"))
    step = folder / "step.xlsx"
    _patch(ours, step, "Sasaran", "H7", "<t>93</t>", "<t>76</t>")                  # S3.1 realisasi
    _patch(step, folder / "changed.xlsx", "Sekretariat", "R4", "<v>6250000</v>", "<v>6251000</v>")
    canary = _canary(folder / "canary.xlsx")
    outs = lo.convert([ours, folder / "changed.xlsx", canary], "xlsx", folder / "lo", lo_profile)
    return {"ours": ours, "recalc": outs[0], "changed": outs[1], "canary": outs[2]}


def test_libreoffice_really_recalculates(recalculated):
    assert grid(recalculated["canary"], "Kanari")[2][0] == 3


def test_every_capaian_and_serapan_formula_equals_its_cached_value(recalculated):
    ours, recalc = recalculated["ours"], recalculated["recalc"]
    forms = {k: f for k, f in formulas(ours).items() if k[0] in SHEETS}
    assert len(forms) > 700
    assert sum("NUMBERVALUE" in f for f in forms.values()) > 60
    for sheet in SHEETS:
        mine, theirs = grid(ours, sheet), grid(recalc, sheet)
        for (s, cell) in forms:
            if s != sheet:
                continue
            r, c = _rc(cell)
            a, b = value(mine, r, c), value(theirs, r, c)
            if isinstance(a, str):
                assert b == a, (sheet, cell, forms[(s, cell)])
            else:
                assert b == pytest.approx(a, rel=1e-12, abs=1e-12), (sheet, cell, forms[(s, cell)])


def _row(rows, col, text):
    return next(r for r in rows if len(r) > col and r[col] == text)


def test_changing_one_realisasi_changes_capaian_predikat_and_totals(recalculated):
    before, after = grid(recalculated["ours"], C.SHEET_PENGUKURAN), grid(recalculated["changed"], C.SHEET_PENGUKURAN)
    s31, s31_new = _row(before, 0, "S3.1"), _row(after, 0, "S3.1")
    assert (round(s31[6], 2), s31[7]) == (97.89, "Sangat Tinggi")
    assert (s31_new[5], s31_new[6], s31_new[7]) == ("76", 80.0, "Tinggi")      # 76 / 95 x 100
    ra, ra_new = grid(recalculated["ours"], C.SHEET_ANGGARAN), grid(recalculated["changed"], C.SHEET_ANGGARAN)
    jumlah = 3 + 4   # columns: kode, uraian, pagu, TW I-IV, jumlah
    for col, key in ((0, "5.03.01.2.01.0006"), (0, "5.03.01"), (1, "JUMLAH")):
        old, new = _row(ra, col, key), _row(ra_new, col, key)
        assert new[jumlah] == old[jumlah] + 1000, key
        assert new[jumlah + 1] == pytest.approx(new[jumlah] / new[2] * 100, rel=1e-12)
        assert new[jumlah + 2] == old[jumlah + 2] - 1000                          # sisa


def test_sheets_only_with_realisasi_and_mid_year(tmp_path):
    plain = konsolidasi([ROOT / "workbooks" / "contoh" / "RKT_BKPSDM_2023.xlsx"], tmp_path / "plain.xlsx")
    with zipfile.ZipFile(plain.output) as zf:
        assert C.SHEET_PENGUKURAN not in zf.read("xl/workbook.xml").decode()
    mid = konsolidasi([SAMPLE], tmp_path / "tw2.xlsx", triwulan=2)
    pk, ra = grid(mid.output, C.SHEET_PENGUKURAN), grid(mid.output, C.SHEET_ANGGARAN)
    assert pk[0][0].endswith("TAHUN 2023 (SAMPAI DENGAN TRIWULAN II)")
    assert round(_row(pk, 0, "S9.5")[6], 2) == 51.67          # kumulatif: (300 + 320) / 1.200
    assert _row(pk, 0, "S3.1")[5:7] == ["90", pytest.approx(90 / 95 * 100)]   # non-kumulatif: TW II
    assert ra[HEADER_ROW][:8] == ["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)",
                                            "Realisasi TW I (Rp)", "Realisasi TW II (Rp)",
                                            "Jumlah Realisasi (Rp)", "Serapan (%)", "Sisa (Rp)"]


# --- property: serapan of a program is sum of realisasi over sum of pagu, no row lost ---

codes = st.tuples(st.sampled_from(["5.03.01", "5.03.02", "5.04.02"]), st.sampled_from(["2.01", "2.02", "2.03"]),
                  st.integers(1, 9))


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(codes, st.integers(0, 10**10), st.lists(st.one_of(st.none(), st.integers(0, 10**9)),
                                                                   min_size=4, max_size=4)), min_size=1, max_size=25))
def test_serapan_per_program_is_sum_over_sum(rows):
    subs = [SubAnggaran(f"{p}.{k}.{n:04d}", "P", "K", f"sub {i}", "S", pagu, 3, tuple(tw), None, i)
            for i, ((p, k, n), pagu, tw) in enumerate(rows)]
    plan = plan_anggaran(subs)
    assert sum(r.kind == "sub" for r in plan.rows) == len(subs)
    for prog in plan.programs:
        members = [s for s in subs if s.kode.startswith(prog.kode + ".")]
        pagu = sum(s.pagu for s in members)
        realisasi = sum(v or 0 for s in members for v in s.tw)
        assert (prog.pagu, prog.realisasi) == (pagu, realisasi)
        row = next(r for r in plan.rows if r.row == prog.row)
        expected = serapan(realisasi, pagu)
        assert row.cells["serapan"].value == (float(expected) if expected is not None else "n/a")
        assert row.cells["sisa"].value == pagu - realisasi
    total = plan.rows[-1]
    assert total.cells["pagu"].value == sum(s.pagu for s in subs)
    assert total.cells["jumlah"].value == sum(v or 0 for s in subs for v in s.tw)
    assert Decimal(total.cells["jumlah"].value) == sum(Decimal(p.realisasi) for p in plan.programs)
