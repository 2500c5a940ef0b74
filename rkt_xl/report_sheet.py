"""Write a validation Report as a `Validasi` sheet (XlsxWriter): one row per finding,
with a link to the offending cell (inside the same workbook, or into the input file)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .findings import GALAT, Finding, Report
from .messages import VALIDASI_TEXT as T
from .safe_save import SaveResult, save_atomically

COLUMNS = (("no", 5), ("tingkat", 11), ("kode", 24), ("berkas", 24), ("sheet", 24), ("sel", 8),
           ("nilai", 22), ("pesan", 90))
FILLS = {GALAT: "#F8CBAD", "peringatan": "#FFF2CC", "berkas": "#F4B084"}


def _link(f: Finding, internal_sheets: set[str] | None, base: Path | None) -> str | None:
    """Internal link, or a link into the input file relative to the report's folder (so the
    report and its inputs can move together, e.g. to another PC)."""
    if not f.sheet or not f.cell:
        return None
    target = f"'{f.sheet}'!{f.cell}"
    if internal_sheets is not None:
        return f"internal:{target}" if f.sheet in internal_sheets else None
    if f.file:
        file = Path(f.file).resolve()
        if base is not None:
            file = Path(os.path.relpath(file, base.resolve()))
        return f"external:{file}#{target}"
    return None


def write_validasi_sheet(wb: Any, report: Report, name: str = "Validasi",
                         internal_sheets: set[str] | None = None, base: Path | None = None) -> Any:
    """Add the sheet to ``wb``. Links point inside ``wb`` when ``internal_sheets`` (the
    sheet names present in ``wb``) is given, else into each finding's input file (relative
    to the folder ``base`` when given)."""
    from .template import fit_row

    ws = wb.add_worksheet(name)
    title = wb.add_format({"bold": True, "font_size": 14})
    header = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True,
                            "valign": "vcenter"})
    row_fmt = {sev: wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bg_color": fill,
                                   "num_format": "@"}) for sev, fill in FILLS.items()}
    link_fmt = {sev: wb.add_format({"border": 1, "valign": "top", "bg_color": fill, "underline": 1,
                                    "font_color": "#0563C1"}) for sev, fill in FILLS.items()}
    counts = report.counts
    ws.write_string(0, 0, T["judul"], title)
    summary = T["ringkasan"].format(**counts) if report.findings or report.unreadable else T["bersih"]
    ws.write_string(1, 0, summary)
    widths = [w for _, w in COLUMNS]
    for i, (key, width) in enumerate(COLUMNS):
        ws.set_column(i, i, width)
        ws.write_string(3, i, T[key], header)
    rows = [(f, "berkas") for f in report.unreadable] + [(f, f.severity) for f in report.findings]
    for n, (f, sev) in enumerate(rows, start=1):
        r = 3 + n
        label = T["tidak-terbaca"] if sev == "berkas" else T[sev]
        value = "" if f.value is None else str(f.value)
        cells = [str(n), label, f.code, Path(f.file).name if f.file else "", f.sheet, f.cell, value, f.message]
        for i, text in enumerate(cells):
            if i == 0:
                ws.write_number(r, i, n, row_fmt[sev])
            elif i == 5 and (url := _link(f, internal_sheets, base)) is not None:
                ws.write_url(r, i, url, link_fmt[sev], string=text, tip=f.message[:255])
            else:
                ws.write_string(r, i, text, row_fmt[sev])
        fit_row(ws, r, dict(enumerate(cells)), widths)
    if rows:
        ws.autofilter(3, 0, 3 + len(rows), len(COLUMNS) - 1)
    ws.freeze_panes(4, 0)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(3)
    return ws


def write_report_workbook(path: Path, report: Report) -> SaveResult:
    """A standalone workbook holding only the Validasi sheet (``rkt validasi --laporan``)."""

    def build(tmp: Path) -> None:
        import xlsxwriter

        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_numbers": False,
                                            "strings_to_urls": False})
        write_validasi_sheet(wb, report, base=Path(path).parent)
        wb.close()

    return save_atomically(Path(path), build)
