"""The Ringkasan sheet: pagu per bidang and per program, each with a native Excel chart.

Every amount is a formula: per bidang a SUM over the Pagu column of the bidang sheet, per
program a SUM over that program's rows in the RKT sheet (one per sasaran indicator it
serves). Rows are written in order (constant_memory mode).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rkt_xl.consolidation.plan import NILAI, RktPlan, cell_ref, quote_sheet, sum_formula
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.rkt_sheet import POINTS_PER_LINE, wrapped_lines
from rkt_xl.xlsx.template import PAGU_COL

COLUMNS = (("no", 5), ("nama", 50), ("kunci", 30), ("jumlah", 13), ("pagu", 18), ("persen", 9))
WIDTHS = [w for _, w in COLUMNS]
CHART_COLS = 11   # chart width in default columns (64 px each)
MILLIONS = '#,##0,," jt"'   # chart axis and labels in millions of Rupiah
BORDER = {"border": 1, "border_color": "#808080", "valign": "top", "font_size": 10}


@dataclass(frozen=True)
class BidangTotal:
    sheet: str        # bidang sheet in the output workbook
    nama: str
    jumlah: int       # sub kegiatan
    total: int        # pagu
    first_row: int    # 0-based rows spanned by its data in the sheet
    last_row: int


def _formats(wb: Any) -> dict[str, Any]:
    add = wb.add_format
    return {
        "title": add({"bold": True, "font_size": 14}),
        "note": add({"italic": True, "font_color": "#595959"}),
        "heading": add({"bold": True, "font_size": 12, "font_color": "#1F4E78"}),
        "header": add({**BORDER, "bold": True, "bg_color": "#DDEBF7", "text_wrap": True, "align": "center"}),
        "text": add({**BORDER, "text_wrap": True, "num_format": "@"}),
        "int": add({**BORDER, "num_format": "0"}),
        "rp": add({**BORDER, "num_format": "#,##0"}),
        "pct": add({**BORDER, "num_format": "0.0%"}),
        "total": add({**BORDER, "bold": True, "bg_color": "#DDEBF7"}),
        "total_int": add({**BORDER, "bold": True, "bg_color": "#DDEBF7", "num_format": "0"}),
        "total_rp": add({**BORDER, "bold": True, "bg_color": "#DDEBF7", "num_format": "#,##0"}),
        "total_pct": add({**BORDER, "bold": True, "bg_color": "#DDEBF7", "num_format": "0.0%"}),
    }


def write_ringkasan_sheet(wb: Any, ws: Any, plan: RktPlan, bidang: Sequence[BidangTotal],
                          tahun: int | None, rkt_sheet: str = C.SHEET_RKT) -> None:
    f = _formats(wb)
    for i, (_, width) in enumerate(COLUMNS):
        ws.set_column(i, i, width)
    ws.write_string(0, 0, text("konsolidasi.ringkasan-judul", tahun=tahun or "").strip(), f["title"])
    ws.write_string(1, 0, text("konsolidasi.ringkasan-catatan"), f["note"])
    nilai = NILAI
    bidang_rows = [
        (b.nama, b.sheet, b.jumlah,
         f"=SUM({cell_ref(b.first_row, PAGU_COL, b.sheet)}:{C.a1(max(b.first_row, b.last_row), PAGU_COL)})",
         b.total)
        for b in bidang
    ]
    top = 3
    end = _table(ws, f, top, text("konsolidasi.ringkasan-bidang"), ("kol-r-bidang", "kol-r-sheet"), bidang_rows)
    end = max(end, _chart(wb, ws, top, len(bidang_rows), text("konsolidasi.grafik-bidang")))
    program_rows = [
        (p.nama, p.kode, p.jumlah,
         sum_formula([f"{quote_sheet(rkt_sheet)}!{C.a1(r, nilai)}" for r in p.rows]), p.total)
        for p in plan.programs
    ]
    top = end + 3
    end = _table(ws, f, top, text("konsolidasi.ringkasan-program"), ("kol-r-program", "kol-r-kode"), program_rows)
    end = max(end, _chart(wb, ws, top, len(program_rows), text("konsolidasi.grafik-program")))
    # The charts lie beside the tables; without a print area LibreOffice cuts them off.
    ws.print_area(0, 0, end, len(COLUMNS) + CHART_COLS)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)


def _table(ws: Any, f: dict[str, Any], top: int, heading: str, labels: tuple[str, str],
           rows: list[tuple[str, str, int, str, int]]) -> int:
    """Heading at ``top``, header below it, one row per entry, then JUMLAH; returns its row."""
    ws.write_string(top, 0, heading, f["heading"])
    header = ("kol-r-no", *labels, "kol-r-jumlah", "kol-r-pagu", "kol-r-persen")
    for i, key in enumerate(header):
        ws.write_string(top + 1, i, text(f"konsolidasi.{key}"), f["header"])
    first = top + 2
    last = first + len(rows) - 1
    total_row = first + len(rows)
    grand = sum(r[4] for r in rows)
    pagu, persen = C.col_letter(4), f"${C.col_letter(4)}${total_row + 1}"
    for n, (nama, kunci, jumlah, formula, total) in enumerate(rows):
        r = first + n
        lines = max(wrapped_lines(nama, WIDTHS[1]), wrapped_lines(kunci, WIDTHS[2]))
        if lines > 1:
            ws.set_row(r, POINTS_PER_LINE * lines + 2)
        ws.write_string(r, 0, str(n + 1), f["text"])
        ws.write_string(r, 1, nama, f["text"])
        ws.write_string(r, 2, kunci, f["text"])
        ws.write_number(r, 3, jumlah, f["int"])
        ws.write_formula(r, 4, formula, f["rp"], total)
        ws.write_formula(r, 5, f"=IF({persen}=0,0,{pagu}{r + 1}/{persen})", f["pct"],
                         total / grand if grand else 0)
    ws.merge_range(total_row, 0, total_row, 2, text("konsolidasi.jumlah"), f["total"])
    ws.write_number(total_row, 3, sum(r[2] for r in rows), f["total_int"])
    span = f"{pagu}{first + 1}:{pagu}{last + 1}" if rows else f"{pagu}{first + 1}:{pagu}{first + 1}"
    ws.write_formula(total_row, 4, f"=SUM({span})", f["total_rp"], grand)
    ws.write_formula(total_row, 5, f"=IF({persen}=0,0,{pagu}{total_row + 1}/{persen})", f["total_pct"],
                     1 if grand else 0)
    return total_row


def _chart(wb: Any, ws: Any, top: int, n: int, title: str) -> int:
    """A bar chart beside the table at ``top``; returns the last sheet row it covers."""
    if not n:
        return top
    first, last = top + 2, top + 1 + n
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({
        "name": title,
        "categories": [ws.name, first, 1, last, 1],
        "values": [ws.name, first, 4, last, 4],
        "fill": {"color": "#2E75B6"},
        "data_labels": {"value": True, "num_format": MILLIONS, "font": {"size": 8}},
    })
    chart.set_title({"name": title, "name_font": {"size": 11}})
    chart.set_legend({"none": True})
    chart.set_x_axis({"num_format": MILLIONS, "num_font": {"size": 8}})
    chart.set_y_axis({"reverse": True, "num_font": {"size": 8}})
    height = max(240, 70 + 36 * n)
    chart.set_size({"width": CHART_COLS * 64, "height": height})
    ws.insert_chart(top, len(COLUMNS) + 1, chart)
    return top + height // 20 + 1
