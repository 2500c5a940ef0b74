"""The input sheets staff fill (Profil, Sasaran, one per bidang): their table header, the
input cells with dropdowns and rules, and the values of a model. Columns come from the one
definition in :mod:`rkt_xl.workbook.layout`; formats from :class:`rkt_xl.xlsx.template.Formats`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from rkt_xl.model.entities import Indikator, IndikatorSasaran, Profil, SubKegiatan
from rkt_xl.model.nomenclature import EDITIONS
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.xlsx.sheet import CellWriters, cell_writers, write_text
from rkt_xl.xlsx.template_formats import LIST_NAMES, Formats, fit_row, print_setup, protect


def write_profil_sheet(ws: Any, fmt: Formats, profil: Profil, versi: str) -> None:
    ws.set_column(C.PROFIL_LABEL_COL, C.PROFIL_LABEL_COL, 34)
    ws.set_column(C.PROFIL_VALUE_COL, C.PROFIL_VALUE_COL, 60)
    write_text(ws, 0, 0, text("sheet.profil-judul"), fmt.title)
    values = {f.key: getattr(profil, f.key) for f in C.PROFIL_FIELDS}
    values["versi_nomenklatur"] = values["versi_nomenklatur"] or versi
    write = cell_writers(ws)
    for i, f in enumerate(C.PROFIL_FIELDS):
        row = C.PROFIL_FIRST_ROW + i
        write_text(ws, row, C.PROFIL_LABEL_COL, f.label, fmt.label)
        _write_value(write, row, C.PROFIL_VALUE_COL, f.kind, values[f.key],
                     fmt.input(C.RENCANA, f.kind))
        if f.validation:
            _validate(ws, row, C.PROFIL_VALUE_COL, row, f.validation)
    protect(ws)


def _table_header(ws: Any, fmt: Formats, cols: tuple[C.Column, ...], title: str) -> None:
    write_text(ws, C.TITLE_ROW, 0, title, fmt.title)
    start = 0
    for i in range(1, len(cols) + 1):
        if i == len(cols) or cols[i].group != cols[start].group:
            label = _label(cols[start].group)
            if i - 1 > start:
                ws.merge_range(C.GROUP_ROW, start, C.GROUP_ROW, i - 1, label, fmt.group)
            else:
                write_text(ws, C.GROUP_ROW, start, label, fmt.group)
            start = i
    ws.set_row(C.HEADER_ROW, 32)
    for i, col in enumerate(cols):
        write_text(ws, C.HEADER_ROW, i, col.header, fmt.header)
        options = {"level": col.level_outline} if col.input == C.REALISASI else {}
        ws.set_column(i, i, col.width, None, options)
        if col.note:
            ws.write_comment(C.HEADER_ROW, i, col.note, {"x_scale": 2, "y_scale": 1.2})
    ws.freeze_panes(C.FIRST_DATA_ROW, 1)
    print_setup(ws, C.HEADER_ROW)


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
    write = cell_writers(ws)
    for r, s in enumerate(sasaran, start=C.FIRST_DATA_ROW):
        values = {i: getattr(s, col.key) for i, col in enumerate(cols)}
        for i, col in enumerate(cols):
            _write_value(write, r, i, col.kind, values[i], fmt.input(col.input, col.kind))
        fit_row(ws, r, {i: str(v) for i, v in values.items()}, widths)
    first = C.FIRST_DATA_ROW + len(sasaran)
    if inputs:
        _table_inputs(ws, fmt, cols, first, first + C.SASARAN_INPUT_ROWS - 1)
    protect(ws)


# Where each bidang column's value comes from: (column index, key, level, field), once.
_PLACES = tuple((i, col.key, col.level, col.field) for i, col in enumerate(C.BIDANG_COLUMNS))


def _row_values(sub: SubKegiatan, k: int) -> Iterator[tuple[int, object]]:
    """(column, value) of the cells that row ``k`` of ``sub`` fills: the first row holds the
    sub kegiatan fields, every row one Keluaran and/or one Hasil indicator."""
    for i, key, level, name in _PLACES:
        if level == "sub":
            if k == 0:
                yield i, getattr(sub, key)
        else:
            indikators: list[Indikator] = getattr(sub, level)
            if k < len(indikators):
                yield i, getattr(indikators[k], name)


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
    formats = [fmt.input(col.input, col.kind) for col in cols]
    kinds = [col.kind for col in cols]
    write = cell_writers(ws)
    r = C.FIRST_DATA_ROW
    for sub in subs:
        for k in range(sub_kegiatan_height(sub)):
            values: list[object] = [None] * len(cols)
            for i, value in _row_values(sub, k):
                values[i] = value
            for i, value in enumerate(values):
                _write_value(write, r, i, kinds[i], value, formats[i])
            fit_row(ws, r, dict(enumerate(values)), widths)
            r += 1
    if inputs:
        _table_inputs(ws, fmt, cols, r, max(r + 50, C.FIRST_DATA_ROW + C.BIDANG_INPUT_ROWS) - 1)
    protect(ws)


def _write_value(write: CellWriters, row: int, col: int, kind: str, value: object, f: Any) -> None:
    """User values: text is always written as text (a leading '=' stays text)."""
    if value is None or value == "":
        write.blank(row, col, None, f)
    elif kind in _NUMBER_KINDS and isinstance(value, int):
        write.number(row, col, value, f)
    else:
        write.string(row, col, str(value), f)


_NUMBER_KINDS = frozenset({C.RUPIAH, C.YEAR})


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
