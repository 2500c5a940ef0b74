"""The Ringkasan sheet: pagu per bidang and per program, each with a native Excel chart.

Every amount is a formula: per bidang a SUM over the Pagu column of the bidang sheet, per
program a SUM over that program's rows in the RKT sheet (one per sasaran indicator it
serves). Rows are written in order (constant_memory mode).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rkt_xl.consolidation.plan import NILAI, RktPlan, cell_ref, quote_sheet, sum_formula
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.formats import (
    BAR_BLUE,
    HEADER_FILL,
    INTEGER,
    MILLIONS,
    NOTE_GREY,
    PERCENT,
    RUPIAH,
    TEXT,
    TITLE_BLUE,
)
from rkt_xl.xlsx.rkt_sheet import POINTS_PER_LINE, wrapped_lines
from rkt_xl.xlsx.sheet import Cell, PrintSetup, Row, SheetDescription, Style, render
from rkt_xl.xlsx.template_formats import PAGU_COL

# The columns of both tables: (key, width, number format of the rows). Header texts are
# "konsolidasi.kol-r-<key>"; "nama" and "kunci" are named per table (bidang/sheet,
# program/kode).
COLUMNS = (("no", 5, TEXT), ("nama", 50, TEXT), ("kunci", 30, TEXT), ("jumlah", 13, INTEGER),
           ("pagu", 18, RUPIAH), ("persen", 9, PERCENT))
COL = {key: i for i, (key, _, _) in enumerate(COLUMNS)}
WIDTHS = [w for _, w, _ in COLUMNS]
CHART_COLS = 11   # chart width in default columns (64 px each)

_CELL = Style(border=True, valign="top")
_STYLES = {key: Style(**{**_CELL.__dict__, "num_format": fmt, "wrap": fmt == TEXT}) for key, _, fmt in COLUMNS}
_TOTAL = {key: Style(**{**_CELL.__dict__, "bold": True, "fill": HEADER_FILL,
                        "num_format": None if key in ("no", "nama", "kunci") else fmt}) for key, _, fmt in COLUMNS}
_TITLE = Style(bold=True, font_size=14)
_NOTE = Style(font_colour=NOTE_GREY, italic=True)
_HEADING = Style(bold=True, font_size=12, font_colour=TITLE_BLUE)
_HEADER = Style(border=True, valign="top", bold=True, fill=HEADER_FILL, wrap=True, align="center")


@dataclass(frozen=True)
class BidangTotal:
    sheet: str        # bidang sheet in the output workbook
    nama: str
    jumlah: int       # sub kegiatan
    total: int        # pagu
    first_row: int    # 0-based rows spanned by its data in the sheet
    last_row: int


@dataclass(frozen=True)
class _Entry:
    nama: str
    kunci: str
    jumlah: int
    formula: str      # the pagu, as a formula
    total: int        # its cached value


def write_ringkasan_sheet(wb: Any, ws: Any, plan: RktPlan, bidang: Sequence[BidangTotal],
                          tahun: int | None, rkt_sheet: str = C.SHEET_RKT) -> None:
    bidang_rows = [
        _Entry(b.nama, b.sheet, b.jumlah,
               f"=SUM({cell_ref(b.first_row, PAGU_COL, b.sheet)}:{C.a1(max(b.first_row, b.last_row), PAGU_COL)})",
               b.total)
        for b in bidang
    ]
    program_rows = [
        _Entry(p.nama, p.kode, p.jumlah, sum_formula([f"{quote_sheet(rkt_sheet)}!{C.a1(r, NILAI)}" for r in p.rows]),
               p.total)
        for p in plan.programs
    ]
    top_b = 3
    end_b = top_b + 2 + len(bidang_rows)
    top_p = max(end_b, _chart_end(top_b, len(bidang_rows))) + 3
    end_p = top_p + 2 + len(program_rows)

    def rows() -> Iterator[Row]:
        yield Row(0, {0: Cell(text("konsolidasi.ringkasan-judul", tahun=tahun or "").strip(), _TITLE)})
        yield Row(1, {0: Cell(text("konsolidasi.ringkasan-catatan"), _NOTE)})
        yield from _table(top_b, text("konsolidasi.ringkasan-bidang"), ("bidang", "sheet"), bidang_rows)
        yield from _table(top_p, text("konsolidasi.ringkasan-program"), ("program", "kode"), program_rows)

    render(wb, ws, SheetDescription(C.SHEET_RINGKASAN, WIDTHS, rows(), print_setup=PrintSetup(margins=(0.7, 0.7, 0.75, 0.75))))
    _chart(wb, ws, top_b, len(bidang_rows), text("konsolidasi.grafik-bidang"))
    _chart(wb, ws, top_p, len(program_rows), text("konsolidasi.grafik-program"))
    # The charts lie beside the tables; without a print area LibreOffice cuts them off.
    ws.print_area(0, 0, max(end_p, _chart_end(top_p, len(program_rows))), len(COLUMNS) + CHART_COLS)


def _table(top: int, heading: str, labels: tuple[str, str], entries: list[_Entry]) -> Iterator[Row]:
    """Heading at ``top``, header below it, one row per entry, then JUMLAH."""
    yield Row(top, {0: Cell(heading, _HEADING)})
    names = {"nama": labels[0], "kunci": labels[1]}
    yield Row(top + 1, {i: Cell(text(f"konsolidasi.kol-r-{names.get(key, key)}"), _HEADER)
                        for i, (key, _, _) in enumerate(COLUMNS)})
    first = top + 2
    total_row = first + len(entries)
    grand = sum(e.total for e in entries)
    pagu = C.col_letter(COL["pagu"])
    persen = f"${pagu}${total_row + 1}"
    for n, e in enumerate(entries):
        r = first + n
        lines = max(wrapped_lines(e.nama, WIDTHS[COL["nama"]]), wrapped_lines(e.kunci, WIDTHS[COL["kunci"]]))
        values = {"no": Cell(str(n + 1)), "nama": Cell(e.nama), "kunci": Cell(e.kunci), "jumlah": Cell(e.jumlah),
                  "pagu": Cell(e.total, formula=e.formula),
                  "persen": Cell(e.total / grand if grand else 0, formula=f"=IF({persen}=0,0,{pagu}{r + 1}/{persen})")}
        yield Row(r, {COL[k]: Cell(c.value, _STYLES[k], c.formula) for k, c in values.items()},
                  height=POINTS_PER_LINE * lines + 2 if lines > 1 else None)
    span = f"{pagu}{first + 1}:{pagu}{max(total_row, first + 1)}"
    total = {"no": Cell(text("konsolidasi.jumlah")), "nama": Cell(), "kunci": Cell(),
             "jumlah": Cell(sum(e.jumlah for e in entries)), "pagu": Cell(grand, formula=f"=SUM({span})"),
             "persen": Cell(1 if grand else 0, formula=f"=IF({persen}=0,0,{pagu}{total_row + 1}/{persen})")}
    yield Row(total_row, {COL[k]: Cell(c.value, _TOTAL[k], c.formula) for k, c in total.items()},
              merges=((COL["no"], COL["kunci"]),))


def _chart_end(top: int, n: int) -> int:
    """The last sheet row a chart at ``top`` with ``n`` bars covers."""
    return top + _chart_height(n) // 20 + 1 if n else top


def _chart_height(n: int) -> int:
    return max(240, 70 + 36 * n)


def _chart(wb: Any, ws: Any, top: int, n: int, title: str) -> None:
    """A bar chart beside the table at ``top``."""
    if not n:
        return
    first, last = top + 2, top + 1 + n
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({
        "name": title,
        "categories": [ws.name, first, COL["nama"], last, COL["nama"]],
        "values": [ws.name, first, COL["pagu"], last, COL["pagu"]],
        "fill": {"color": BAR_BLUE},
        "data_labels": {"value": True, "num_format": MILLIONS, "font": {"size": 8}},
    })
    chart.set_title({"name": title, "name_font": {"size": 11}})
    chart.set_legend({"none": True})
    chart.set_x_axis({"num_format": MILLIONS, "num_font": {"size": 8}})
    chart.set_y_axis({"reverse": True, "num_font": {"size": 8}})
    chart.set_size({"width": CHART_COLS * 64, "height": _chart_height(n)})
    ws.insert_chart(top, len(COLUMNS) + 1, chart)
