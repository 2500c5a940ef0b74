"""Write the RKT input workbook: the empty template, or the template filled with a model
(the bundled sample, a round-trip test). All layout comes from :mod:`rkt_xl.columns`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter

from rkt_xl.model.entities import Rkt
from rkt_xl.model.nomenclature import DEFAULT_EDITION, EDITIONS, nomenclature, sub_kegiatan_entries
from rkt_xl.save import SaveResult, save_atomically
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.bidang import DEFAULT_BIDANG, BidangSpec
from rkt_xl.xlsx.input_sheets import write_bidang_sheet, write_profil_sheet, write_sasaran_sheet
from rkt_xl.xlsx.sheet import write_text
from rkt_xl.xlsx.template_formats import (
    BUILD_DATE,
    LIST_NAMES,
    WORKBOOK_OPTIONS,
    Formats,
    fit_row,
    protect,
)

# The Petunjuk sheet: (style, catalogue key) per line. Styles: h = heading, p = paragraph, b = bullet.
PETUNJUK: tuple[tuple[str, str], ...] = (
    ("p", "petunjuk.01"),
    ("h", "petunjuk.02"),
    ("b", "petunjuk.03"),
    ("b", "petunjuk.04"),
    ("b", "petunjuk.05"),
    ("b", "petunjuk.06"),
    ("b", "petunjuk.07"),
    ("b", "petunjuk.08"),
    ("h", "petunjuk.09"),
    ("legend-rencana", "petunjuk.10"),
    ("legend-realisasi", "petunjuk.11"),
    ("legend-kunci", "petunjuk.12"),
    ("h", "petunjuk.13"),
    ("b", "petunjuk.14"),
    ("b", "petunjuk.15"),
    ("h", "petunjuk.18"),
    ("b", "petunjuk.19"),
    ("b", "petunjuk.20"),
)


@dataclass(frozen=True)
class Macros:
    """What makes the template a macro workbook (see rkt_xl.xlsm): the VBA project, the
    buttons (caption, macro) placed on Petunjuk and on every bidang sheet, and the
    key/value pairs of the xlwings.conf sheet."""

    vba_project: Path
    buttons: tuple[tuple[str, str], ...]
    config: tuple[tuple[str, str], ...]


def write_workbook(path: Path, rkt: Rkt | None = None,
                   bidang: Sequence[BidangSpec] | None = None,
                   versi: str | None = None, archive: bool = True,
                   macros: Macros | None = None) -> SaveResult:
    """Write the RKT input workbook to ``path`` (atomically; an older file is archived).

    ``rkt=None`` writes the empty template. ``bidang`` defaults to the model's bidang,
    else to the four default BKPSDM units. ``macros`` (with an .xlsm path) adds the VBA
    project and the buttons.
    """
    rkt = rkt or Rkt()
    if bidang is None:
        bidang = [BidangSpec(b.sheet, b.nama) for b in rkt.bidang] or list(DEFAULT_BIDANG)
    versi = versi or rkt.profil.versi_nomenklatur or DEFAULT_EDITION
    return save_atomically(Path(path), lambda tmp: _build(tmp, rkt, list(bidang), versi, macros),
                           archive=archive)


def _build(path: Path, rkt: Rkt, bidang: list[BidangSpec], versi: str, macros: Macros | None = None) -> None:

    wb = xlsxwriter.Workbook(str(path), WORKBOOK_OPTIONS)
    wb.set_properties({"title": "Rencana Kerja Tahunan (RKT)", "created": BUILD_DATE,
                       "comments": "Dibuat oleh rkt_xl"})
    fmt = Formats(wb)
    if macros is not None:
        wb.set_vba_name("ThisWorkbook")
        wb.add_vba_project(str(macros.vba_project))
    petunjuk = wb.add_worksheet(C.SHEET_PETUNJUK)
    _petunjuk(petunjuk, fmt, bidang)
    if macros is not None:
        petunjuk.set_row(0, 30)
        _buttons(petunjuk, macros, first_col=1, row=0, x0=470)
    write_profil_sheet(wb.add_worksheet(C.SHEET_PROFIL), fmt, rkt.profil, versi)
    write_sasaran_sheet(wb.add_worksheet(C.SHEET_SASARAN), fmt, rkt.sasaran)
    by_sheet = {b.sheet: b for b in rkt.bidang}
    for spec in bidang:
        found = by_sheet.get(spec.sheet)
        ws = wb.add_worksheet(spec.sheet)
        write_bidang_sheet(ws, fmt, spec, found.sub_kegiatan if found else [])
        if macros is not None:
            ws.set_row(C.TITLE_ROW, 30)
            _buttons(ws, macros, first_col=C.col_index(C.BIDANG_COLUMNS, "keluaran.tolok_ukur"), row=C.TITLE_ROW)
    _referensi(wb, wb.add_worksheet(C.SHEET_REFERENSI), fmt, versi,
               sasaran_rows=max(C.SASARAN_INPUT_ROWS, len(rkt.sasaran) + 50))
    if macros is not None:
        conf = wb.add_worksheet(C.SHEET_XLWINGS_CONF)
        for r, (key, value) in enumerate(macros.config):
            write_text(conf, r, 0, key)
            write_text(conf, r, 1, value)
        conf.set_column(0, 0, 28)
        conf.set_column(1, 1, 60)
        write_text(conf, 0, 3, text("sheet.xlwings-conf-catatan"), fmt.para)
        conf.set_column(3, 3, 80)
    wb.close()


def _buttons(ws: Any, macros: Macros, first_col: int, row: int, x0: int = 4) -> None:
    """One form button per macro, side by side from (row, first_col), ``x0`` pixels in."""
    for i, (caption, macro) in enumerate(macros.buttons):
        ws.insert_button(row, first_col, {"macro": macro, "caption": caption, "width": 120, "height": 34,
                                          "x_offset": x0 + i * 130, "y_offset": 3})


def _petunjuk(ws: Any, fmt: Formats, bidang: list[BidangSpec]) -> None:
    ws.set_column(0, 0, 4)
    ws.set_column(1, 1, 110)
    write_text(ws, 0, 1, text("sheet.petunjuk-judul"), fmt.title)
    row = 2
    for style, key in PETUNJUK:
        if style == "h":
            row += 1
        line = text(key)
        fit_row(ws, row, {1: line}, [4, 110])
        if style.startswith("legend-"):
            ws.write_blank(row, 0, None, fmt.legend(style.removeprefix("legend-"))
                           if style != "legend-kunci" else fmt.plain)
            write_text(ws, row, 1, line, fmt.para)
        else:
            write_text(ws, row, 1, line, fmt.heading if style == "h" else fmt.para)
        row += 1
    row += 1
    write_text(ws, row, 1, text("sheet.petunjuk-daftar-bidang"), fmt.heading)
    for spec in bidang:
        row += 1
        write_text(ws, row, 1, f"• {spec.sheet}: {spec.nama}", fmt.para)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    protect(ws)


def _referensi(wb: Any, ws: Any, fmt: Formats, versi: str, sasaran_rows: int) -> None:
    """Lists behind the dropdowns: sub kegiatan of the edition, satuan, sumber dana."""
    write_text(ws, 0, 0, text("sheet.referensi-judul"), fmt.title)
    write_text(ws, 1, 0, EDITIONS.get(versi, versi), fmt.subtitle)
    head = 2
    names = nomenclature(versi)
    entries = sorted(sub_kegiatan_entries(versi), key=lambda e: e.kode)
    table = [("Kode Sub Kegiatan", 19), ("Nama Sub Kegiatan (resmi)", 60), ("Kegiatan", 45),
             ("Program", 45), ("Status Kode", 20)]
    for i, (title, width) in enumerate(table):
        write_text(ws, head, i, title, fmt.ref_header)
        ws.set_column(i, i, width)
    for r, e in enumerate(entries, start=head + 1):
        prog, keg = ".".join(e.kode.split(".")[:3]), ".".join(e.kode.split(".")[:5])
        row = (e.kode, e.nama, names[keg].nama if keg in names else "",
               names[prog].nama if prog in names else "", e.status)
        for i, v in enumerate(row):
            write_text(ws, r, i, v, fmt.plain)
    lists = [(6, "Satuan", C.SATUAN, "satuan"), (8, "Sumber Dana", C.SUMBER_DANA, "sumber_dana")]
    for col, title, values, key in lists:
        ws.set_column(col, col, 16)
        write_text(ws, head, col, title, fmt.ref_header)
        for r, v in enumerate(values, start=head + 1):
            write_text(ws, r, col, v, fmt.plain)
        wb.define_name(LIST_NAMES[key], _range(C.SHEET_REFERENSI, col, head + 1, head + len(values)))
    wb.define_name(LIST_NAMES["kode"], _range(C.SHEET_REFERENSI, 0, head + 1, head + max(1, len(entries))))
    wb.define_name(LIST_NAMES["sasaran"], _range(C.SHEET_SASARAN, 0, C.FIRST_DATA_ROW,
                                                 C.FIRST_DATA_ROW + sasaran_rows - 1))
    ws.freeze_panes(head + 1, 0)
    protect(ws)


def _range(sheet: str, col: int, first_row: int, last_row: int) -> str:
    letter = C.col_letter(col)
    return f"='{sheet}'!${letter}${first_row + 1}:${letter}${last_row + 1}"
