"""Write the Realisasi Anggaran sheet from its plan (rows in order), with the table of the
programs and the native chart of pagu against realisasi per program."""

from __future__ import annotations

from typing import Any

from rkt_xl.model.entities import Profil
from rkt_xl.realisasi.formulas import Nilai
from rkt_xl.realisasi.plan_anggaran import HEADER_ROW, AnggaranPlan
from rkt_xl.realisasi.records import quote_sheet
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.realisasi_common import fit_height, page_setup, write_cell

WIDTHS = {"kode": 18, "uraian": 42, "pagu": 16, "jumlah": 16, "serapan": 9, "sisa": 15, "efisiensi": 10}
TW_WIDTH = 14
MILLIONS = '#,##0,," jt"'


def _header(key: str) -> str:
    if key.startswith("tw"):
        return text("realisasi.ra-kol-tw", tw=C.TW[int(key[2:])])
    return text(f"realisasi.ra-kol-{key}")


def write_anggaran_sheet(wb: Any, ws: Any, plan: AnggaranPlan, profil: Profil, f: dict[str, Any]) -> None:
    from rkt_xl.xlsx.pengukuran_sheet import title

    heading = title("realisasi.ra-judul", profil, plan.triwulan)
    last_col = len(plan.columns) - 1
    for i, key in enumerate(plan.columns):
        ws.set_column(i, i, WIDTHS.get(key, TW_WIDTH))
    ws.write_string(0, 0, heading, f["title"])
    ws.merge_range(1, 0, 1, last_col, text("realisasi.ra-catatan"), f["note"])
    ws.set_row(1, 30)
    ws.set_row(HEADER_ROW, 30)
    for i, key in enumerate(plan.columns):
        ws.write_string(HEADER_ROW, i, _header(key), f["header"])
    widths = [WIDTHS.get(k, TW_WIDTH) for k in plan.columns]
    for row in plan.rows:
        fit_height(ws, row.row, {0: row.kode, 1: row.uraian}, widths)
        tier = {"program": "group", "kegiatan": "group", "jumlah": "total"}.get(row.kind)
        text_fmt = f[f"{tier}_text"] if tier else f["text"]
        write_cell(ws, row.row, 0, row.kode, text_fmt)
        write_cell(ws, row.row, 1, row.uraian, text_fmt)
        for i, key in enumerate(plan.columns[2:], start=2):
            kind = "pct" if key in ("serapan", "efisiensi") else "rp"
            write_cell(ws, row.row, i, row.cells.get(key, Nilai("", "")), f[f"{tier}_{kind}"] if tier else f[kind])
    last = plan.rows[-1].row if plan.rows else HEADER_ROW
    table_row = _program_table(ws, plan, last + 2, f)
    page_setup(ws, HEADER_ROW, last_col, heading)
    _program_chart(wb, ws, plan, table_row)


def _program_table(ws: Any, plan: AnggaranPlan, start: int, f: dict[str, Any]) -> int:
    """The programs again, contiguous, each cell a formula on its row above: the chart's data."""
    col = plan.col
    ws.write_string(start, 0, text("realisasi.ra-program"), f["title"])
    head = start + 1
    for i, key in enumerate(("kode", "uraian", "pagu", "jumlah", "serapan")):
        ws.write_string(head, i, _header(key), f["header"])
    widths = [WIDTHS["kode"], WIDTHS["uraian"]]
    for n, p in enumerate(plan.programs, start=head + 1):
        fit_height(ws, n, {1: p.nama}, widths)
        src = {k: f"{C.col_letter(col[k])}{p.row + 1}" for k in ("pagu", "jumlah", "serapan")}
        ws.write_string(n, 0, p.kode, f["text"])
        ws.write_string(n, 1, p.nama, f["text"])
        ws.write_formula(n, 2, f"={src['pagu']}", f["rp"], p.pagu)
        ws.write_formula(n, 3, f"={src['jumlah']}", f["rp"], p.realisasi)
        row = next(r for r in plan.rows if r.row == p.row)
        ws.write_formula(n, 4, f"={src['serapan']}", f["pct"], row.cells["serapan"].value)
    return head


def _program_chart(wb: Any, ws: Any, plan: AnggaranPlan, head: int) -> None:
    if not plan.programs:
        return
    sheet = quote_sheet(C.SHEET_ANGGARAN)
    first, last = head + 2, head + 1 + len(plan.programs)
    chart = wb.add_chart({"type": "column"})
    for key, c, colour in (("pagu", "C", "#BDD7EE"), ("realisasi", "D", "#1F4E78")):
        chart.add_series({
            "name": text(f"realisasi.seri-{key}"),
            "categories": f"={sheet}!$A${first}:$A${last}",
            "values": f"={sheet}!${c}${first}:${c}${last}",
            "fill": {"color": colour}, "border": {"color": "#1F4E78"},
            "data_labels": {"value": True, "num_format": MILLIONS},
        })
    chart.set_title({"name": text("realisasi.grafik-program"), "name_font": {"size": 11}})
    chart.set_y_axis({"num_format": MILLIONS, "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 760, "height": 340})
    ws.insert_chart(last + 1, 1, chart)
