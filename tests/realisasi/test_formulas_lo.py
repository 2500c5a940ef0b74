"""Capaian formulas over a realisasi summed from the triwulan: the short form that reads the
realisasi cell beside it gives, after a LibreOffice recalculation, the same value as the
long form over the triwulan cells and as the library (positive, negative, ranges, blanks)."""

from __future__ import annotations

import pytest
import xlsxwriter

from rkt_xl.realisasi.formulas import NA, capaian_cell, realisasi_cell
from rkt_xl.realisasi.records import Sumber, cells_text
from tests import lo
from tests.consolidation.test_konsolidasi import _canary, grid

CASES = [   # target, polaritas, TW I..IV as typed, realisasi (the year, as the library reads it)
    ("1.200", "positif", ["300", "320", "", "410,5"], "1030,5"),
    ("80 - 90", "positif", ["20", "25", "15", "10"], "70"),
    ("80 - 90", "positif", ["40", "45", "", ""], "85"),
    ("7 - 8", "negatif", ["2", "2,5", "2", ""], "6,5"),
    ("7 - 8", "negatif", ["3", "3", "3", ""], "9"),
    ("12", "negatif", ["4", "4", "4", "4"], "16"),
    ("95", "positif", ["", "", "", ""], ""),
]


@pytest.fixture(scope="module")
def recalculated(lo_profile, tmp_path_factory):
    folder = tmp_path_factory.mktemp("capaian-lo")
    path = folder / "capaian.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    data, pk = wb.add_worksheet("Data Bidang"), wb.add_worksheet("PK")
    cached = []
    for r, (target, polaritas, tw, realisasi) in enumerate(CASES):
        sumber = tuple(Sumber("Data Bidang", r, c, raw) for c, raw in enumerate(tw))
        for c, raw in enumerate(tw):
            if raw:
                data.write_string(r, c, raw)
        year = realisasi_cell(realisasi, sumber)
        short = capaian_cell(target, realisasi, polaritas, "", sumber, f"A{r + 1}")
        long = capaian_cell(target, realisasi, polaritas, "", sumber)
        assert short.formula.startswith(f'=IF(A{r + 1}="","n/a",') and len(short.formula) < len(long.formula)
        assert short.value == long.value
        pk.write_formula(r, 0, year.formula, None, year.value)
        pk.write_formula(r, 1, short.formula, None, short.value)
        pk.write_formula(r, 2, long.formula, None, long.value)
        cached.append(short.value)
    wb.close()
    canary = _canary(folder / "canary.xlsx")
    out, canary_out = lo.convert([path, canary], "xlsx", folder / "lo", lo_profile)
    return cached, grid(out, "PK"), grid(canary_out, "Kanari")


def test_short_and_long_capaian_formulas_agree_after_recalculation(recalculated):
    cached, rows, canary = recalculated
    assert canary[2][0] == 3                      # LibreOffice really recalculated
    assert cached[-1] == NA
    for want, row in zip(cached, rows, strict=True):
        short, long = row[1], row[2]
        if want == NA:
            assert short == long == NA
        else:
            assert short == pytest.approx(want, rel=1e-12) and long == pytest.approx(want, rel=1e-12)
    assert [round(v, 2) for v in cached[:6]] == [85.88, 87.5, 100.0, 107.14, 87.5, 66.67]


def test_source_cells_are_shown_compactly():
    row = [Sumber("Bid 1", 30, c, "") for c in (21, 22, 23, 24)]
    assert cells_text(row) == "'Bid 1'!V31:Y31"
    assert cells_text([row[0], row[2]]) == "'Bid 1'!V31 + X31"
    assert cells_text(row[:2]) == "'Bid 1'!V31 + W31"
    assert cells_text([Sumber("Sasaran", 6, 7, "93")]) == "'Sasaran'!H7"
    assert cells_text([row[0], Sumber("O'Neil", 4, 0, "")]) == "'Bid 1'!V31 + 'O''Neil'!A5"
