"""Write a validation Report as a `Validasi` sheet (XlsxWriter): one row per finding,
with a link to the offending cell (inside the same workbook, or into the input file)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import quote_sheetname

from rkt_xl.save import SaveResult, save_atomically
from rkt_xl.texts import text
from rkt_xl.validation.findings import Finding, Report
from rkt_xl.xlsx.formats import DRAFT_RED, FINDING_FILLS, HEADER_FILL, LINK_BLUE
from rkt_xl.xlsx.sheet import cell_writers, write_text
from rkt_xl.xlsx.template_formats import fit_row

# The Validasi sheet's columns: (header key "validasi.<key>", width). One definition for the
# file writer and the Validasi button.
COLUMNS = (("no", 5), ("tingkat", 11), ("kode", 24), ("berkas", 24), ("sheet", 24), ("sel", 8),
           ("nilai", 22), ("pesan", 90))
COL = {key: i for i, (key, _) in enumerate(COLUMNS)}      # 0-based
LINK_COL = COL["sel"]            # the cell address, linked to the cell
MARKS_COL = len(COLUMNS)         # hidden columns after the table: what the button changed
FILLS = FINDING_FILLS


def _link(f: Finding, internal_sheets: set[str] | None, base: Path | None,
          files: dict[str, Path] | None = None) -> str | None:
    """Internal link, or a link into the input file relative to the report's folder (so the
    report and its inputs can move together, e.g. to another PC). ``files``: the paths
    worked out so far (a report names the same few files thousands of times)."""
    if not f.sheet or not f.cell:
        return None
    target = f"{quote_sheetname(f.sheet)}!{f.cell}"   # a ' in the name is doubled
    if internal_sheets is not None:
        return f"internal:{target}" if f.sheet in internal_sheets else None
    if f.file:
        files = {} if files is None else files
        file = files.get(f.file)
        if file is None:
            file = Path(f.file).resolve()
            if base is not None:
                file = Path(os.path.relpath(file, base.resolve()))
            files[f.file] = file
        return f"external:{file}#{target}"
    return None


HEADER_ROW = 3   # 0-based row of the column headers; findings follow
TIP_MAX = 255    # Excel's limit for a hyperlink screen tip, in UTF-16 code units
LINKS_MAX = 65_530  # Excel's limit of hyperlinks per sheet; later cells are plain text


def screen_tip(text: str) -> str:
    """``text`` cut to Excel's screen-tip limit, counted as Excel counts (UTF-16 units)."""
    if text.isascii():   # one unit per character
        return text[:TIP_MAX]
    out, units = [], 0
    for ch in text:
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > TIP_MAX:
            break
        out.append(ch)
    return "".join(out)


def summary_line(report: Report) -> str:
    return text("validasi.ringkasan", **report.counts) if report.findings or report.unreadable else text("validasi.bersih")


def finding_rows(report: Report) -> list[tuple[Finding, str, list[object]]]:
    """(finding, severity key, cells) per row of the Validasi table, unreadable files first.
    Shared by the XlsxWriter writer below and the Excel button (rkt_xl.excel)."""
    rows = [(f, "berkas") for f in report.unreadable] + [(f, f.severity) for f in report.findings]
    out = []
    for n, (f, sev) in enumerate(rows, start=1):
        label = text("validasi.tidak-terbaca") if sev == "berkas" else text(f"validasi.{sev}")
        value = "" if f.value is None else str(f.value)
        out.append((f, sev, [n, label, f.code, Path(f.file).name if f.file else "", f.sheet, f.cell, value, f.message]))
    return out


def header_cells() -> list[str]:
    return [text(f"validasi.{key}") for key, _ in COLUMNS]


def draft_lines(draft: str, unread: list[Finding]) -> list[str]:
    """The lines above the table of a DRAF output: the DRAF mark, then the Pagu cells whose
    amount could not be read (they count as 0 in the RKT sheet's JUMLAH)."""
    if not draft:
        return []
    lines = [text("panduan.draf-validasi", draf=draft)]
    if unread:
        lines.append(text("panduan.pagu-tak-terbaca", jumlah=len(unread)))
        lines += [text("panduan.pagu-tak-terbaca-sel", sheet=f.sheet, cell=f.cell, value="" if f.value is None else f.value)
                  for f in unread]
    return lines


def write_validasi_sheet(wb: Any, report: Report, name: str = "Validasi",
                         internal_sheets: set[str] | None = None, base: Path | None = None,
                         draft: str = "", unread: list[Finding] | None = None) -> Any:
    """Add the sheet to ``wb``. Links point inside ``wb`` when ``internal_sheets`` (the
    sheet names present in ``wb``) is given, else into each finding's input file (relative
    to the folder ``base`` when given). ``draft`` (a forced output's DRAF mark) and the
    ``unread`` amounts are written above the table."""

    ws = wb.add_worksheet(name)
    title = wb.add_format({"bold": True, "font_size": 14})
    header = wb.add_format({"bold": True, "bg_color": HEADER_FILL, "border": 1, "text_wrap": True,
                            "valign": "vcenter"})
    row_fmt = {sev: wb.add_format({"border": 1, "text_wrap": True, "valign": "top", "bg_color": fill,
                                   "num_format": "@"}) for sev, fill in FILLS.items()}
    link_fmt = {sev: wb.add_format({"border": 1, "valign": "top", "bg_color": fill, "underline": 1,
                                    "font_color": LINK_BLUE}) for sev, fill in FILLS.items()}
    write_text(ws, 0, 0, text("validasi.judul"), title)
    write_text(ws, 1, 0, summary_line(report))
    extra = draft_lines(draft, unread or [])
    red = wb.add_format({"bold": True, "font_color": DRAFT_RED})
    for r, line in enumerate(extra, start=2):
        write_text(ws, r, 0, line, red if r == 2 else None)
    head = max(HEADER_ROW, 3 + len(extra)) if extra else HEADER_ROW   # a blank row after the lines
    widths = [w for _, w in COLUMNS]
    for i, (label, (_, width)) in enumerate(zip(header_cells(), COLUMNS, strict=True)):
        ws.set_column(i, i, width)
        write_text(ws, head, i, label, header)
    rows = finding_rows(report)
    links = 0
    write = cell_writers(ws)
    files: dict[str, Path] = {}
    for r, (f, sev, cells) in enumerate(rows, start=head + 1):
        for i, value in enumerate(cells):
            if isinstance(value, int):
                write.number(r, i, value, row_fmt[sev])
            elif i == LINK_COL and links < LINKS_MAX and (url := _link(f, internal_sheets, base, files)) is not None:
                links += 1
                ws.write_url(r, i, url, link_fmt[sev], string=str(value), tip=screen_tip(f.message))
            else:
                write.string(r, i, str(value), row_fmt[sev])
        fit_row(ws, r, {i: str(v) for i, v in enumerate(cells)}, widths)
    if rows:
        ws.autofilter(head, 0, head + len(rows), len(COLUMNS) - 1)
    ws.freeze_panes(head + 1, 0)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(head)
    return ws


def write_report_workbook(path: Path, report: Report) -> SaveResult:
    """A standalone workbook holding only the Validasi sheet (``rkt validasi --laporan``)."""

    def build(tmp: Path) -> None:

        wb = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_numbers": False,
                                            "strings_to_urls": False})
        wb.set_properties({"comments": "Dibuat oleh rkt_xl (laporan validasi)"})  # see workbook/outputs.py
        write_validasi_sheet(wb, report, base=Path(path).parent)
        wb.close()

    return save_atomically(Path(path), build)
