"""What the Pengukuran Kinerja and Realisasi Anggaran sheets share: formats, a cell writer
for :class:`~rkt_xl.realisasi.formulas.Nilai`, page set-up and the predikat colours."""

from __future__ import annotations

from typing import Any

from rkt_xl.realisasi.formulas import Nilai, literal
from rkt_xl.realisasi.predikat import Skala
from rkt_xl.texts import text
from rkt_xl.workbook.layout import col_letter
from rkt_xl.xlsx.template_formats import text_lines

BORDER = {"border": 1, "border_color": "#808080", "valign": "top", "font_size": 9}
PCT = "0.00"          # shown with the locale's decimal comma in an Indonesian Excel
RP = "#,##0"


def formats(wb: Any) -> dict[str, Any]:
    add = wb.add_format
    bold = {**BORDER, "bold": True}
    return {
        "title": add({"bold": True, "font_size": 13}),
        "note": add({"italic": True, "font_color": "#404040", "text_wrap": True, "valign": "top", "font_size": 9}),
        "header": add({**bold, "bg_color": "#DDEBF7", "text_wrap": True, "align": "center", "valign": "vcenter"}),
        "bagian": add({**bold, "bg_color": "#1F4E78", "font_color": "white"}),
        "text": add({**BORDER, "text_wrap": True, "num_format": "@"}),
        "pct": add({**BORDER, "num_format": PCT, "align": "right"}),
        "rp": add({**BORDER, "num_format": RP}),
        "label": add({**BORDER, "align": "center", "text_wrap": True}),
        "group_text": add({**bold, "bg_color": "#F2F2F2", "text_wrap": True, "num_format": "@"}),
        "group_rp": add({**bold, "bg_color": "#F2F2F2", "num_format": RP}),
        "group_pct": add({**bold, "bg_color": "#F2F2F2", "num_format": PCT, "align": "right"}),
        "total_text": add({**bold, "bg_color": "#DDEBF7"}),
        "total_rp": add({**bold, "bg_color": "#DDEBF7", "num_format": RP}),
        "total_pct": add({**bold, "bg_color": "#DDEBF7", "num_format": PCT, "align": "right"}),
    }


def write_cell(ws: Any, row: int, col: int, value: object, fmt: Any) -> None:
    """A Nilai (formula with its cached value, or a plain value) or a plain text; user text
    is always written as text."""
    if isinstance(value, Nilai):
        if value.formula:
            cached = value.value if value.value is not None else ""
            ws.write_formula(row, col, value.formula, fmt, cached)
            return
        value = value.value
    if value is None or value == "":
        ws.write_blank(row, col, None, fmt)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        ws.write_number(row, col, value, fmt)
    else:
        ws.write_string(row, col, str(value), fmt)


POINTS_PER_LINE = 12   # 9-pt text


def fit_height(ws: Any, row: int, texts: dict[int, object], widths: list[float]) -> None:
    """Set the row height to show every wrapped text in full (LibreOffice does not auto-fit
    rows of a file it opens). Call before writing the row (constant_memory mode)."""

    lines = max([text_lines(v, widths[c] * 1.15) for c, v in texts.items() if isinstance(v, str) and v] or [1])
    if lines > 1:
        ws.set_row(row, POINTS_PER_LINE * lines + 3)


def page_setup(ws: Any, header_row: int, last_col: int, title: str) -> None:
    ws.set_landscape()
    ws.set_paper(9)                 # A4
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.repeat_rows(header_row, header_row)
    ws.set_footer(text("realisasi.kaki", judul=title.replace("&", "&&")))
    ws.freeze_panes(header_row + 1, 0)


def band_formats(wb: Any, skala: Skala) -> list[tuple[Any, Any]]:
    """(band, format) per band, best first: fill and font colour, bold for the top band."""
    out = []
    for i, band in enumerate(skala.pita):
        out.append((band, wb.add_format({"bg_color": band.warna, "font_color": band.huruf, "bold": i == 0})))
    return out


def predikat_colours(ws: Any, wb: Any, skala: Skala, first: int, last: int, cols: list[int],
                     capaian_col: int) -> None:
    """Conditional formats colouring ``cols`` of rows [first, last] by the band of the
    capaian in ``capaian_col`` (a number; text like n/a stays uncoloured)."""
    if last < first:
        return
    cap = f"${col_letter(capaian_col)}{first + 1}"
    for band, fmt in band_formats(wb, skala):
        if band.min is None:
            criteria = f"=ISNUMBER({cap})"
        else:
            op = ">=" if band.min_inklusif else ">"
            criteria = f"=AND(ISNUMBER({cap}),{cap}{op}{literal(band.min)})"
        for col in cols:
            ws.conditional_format(first, col, last, col, {"type": "formula", "criteria": criteria,
                                                          "format": fmt, "stop_if_true": True})


def scale_legend(skala: Skala) -> str:
    parts = []
    for band in skala.pita:
        if band.min is None:
            batas = text("realisasi.pita-sisa")
        else:
            key = "realisasi.pita-min" if band.min_inklusif else "realisasi.pita-lebih"
            batas = text(key, min=literal(band.min).replace(".", ","))
        parts.append(text("realisasi.pita", label=band.label, batas=batas))
    return text("realisasi.pk-skala", nama=skala.nama, pita="; ".join(parts))
