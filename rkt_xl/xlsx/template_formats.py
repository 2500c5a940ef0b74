"""Formats, options and row heights shared by the input workbook's sheets (template,
sample, the bidang sheets of the consolidated workbook)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.formats import BORDER_COLOUR, HEADER_FILL, REALISASI_FILL, RENCANA_FILL, TITLE_BLUE

# A fixed creation date keeps the generated file byte-for-byte reproducible.
BUILD_DATE = dt.datetime(2026, 1, 1)


COLOURS = {
    "header": HEADER_FILL, "group": TITLE_BLUE, C.RENCANA: RENCANA_FILL, C.REALISASI: REALISASI_FILL,
    "border": BORDER_COLOUR,
}


NUM_FORMATS = {C.RUPIAH: "#,##0", C.YEAR: "0", C.TEXT: "@", C.CODE: "@", C.TARGET: "@"}


# Names of the lists behind the dropdowns (defined names pointing into Referensi/Sasaran).
LIST_NAMES = {"kode": "DaftarKode", "satuan": "DaftarSatuan", "sumber_dana": "DaftarSumberDana",
              "sasaran": "DaftarSasaran"}


# Workbook options for every file rkt_xl writes: user text is never turned into a formula,
# a number or a link.
WORKBOOK_OPTIONS = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}


PAGU_COL = C.col_index(C.BIDANG_COLUMNS, "pagu")


class Formats:
    """XlsxWriter formats, created once per workbook."""

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        border = {"border": 1, "border_color": COLOURS["border"]}
        self.title = wb.add_format({"bold": True, "font_size": 14})
        self.subtitle = wb.add_format({"italic": True, "font_color": "#595959"})
        self.group = wb.add_format({**border, "bold": True, "font_color": "white",
                                    "bg_color": COLOURS["group"], "align": "center",
                                    "valign": "vcenter"})
        self.header = wb.add_format({**border, "bold": True, "bg_color": COLOURS["header"],
                                     "text_wrap": True, "align": "center", "valign": "vcenter"})
        self.label = wb.add_format({**border, "bold": True, "bg_color": COLOURS["header"]})
        self.heading = wb.add_format({"bold": True, "font_size": 12, "font_color": COLOURS["group"]})
        self.para = wb.add_format({"text_wrap": True, "valign": "top"})
        self.plain = wb.add_format({**border, "text_wrap": True, "valign": "top"})
        self.ref_header = wb.add_format({**border, "bold": True, "bg_color": COLOURS["header"]})
        self._border = border
        self._inputs: dict[tuple[str, str], Any] = {}

    def input(self, group: str, kind: str) -> Any:
        key = (group, kind)
        if key not in self._inputs:
            self._inputs[key] = self.wb.add_format({
                **self._border, "locked": False, "bg_color": COLOURS[group],
                "num_format": NUM_FORMATS[kind], "valign": "top",
                "text_wrap": kind in (C.TEXT, C.TARGET),
            })
        return self._inputs[key]

    def legend(self, group: str) -> Any:
        return self.wb.add_format({**self._border, "bg_color": COLOURS[group]})


LINE_HEIGHT = 15  # points per line of 11-pt text


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (estimate;
    LibreOffice does not auto-fit row heights of wrapped text when printing)."""
    per_line = max(1, int(width * 1.2) - 1)
    text = str(text)
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def fit_row(ws: Any, row: int, cells: dict[int, object], widths: Sequence[float]) -> None:
    """Set the row height to show every wrapped text cell in full."""
    lines = 1
    for i, v in cells.items():
        if isinstance(v, str) and v:
            lines = max(lines, text_lines(v, widths[i]))
    if lines > 1:
        ws.set_row(row, LINE_HEIGHT * lines)


def protect(ws: Any) -> None:
    ws.protect("", {"insert_rows": True, "delete_rows": True, "format_columns": True,
                    "format_rows": True, "sort": True, "autofilter": True})


def print_setup(ws: Any, repeat_to: int) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.repeat_rows(0, repeat_to)
    ws.set_footer("&L&A&RHalaman &P dari &N")
