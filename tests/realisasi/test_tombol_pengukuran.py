"""The Konsolidasi button (xlwings stand-in) writes the Pengukuran Kinerja and Realisasi
Anggaran sheets from the same descriptions as `rkt konsolidasi`: cell for cell the same
values and formulas, merges, notes, row heights, predikat colour rules, print set-up,
freeze panes and chart series; the workbook's own sheets are left as they were."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from rkt_xl import excel
from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.workbook import layout as C
from tests.helpers import ROOT
from tests.test_excel_tombol import sample_book

SAMPLE = ROOT / "workbooks" / "contoh" / "RKT_BKPSDM_2023_realisasi_fiktif.xlsx"
SHEETS = (C.SHEET_PENGUKURAN, C.SHEET_ANGGARAN)


@pytest.fixture(scope="module")
def cli(tmp_path_factory):
    out = konsolidasi([SAMPLE], tmp_path_factory.mktemp("cli") / "k.xlsx").output
    return out, openpyxl.load_workbook(out)


@pytest.fixture
def book():
    return sample_book(SAMPLE, SAMPLE.name)


def _cells(ws) -> dict[str, object]:
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}


def _chart_refs(path, sheet_index: int) -> list[str]:
    """The <c:f> references of the chart of the sheet (1-based position in the workbook)."""
    with zipfile.ZipFile(path) as zf:
        rels = zf.read(f"xl/worksheets/_rels/sheet{sheet_index}.xml.rels").decode()
        drawing = re.search(r'Target="../drawings/(drawing\d+\.xml)"', rels).group(1)
        drels = zf.read(f"xl/drawings/_rels/{drawing}.rels").decode()
        chart = re.search(r'Target="../charts/(chart\d+\.xml)"', drels).group(1)
        return re.findall(r"<c:f>([^<]*)</c:f>", zf.read(f"xl/charts/{chart}").decode())


def test_button_writes_both_sheets_as_the_cli(book, cli):
    path, wb = cli
    before = {s.name: s.values() for s in book.sheets}
    report = excel.run_konsolidasi(book)
    assert report.counts["galat"] == 0
    names = [s.title for s in wb.worksheets]
    for name in SHEETS:
        live, theirs = book.sheets[name], wb[name]
        assert live.values() == _cells(theirs), name
        assert sorted(live.merges) == sorted(str(m) for m in theirs.merged_cells.ranges)
        notes = {C.a1(r - 1, c - 1): cell.note.text for (r, c), cell in live.cells.items() if cell.note}
        assert notes == {c.coordinate: c.comment.text for row in theirs.iter_rows() for c in row if c.comment}
        # XlsxWriter stores a height rounded to whole pixels (40 -> 39.75 points), as Excel shows it
        assert live.heights == pytest.approx({r: d.ht for r, d in theirs.row_dimensions.items() if d.ht is not None},
                                             abs=0.5)
        rules = [(f"{C.a1(b[0] - 1, b[1] - 1)}:{C.a1(b[2] - 1, b[3] - 1)}", x.Formula1.lstrip("="), x.StopIfTrue)
                 for x in live.conditions for b in [x.Block]]
        assert sorted(rules) == sorted((str(cf.sqref), rule.formula[0], rule.stopIfTrue)
                                       for cf in theirs.conditional_formatting for rule in cf.rules)
        page = live.api.PageSetup
        assert (page.Orientation, page.PaperSize, page.FitToPagesWide, page.PrintTitleRows) == (
            2, int(theirs.page_setup.paperSize), 1, "$5:$5")
        assert theirs.page_setup.orientation == "landscape" and theirs.print_title_rows == "$5:$5"
        assert (page.LeftFooter, page.RightFooter) == (theirs.oddFooter.left.text, theirs.oddFooter.right.text)
        window = book.app.api._windows[name]
        assert (window.SplitRow, window.SplitColumn, window.FreezePanes) == (5, 0, True)
        assert theirs.freeze_panes == "A6"
        (chart,) = live.charts
        series = chart.api[1].SeriesCollection()
        refs = [ref for s in series for ref in (s.XValues[1:], s.Values[1:])]
        assert refs == _chart_refs(path, names.index(name) + 1)
    pk = book.sheets[C.SHEET_PENGUKURAN]
    assert len(pk.conditions) == 2 * 5                      # capaian and predikat x 5 bands
    s31 = next(r for (r, c), cell in pk.cells.items() if c == 1 and cell.value == "S3.1")
    cap = pk.cells[(s31, 7)]
    assert (cap.formula, cap.number_format) == ('=IF(\'Sasaran\'!$H$7="","n/a",_xlfn.NUMBERVALUE(\'Sasaran\'!$H$7,",",".")*100/95)', "0.00")
    bagian = pk.cells[(6, 1)]
    assert (bagian.bold, bagian.color, bagian.font_color) == (True, (31, 78, 120), (255, 255, 255))
    for name, cells in before.items():                    # the workbook's own sheets as they were
        assert book.sheets[name].values() == cells, name
    assert [s.name for s in book.sheets][:len(before)] == list(before)
    assert [s.name for s in book.sheets][len(before):] == ["Validasi", "RKT", *SHEETS]
    assert book.active == "RKT"
    assert book.app.status_bar is False and book.app.screen_updating is True


def test_second_run_replaces_its_sheets_and_a_book_without_realisasi_gets_none(book, built):
    excel.run_konsolidasi(book)
    first = {n: (book.sheets[n].values(), len(book.sheets[n].conditions)) for n in SHEETS}
    excel.run_konsolidasi(book)
    assert {n: (book.sheets[n].values(), len(book.sheets[n].conditions)) for n in SHEETS} == first
    assert [len(book.sheets[n].charts) for n in SHEETS] == [1, 1]
    plain = sample_book(built["sample"])
    excel.run_konsolidasi(plain)
    assert not set(SHEETS) & {s.name for s in plain.sheets}
    for name in SHEETS:                        # left by an earlier run, before realisasi was emptied
        plain.sheets.add(name, after=plain.sheets[len(plain.sheets) - 1]).range("A1").value = "lama"
    excel.run_konsolidasi(plain)
    assert not set(SHEETS) & {s.name for s in plain.sheets}


def test_formulas_point_where_the_live_workbook_has_the_realisasi(book):
    """A sub kegiatan moved one row down by the user: its Realisasi Anggaran row follows it."""
    ws = book.sheets["Sekretariat"]
    last = ws.used_range.last_cell.row
    moved = {(r + 1 if r >= 4 else r, c): cell for (r, c), cell in ws.cells.items()}
    ws.cells.clear()
    ws.cells.update(moved)                   # an empty row 4 inserted above the first sub kegiatan
    assert ws.used_range.last_cell.row == last + 1
    excel.run_konsolidasi(book)
    ra = book.sheets[C.SHEET_ANGGARAN]
    pagu = [cell.formula for cell in ra.cells.values() if (cell.formula or "").startswith("='Sekretariat'!$G$")]
    assert pagu and "='Sekretariat'!$G$4" not in pagu and "='Sekretariat'!$G$5" in pagu


def test_moved_realisasi_columns_leave_the_earlier_sheets_and_say_why(book):
    """TW I and TW II swapped by the user (headers with them): the reader still finds both,
    but the Realisasi Anggaran formulas could not point at them, so the sheets of the
    earlier run stay as they were and the closing message says so."""
    excel.run_konsolidasi(book)
    before = {n: book.sheets[n].values() for n in SHEETS}
    a, b = (C.col_index(C.BIDANG_COLUMNS, f"realisasi_anggaran_tw{n}") + 1 for n in (1, 2))   # 1-based
    ws = book.sheets["Sekretariat"]
    swapped = {(r, {a: b, b: a}.get(c, c)): cell for (r, c), cell in ws.cells.items()}
    ws.cells.clear()
    ws.cells.update(swapped)
    excel.run_konsolidasi(book)
    assert {n: book.sheets[n].values() for n in SHEETS} == before
    assert book.app.alerts[-1]["prompt"].endswith(
        "\n\nSheet Pengukuran Kinerja dan Realisasi Anggaran tidak diperbarui: kolom realisasi anggaran "
        "(tahunan dan TW I–IV) tidak berada di tempatnya seperti di templat, jadi rumusnya tidak dapat "
        "menunjuk selnya. Kembalikan urutan kolom seperti templat, lalu klik Konsolidasi lagi.")
