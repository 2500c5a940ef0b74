"""The Realisasi Anggaran sheet described from its plan (rows in order), with the table of
the programs and the native chart of pagu against realisasi per program."""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.model.entities import Profil
from rkt_xl.realisasi.formulas import Nilai
from rkt_xl.realisasi.plan_anggaran import HEADER_ROW, AnggaranPlan
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.realisasi_common import STYLES, cell, fit_height, page_setup, title
from rkt_xl.xlsx.sheet import Cell, Row, SheetDescription
from rkt_xl.xlsx.sheet_chart import Axis, Chart, Series

WIDTHS = {"kode": 18, "uraian": 42, "pagu": 16, "jumlah": 16, "serapan": 9, "sisa": 15, "efisiensi": 10}
TW_WIDTH = 14
MILLIONS = '#,##0,," jt"'
PROGRAM_COLS = ("kode", "uraian", "pagu", "jumlah", "serapan")


def _header(key: str) -> str:
    if key.startswith("tw"):
        return text("realisasi.ra-kol-tw", tw=C.TW[int(key[2:])])
    return text(f"realisasi.ra-kol-{key}")


def describe_anggaran_sheet(plan: AnggaranPlan, profil: Profil) -> SheetDescription:
    heading = title("realisasi.ra-judul", profil, plan.triwulan)
    widths = [WIDTHS.get(k, TW_WIDTH) for k in plan.columns]
    last = plan.rows[-1].row if plan.rows else HEADER_ROW
    head = last + 3                                   # header of the program table
    return SheetDescription(C.SHEET_ANGGARAN, widths, _rows(plan, heading, widths, last + 2),
                            freeze=(HEADER_ROW + 1, 0), print_setup=page_setup(HEADER_ROW, heading),
                            charts=_program_chart(plan, head))


def _rows(plan: AnggaranPlan, heading: str, widths: list[float], table_row: int) -> Iterator[Row]:
    st = STYLES
    last_col = len(plan.columns) - 1
    yield Row(0, {0: Cell(heading, st["title"])})
    yield Row(1, {0: Cell(text("realisasi.ra-catatan"), st["note"])}, merges=((0, last_col),), height=30)
    yield Row(HEADER_ROW, {i: Cell(_header(key), st["header"]) for i, key in enumerate(plan.columns)}, height=30)
    for row in plan.rows:
        tier = {"program": "group", "kegiatan": "group", "jumlah": "total"}.get(row.kind)
        text_style = st[f"{tier}_text"] if tier else st["text"]
        cells = {0: cell(row.kode, text_style), 1: cell(row.uraian, text_style)}
        for i, key in enumerate(plan.columns[2:], start=2):
            kind = "pct" if key in ("serapan", "efisiensi") else "rp"
            cells[i] = cell(row.cells.get(key, Nilai("", "")), st[f"{tier}_{kind}"] if tier else st[kind])
        yield Row(row.row, cells, height=fit_height({0: row.kode, 1: row.uraian}, widths))
    yield from _program_table(plan, table_row)


def _program_table(plan: AnggaranPlan, start: int) -> Iterator[Row]:
    """The programs again, contiguous, each cell a formula on its row above: the chart's data."""
    st, col = STYLES, plan.col
    yield Row(start, {0: Cell(text("realisasi.ra-program"), st["title"])})
    head = start + 1
    yield Row(head, {i: Cell(_header(key), st["header"]) for i, key in enumerate(PROGRAM_COLS)}, height=30)
    widths = [WIDTHS["kode"], WIDTHS["uraian"]]
    serapan = {r.row: r.cells["serapan"].value for r in plan.rows if r.kind == "program"}
    for n, p in enumerate(plan.programs, start=head + 1):
        src = {k: f"{C.col_letter(col[k])}{p.row + 1}" for k in ("pagu", "jumlah", "serapan")}
        yield Row(n, {0: Cell(p.kode, st["text"]), 1: Cell(p.nama, st["text"]),
                      2: Cell(p.pagu, st["rp"], f"={src['pagu']}"),
                      3: Cell(p.realisasi, st["rp"], f"={src['jumlah']}"),
                      4: Cell(serapan[p.row], st["pct"], f"={src['serapan']}")},
                  height=fit_height({1: p.nama}, widths))


def _program_chart(plan: AnggaranPlan, head: int) -> list[Chart]:
    if not plan.programs:
        return []
    sheet = C.SHEET_ANGGARAN
    first, last = head + 1, head + len(plan.programs)      # 0-based rows of the program table
    series = tuple(
        Series(text(f"realisasi.seri-{key}"), (sheet, first, 0, last, 0), (sheet, first, c, last, c),
               fill=colour, border="#1F4E78", label_format=MILLIONS)
        for key, c, colour in (("pagu", 2, "#BDD7EE"), ("realisasi", 3, "#1F4E78")))
    return [Chart("column", text("realisasi.grafik-program"), series, (last + 2, 1), (760, 340),
                  y_axis=Axis(num_format=MILLIONS, gridlines="#D9D9D9"), legend="bottom")]
