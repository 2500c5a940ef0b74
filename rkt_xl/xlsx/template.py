"""Write the RKT input workbook: the empty template, or the template filled with a model
(the bundled sample, a round-trip test). All layout comes from :mod:`rkt_xl.columns`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter

from rkt_xl.model.entities import Indikator, IndikatorSasaran, Profil, Rkt, SubKegiatan
from rkt_xl.model.nomenclature import DEFAULT_EDITION, EDITIONS, nomenclature, sub_kegiatan_entries
from rkt_xl.save import SaveResult, save_atomically
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.bidang import DEFAULT_BIDANG, BidangSpec

# A fixed creation date keeps the generated file byte-for-byte reproducible.
BUILD_DATE = dt.datetime(2026, 1, 1)

COLOURS = {
    "header": "#DDEBF7", "group": "#1F4E78", C.RENCANA: "#FFF2CC", C.REALISASI: "#E2EFDA",
    "border": "#808080",
}
NUM_FORMATS = {C.RUPIAH: "#,##0", C.YEAR: "0", C.TEXT: "@", C.CODE: "@", C.TARGET: "@"}

# Names of the lists behind the dropdowns (defined names pointing into Referensi/Sasaran).
LIST_NAMES = {"kode": "DaftarKode", "satuan": "DaftarSatuan", "sumber_dana": "DaftarSumberDana",
              "sasaran": "DaftarSasaran"}

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
            conf.write_string(r, 0, key)
            conf.write_string(r, 1, value)
        conf.set_column(0, 0, 28)
        conf.set_column(1, 1, 60)
        conf.write_string(0, 3, text("sheet.xlwings-conf-catatan"), fmt.para)
        conf.set_column(3, 3, 80)
    wb.close()


def _buttons(ws: Any, macros: Macros, first_col: int, row: int, x0: int = 4) -> None:
    """One form button per macro, side by side from (row, first_col), ``x0`` pixels in."""
    for i, (caption, macro) in enumerate(macros.buttons):
        ws.insert_button(row, first_col, {"macro": macro, "caption": caption, "width": 120, "height": 34,
                                          "x_offset": x0 + i * 130, "y_offset": 3})


LINE_HEIGHT = 15  # points per line of 11-pt text


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (estimate;
    LibreOffice does not auto-fit row heights of wrapped text when printing)."""
    per_line = max(1, int(width * 1.2) - 1)
    return sum(max(1, -(-len(part) // per_line)) for part in str(text).split("\n"))


def fit_row(ws: Any, row: int, cells: dict[int, object], widths: Sequence[float]) -> None:
    """Set the row height to show every wrapped text cell in full."""
    lines = max([text_lines(v, widths[i]) for i, v in cells.items()
                 if isinstance(v, str) and v] or [1])
    if lines > 1:
        ws.set_row(row, LINE_HEIGHT * lines)


def _protect(ws: Any) -> None:
    ws.protect("", {"insert_rows": True, "delete_rows": True, "format_columns": True,
                    "format_rows": True, "sort": True, "autofilter": True})


def _print_setup(ws: Any, repeat_to: int) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.repeat_rows(0, repeat_to)
    ws.set_footer("&L&A&RHalaman &P dari &N")


def _petunjuk(ws: Any, fmt: Formats, bidang: list[BidangSpec]) -> None:
    ws.set_column(0, 0, 4)
    ws.set_column(1, 1, 110)
    ws.write_string(0, 1, text("sheet.petunjuk-judul"), fmt.title)
    row = 2
    for style, key in PETUNJUK:
        if style == "h":
            row += 1
        line = text(key)
        fit_row(ws, row, {1: line}, [4, 110])
        if style.startswith("legend-"):
            ws.write_blank(row, 0, None, fmt.legend(style.removeprefix("legend-"))
                           if style != "legend-kunci" else fmt.plain)
            ws.write_string(row, 1, line, fmt.para)
        else:
            ws.write_string(row, 1, line, fmt.heading if style == "h" else fmt.para)
        row += 1
    row += 1
    ws.write_string(row, 1, text("sheet.petunjuk-daftar-bidang"), fmt.heading)
    for spec in bidang:
        row += 1
        ws.write_string(row, 1, f"• {spec.sheet}: {spec.nama}", fmt.para)
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    _protect(ws)


def write_profil_sheet(ws: Any, fmt: Formats, profil: Profil, versi: str) -> None:
    ws.set_column(C.PROFIL_LABEL_COL, C.PROFIL_LABEL_COL, 34)
    ws.set_column(C.PROFIL_VALUE_COL, C.PROFIL_VALUE_COL, 60)
    ws.write_string(0, 0, text("sheet.profil-judul"), fmt.title)
    values = {f.key: getattr(profil, f.key) for f in C.PROFIL_FIELDS}
    values["versi_nomenklatur"] = values["versi_nomenklatur"] or versi
    for i, f in enumerate(C.PROFIL_FIELDS):
        row = C.PROFIL_FIRST_ROW + i
        ws.write_string(row, C.PROFIL_LABEL_COL, f.label, fmt.label)
        _write_value(ws, row, C.PROFIL_VALUE_COL, f.kind, values[f.key],
                     fmt.input(C.RENCANA, f.kind))
        if f.validation:
            _validate(ws, row, C.PROFIL_VALUE_COL, row, f.validation)
    _protect(ws)


def _table_header(ws: Any, fmt: Formats, cols: tuple[C.Column, ...], title: str) -> None:
    ws.write_string(C.TITLE_ROW, 0, title, fmt.title)
    start = 0
    for i in range(1, len(cols) + 1):
        if i == len(cols) or cols[i].group != cols[start].group:
            label = _label(cols[start].group)
            if i - 1 > start:
                ws.merge_range(C.GROUP_ROW, start, C.GROUP_ROW, i - 1, label, fmt.group)
            else:
                ws.write_string(C.GROUP_ROW, start, label, fmt.group)
            start = i
    ws.set_row(C.HEADER_ROW, 32)
    for i, col in enumerate(cols):
        ws.write_string(C.HEADER_ROW, i, col.header, fmt.header)
        options = {"level": col.level_outline} if col.input == C.REALISASI else {}
        ws.set_column(i, i, col.width, None, options)
        if col.note:
            ws.write_comment(C.HEADER_ROW, i, col.note, {"x_scale": 2, "y_scale": 1.2})
    ws.freeze_panes(C.FIRST_DATA_ROW, 1)
    _print_setup(ws, C.HEADER_ROW)


def _table_inputs(ws: Any, fmt: Formats, cols: tuple[C.Column, ...], first: int, last: int) -> None:
    """Tint and unlock the empty input rows [first, last] and attach the validations
    (column widths and groups are set by _table_header)."""
    for i, col in enumerate(cols):
        f = fmt.input(col.input, col.kind)
        for row in range(first, last + 1):
            ws.write_blank(row, i, None, f)
        if col.validation:
            _validate(ws, C.FIRST_DATA_ROW, i, last, col.validation)


def write_sasaran_sheet(ws: Any, fmt: Formats, sasaran: list[IndikatorSasaran],
                        inputs: bool = True) -> None:
    """The Sasaran sheet. ``inputs=False`` (an output workbook) leaves out the empty tinted
    input rows and the dropdowns, whose lists live in the template's Referensi sheet."""
    cols = C.SASARAN_COLUMNS
    _table_header(ws, fmt, cols, text("sheet.sasaran-judul"))
    widths = [c.width for c in cols]
    for r, s in enumerate(sasaran, start=C.FIRST_DATA_ROW):
        values = {i: getattr(s, col.key) for i, col in enumerate(cols)}
        for i, col in enumerate(cols):
            _write_value(ws, r, i, col.kind, values[i], fmt.input(col.input, col.kind))
        fit_row(ws, r, {i: str(v) for i, v in values.items()}, widths)
    first = C.FIRST_DATA_ROW + len(sasaran)
    if inputs:
        _table_inputs(ws, fmt, cols, first, first + C.SASARAN_INPUT_ROWS - 1)
    _protect(ws)


def sub_kegiatan_rows(sub: SubKegiatan) -> list[dict[str, object]]:
    """The sheet rows of one sub kegiatan, as {column key: value}: the first row holds the
    sub kegiatan fields, every row one Keluaran and/or one Hasil indicator."""
    n = sub_kegiatan_height(sub)
    rows: list[dict[str, object]] = []
    for k in range(n):
        row: dict[str, object] = {}
        for col in C.BIDANG_COLUMNS:
            if col.level == "sub":
                if k == 0:
                    row[col.key] = getattr(sub, col.key)
            else:
                indikators: list[Indikator] = getattr(sub, col.level)
                if k < len(indikators):
                    row[col.key] = getattr(indikators[k], col.field)
        rows.append(row)
    return rows


def sub_kegiatan_height(sub: SubKegiatan) -> int:
    """Sheet rows one sub kegiatan takes: one per Keluaran/Hasil indicator pair, at least one."""
    return max(1, len(sub.keluaran), len(sub.hasil))


def bidang_layout(subs: Sequence[SubKegiatan]) -> list[int]:
    """0-based sheet row where each sub kegiatan starts (its Pagu cell is in PAGU_COL) when
    :func:`write_bidang_sheet` writes ``subs``. Pure: formulas elsewhere point at these cells."""
    rows: list[int] = []
    r = C.FIRST_DATA_ROW
    for sub in subs:
        rows.append(r)
        r += sub_kegiatan_height(sub)
    return rows


def write_bidang_sheet(ws: Any, fmt: Formats, spec: BidangSpec, subs: list[SubKegiatan],
                       inputs: bool = True) -> None:
    """A bidang sheet, rows in order (fit for XlsxWriter's constant_memory mode); the layout
    is :func:`bidang_layout`. ``inputs=False`` as for :func:`write_sasaran_sheet`."""
    cols = C.BIDANG_COLUMNS
    _table_header(ws, fmt, cols, text("sheet.bidang-judul", nama=spec.nama))
    widths = [c.width for c in cols]
    r = C.FIRST_DATA_ROW
    for sub in subs:
        for values in sub_kegiatan_rows(sub):
            for i, col in enumerate(cols):
                _write_value(ws, r, i, col.kind, values.get(col.key), fmt.input(col.input, col.kind))
            fit_row(ws, r, {i: values.get(c.key) for i, c in enumerate(cols)}, widths)
            r += 1
    if inputs:
        _table_inputs(ws, fmt, cols, r, max(r + 50, C.FIRST_DATA_ROW + C.BIDANG_INPUT_ROWS) - 1)
    _protect(ws)


def _write_value(ws: Any, row: int, col: int, kind: str, value: object, f: Any) -> None:
    """User values: text is always written as text (a leading '=' stays text)."""
    if value is None or value == "":
        ws.write_blank(row, col, None, f)
    elif kind in (C.RUPIAH, C.YEAR) and isinstance(value, int):
        ws.write_number(row, col, value, f)
    else:
        ws.write_string(row, col, str(value), f)


def _validate(ws: Any, first_row: int, col: int, last_row: int, rule: str) -> None:
    if rule in LIST_NAMES:
        options = {"validate": "list", "source": f"={LIST_NAMES[rule]}", "error_type": "warning",
                   "input_title": text(f"sheet.validasi-judul-{_short(rule)}"),
                   "input_message": text(f"sheet.validasi-pesan-{_short(rule)}")}
    elif rule == "rupiah":
        options = {"validate": "integer", "criteria": ">=", "value": 0,
                   "input_title": text("sheet.validasi-judul-rupiah"), "input_message": text("sheet.validasi-pesan-rupiah"),
                   "error_title": text("sheet.validasi-judul-rupiah"), "error_message": text("sheet.validasi-galat-rupiah")}
    elif rule == "tahun":
        options = {"validate": "integer", "criteria": "between", "minimum": 2000, "maximum": 2100,
                   "input_title": text("sheet.validasi-judul-tahun"), "input_message": text("sheet.validasi-pesan-tahun")}
    elif rule == "polaritas":
        options = {"validate": "list", "source": list(C.POLARITAS),
                   "input_title": text("sheet.validasi-judul-polaritas"), "input_message": text("sheet.validasi-pesan-polaritas")}
    elif rule == "sifat":
        options = {"validate": "list", "source": list(C.SIFAT),
                   "input_title": text("realisasi.validasi-judul-sifat"),
                   "input_message": text("realisasi.validasi-pesan-sifat")}
    elif rule == "versi":
        options = {"validate": "list", "source": list(EDITIONS),
                   "input_title": text("sheet.validasi-judul-versi"), "input_message": text("sheet.validasi-pesan-versi")}
    else:  # pragma: no cover - a column names a rule this module does not know
        raise ValueError(rule)
    ws.data_validation(first_row, col, last_row, col, options)


def _label(group: str) -> str:
    """A group label: the plan groups in texts/sheets, the realisasi groups (issue 11) in
    texts/realisasi, whose keys carry their own prefix."""
    return text(group) if group.startswith("realisasi.") else text(f"sheet.{group}")


def _short(rule: str) -> str:
    return {"sumber_dana": "sumber"}.get(rule, rule)


def _referensi(wb: Any, ws: Any, fmt: Formats, versi: str, sasaran_rows: int) -> None:
    """Lists behind the dropdowns: sub kegiatan of the edition, satuan, sumber dana."""
    ws.write_string(0, 0, text("sheet.referensi-judul"), fmt.title)
    ws.write_string(1, 0, EDITIONS.get(versi, versi), fmt.subtitle)
    head = 2
    names = nomenclature(versi)
    entries = sorted(sub_kegiatan_entries(versi), key=lambda e: e.kode)
    table = [("Kode Sub Kegiatan", 19), ("Nama Sub Kegiatan (resmi)", 60), ("Kegiatan", 45),
             ("Program", 45), ("Status Kode", 20)]
    for i, (title, width) in enumerate(table):
        ws.write_string(head, i, title, fmt.ref_header)
        ws.set_column(i, i, width)
    for r, e in enumerate(entries, start=head + 1):
        prog, keg = ".".join(e.kode.split(".")[:3]), ".".join(e.kode.split(".")[:5])
        row = (e.kode, e.nama, names[keg].nama if keg in names else "",
               names[prog].nama if prog in names else "", e.status)
        for i, v in enumerate(row):
            ws.write_string(r, i, v, fmt.plain)
    lists = [(6, "Satuan", C.SATUAN, "satuan"), (8, "Sumber Dana", C.SUMBER_DANA, "sumber_dana")]
    for col, title, values, key in lists:
        ws.set_column(col, col, 16)
        ws.write_string(head, col, title, fmt.ref_header)
        for r, v in enumerate(values, start=head + 1):
            ws.write_string(r, col, v, fmt.plain)
        wb.define_name(LIST_NAMES[key], _range(C.SHEET_REFERENSI, col, head + 1, head + len(values)))
    wb.define_name(LIST_NAMES["kode"], _range(C.SHEET_REFERENSI, 0, head + 1, head + max(1, len(entries))))
    wb.define_name(LIST_NAMES["sasaran"], _range(C.SHEET_SASARAN, 0, C.FIRST_DATA_ROW,
                                                 C.FIRST_DATA_ROW + sasaran_rows - 1))
    ws.freeze_panes(head + 1, 0)
    _protect(ws)


def _range(sheet: str, col: int, first_row: int, last_row: int) -> str:
    letter = C.col_letter(col)
    return f"='{sheet}'!${letter}${first_row + 1}:${letter}${last_row + 1}"
