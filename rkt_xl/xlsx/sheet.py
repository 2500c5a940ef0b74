"""A writer-neutral description of an output sheet, and its XlsxWriter back end.

A sheet writer (RKT, Ringkasan, Pengukuran Kinerja, Realisasi Anggaran) describes what the
sheet holds: column widths, rows of cells (text, numbers, formulas with their cached values,
notes), one-row merges, row heights, styles, print set-up and freeze panes, conditional
formats (:class:`ConditionalFormat`) and native charts (:class:`Chart`, in
:mod:`rkt_xl.xlsx.sheet_chart`). Two small back ends render a description: this
module's :func:`render` for files (XlsxWriter, row by row, so ``constant_memory`` works)
and :func:`rkt_xl.excel.write_sheet` for the live workbook (xlwings,
:mod:`rkt_xl.excel_sheet`). Both get the same cells by construction.

Rows are produced lazily (``SheetDescription.rows`` is any iterable), so a sheet of
hundreds of thousands of rows is never held whole in memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from rkt_xl.xlsx.formats import BORDER_COLOUR
from rkt_xl.xlsx.sheet_chart import Chart, render_chart


@dataclass(frozen=True)
class Style:
    """The look of a cell. Hashable, so each back end makes one format per distinct style."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    font_size: int = 10
    font_colour: str | None = None   # "#RRGGBB"
    fill: str | None = None          # "#RRGGBB"
    num_format: str | None = None    # "#,##0", "@"
    align: str | None = None         # left / center / right
    valign: str | None = None        # top / vcenter / bottom
    wrap: bool = False
    border: bool = False
    open_top: bool = False           # no top border (second row of a two-row header)
    open_bottom: bool = False        # no bottom border (first row of a two-row header)
    indent: int = 0

    def xlsxwriter(self) -> dict[str, object]:
        props: dict[str, object] = {"font_size": self.font_size}
        for key, on in (("bold", self.bold), ("italic", self.italic), ("text_wrap", self.wrap)):
            if on:
                props[key] = True
        if self.underline:
            props["underline"] = 1
        for key, value in (("bg_color", self.fill), ("font_color", self.font_colour), ("num_format", self.num_format),
                           ("align", self.align), ("valign", self.valign)):
            if value:
                props[key] = value
        if self.indent:
            props["indent"] = self.indent
        if self.border:
            props.update({"border": 1, "border_color": BORDER_COLOUR})
            if self.open_top:
                props["top"] = 0
            if self.open_bottom:
                props["bottom"] = 0
        return props


@dataclass(slots=True)   # not frozen: made once per cell, a frozen __init__ costs 4x
class Cell:
    value: str | int | float | None = None   # for a formula: its cached value
    style: Style | None = None
    formula: str = ""                         # "=..." written by our code only
    note: str = ""                            # a cell note (comment), plain text


@dataclass(slots=True)
class Row:
    index: int                                              # 0-based
    cells: dict[int, Cell] = field(default_factory=dict)    # 0-based column -> cell
    merges: tuple[tuple[int, int], ...] = ()                # (first col, last col), this row only
    height: float | None = None


@dataclass(frozen=True)
class PrintSetup:
    landscape: bool = True
    paper: int = 9                                          # A4
    fit_width: int = 1
    margins: tuple[float, float, float, float] = (0.4, 0.4, 0.5, 0.6)   # left, right, top, bottom
    repeat_rows: tuple[int, int] | None = None
    header: str = ""
    footer: str = ""


@dataclass(frozen=True)
class Highlight:
    """The look a conditional format gives a cell (no font size: it keeps the cell's)."""

    fill: str                        # "#RRGGBB"
    font_colour: str
    bold: bool = False


@dataclass(frozen=True)
class ConditionalFormat:
    """``look`` on the block (r1, c1, r2, c2), 0-based, where ``formula`` (relative to the
    block's top-left cell, "=...") is true; later rules are skipped once one applies."""

    block: tuple[int, int, int, int]
    formula: str
    look: Highlight
    stop_if_true: bool = True


@dataclass
class SheetDescription:
    name: str
    widths: list[float]
    rows: Iterable[Row]
    freeze: tuple[int, int] | None = None
    print_setup: PrintSetup = field(default_factory=PrintSetup)
    table: tuple[int, int, int, int] | None = None          # bordered block (r1, c1, r2, c2), 0-based
    conditional_formats: list[ConditionalFormat] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)       # in the order they are added
    note_scale: tuple[float, float] = (1.0, 1.0)           # size of the note boxes (x, y)


class _Formats:
    """One format per distinct style. Describers hand out the same few Style objects for
    hundreds of thousands of cells: they are found by identity first (hashing a 14-field
    dataclass per cell costs more than writing some cells), by value the first time."""

    _BY_ID_MAX = 4096   # identities remembered (their objects kept alive, so ids stay unique)

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.made: dict[Style, Any] = {}
        self.by_id: dict[int, Any] = {}
        self.kept: list[Style] = []

    def __call__(self, style: Style | None) -> Any:
        if style is None:
            return None
        f = self.by_id.get(id(style))
        if f is not None:
            return f
        f = self.made.get(style)
        if f is None:
            f = self.made[style] = self.wb.add_format(style.xlsxwriter())
        if len(self.kept) < self._BY_ID_MAX:
            self.kept.append(style)
            self.by_id[id(style)] = f
        return f


# XlsxWriter runs some 30 regular expressions over every formula to prefix the dynamic-array
# functions with _xlfn. (its Worksheet._prepare_formula). A formula naming none of them is only
# stripped of its "=" (the same result, a fraction of the time); the others go through it.
_DYNAMIC = re.compile(r"(ANCHORARRAY|BYCOL|BYROW|CHOOSECOLS|CHOOSEROWS|DROP|EXPAND|FILTER|HSTACK|LAMBDA|"
                      r"MAKEARRAY|MAP|RANDARRAY|REDUCE|SCAN|INGLE|SEQUENCE|SORT|SORTBY|SWITCH|TAKE|TEXTSPLIT|"
                      r"TOCOL|TOROW|UNIQUE|VSTACK|WRAPCOLS|WRAPROWS|XLOOKUP)\(")


def quick_formulas(ws: Any) -> None:
    """Let ``ws`` skip XlsxWriter's formula expansion where it would change nothing. Uses an
    XlsxWriter internal (3.x); when it is not there, or future functions are on, does nothing.
    Tests check that the outputs stay byte for byte the same."""
    original = getattr(ws, "_prepare_formula", None)
    if original is None or getattr(ws, "use_future_functions", True) or getattr(ws, "_quick_formulas", False):
        return

    def prepare(formula: str, expand_future_functions: bool = False) -> str:
        if expand_future_functions or _DYNAMIC.search(formula):
            return original(formula, expand_future_functions)
        if formula.startswith("{"):
            formula = formula[1:]
        if formula.startswith("="):
            formula = formula[1:]
        return formula[:-1] if formula.endswith("}") else formula

    ws._prepare_formula = prepare
    ws._quick_formulas = True


class CellWriters(NamedTuple):
    string: Any
    number: Any
    blank: Any
    formula: Any


def plain_text(value: str) -> str:
    """``value`` as XlsxWriter must be given it to show exactly that text. XlsxWriter copies a
    string that starts with ``<r>`` and ends with ``</r>`` into the sheet as rich-text XML,
    unescaped (worksheet.py and sharedstrings.py, 3.x): a cell typed that way could add a
    formula or a broken tag to our output. Such a text becomes one plain run of itself,
    escaped; any other text is returned as it is (XlsxWriter escapes it)."""
    if value.startswith("<r>") and value.endswith("</r>"):
        escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<r><t xml:space="preserve">{escaped}</t></r>'
    return value


def write_text(ws: Any, row: int, col: int, value: str, cell_format: Any = None) -> None:
    """One text cell, always text (a leading '=' stays text, see :func:`plain_text`)."""
    ws.write_string(row, col, plain_text(value), cell_format)


def quick_strings(ws: Any) -> None:
    """Let ``ws`` skip XlsxWriter's two substitutions for control characters on a string that
    has none (printable, no ``_x``: what they would return unchanged), as :func:`quick_formulas`
    does for formulas; in constant_memory mode they run on every string cell. Uses an
    XlsxWriter internal (3.x); when it is not there, does nothing."""
    original = getattr(ws, "_escape_control_characters", None)
    if original is None or getattr(ws, "_quick_strings", False):
        return

    def escape(data: object) -> object:
        if isinstance(data, str) and data.isprintable() and "_x" not in data:
            return data
        return original(data)

    ws._escape_control_characters = escape
    ws._quick_strings = True


def cell_writers(ws: Any) -> CellWriters:
    """``ws``'s cell writers without the decorator that first tries to read the arguments as
    an A1 address (ours are always row and column): XlsxWriter's own undecorated
    ``_write_string``... (3.x), called by its public methods; the public ones where those are
    absent. A fifth of the cost of writing a cell, over hundreds of thousands of cells.
    Strings go through :func:`plain_text`."""
    quick_strings(ws)
    string, number, blank, formula = (getattr(ws, f"_write_{kind}", None) or getattr(ws, f"write_{kind}")
                                      for kind in CellWriters._fields)

    def text(row: int, col: int, value: str, cell_format: Any = None) -> Any:
        return string(row, col, plain_text(value), cell_format)

    return CellWriters(text, number, blank, formula)


def render(wb: Any, ws: Any, sheet: SheetDescription, release_every: int = 1000) -> int:
    """Write ``sheet`` into the XlsxWriter worksheet ``ws``; returns the rows written.
    User text is always written with ``write_string`` (a leading '=' stays text)."""
    fmt = _Formats(wb)
    known = fmt.by_id   # the loop below runs once per cell: a format found by identity first
    quick_formulas(ws)
    string, number, blank, formula = cell_writers(ws)
    for i, width in enumerate(sheet.widths):
        ws.set_column(i, i, width)
    written = 0
    notes = False
    # constant_memory mode: a note is written with its row, before the next row
    note_options = {"x_scale": sheet.note_scale[0], "y_scale": sheet.note_scale[1]} if sheet.note_scale != (1.0, 1.0) else {}
    for row in sheet.rows:
        r = row.index
        if row.height is not None:
            ws.set_row(r, row.height)
        merged: set[int] = set()
        for first, last in row.merges:
            cell = row.cells.get(first, Cell())
            ws.merge_range(r, first, r, last, "", fmt(cell.style))
            merged.update(range(first + 1, last + 1))
        for col, cell in row.cells.items():
            if merged and col in merged:
                continue
            style = cell.style
            f = None if style is None else known.get(id(style)) or fmt(style)
            value = cell.value
            # formula, text, number or blank, decided here (this loop runs once per cell)
            if cell.formula:
                formula(r, col, cell.formula, f, value)
            elif isinstance(value, str) and value:
                string(r, col, value, f)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                number(r, col, value, f)
            else:
                blank(r, col, None, f)
            if cell.note:
                ws.write_comment(r, col, cell.note, note_options)
                notes = True
        written = r + 1
        if written % release_every == 0:
            # row heights place note boxes and charts: kept where the sheet has them
            release_written_rows(ws, keep_sizes_below=written if notes or sheet.charts else 0)
    _conditional_formats(wb, ws, sheet.conditional_formats)
    _print_setup(ws, sheet)
    for chart in sheet.charts:
        render_chart(wb, ws, chart)
    return written


def _conditional_formats(wb: Any, ws: Any, rules: list[ConditionalFormat]) -> None:
    """One format per distinct look, made before the rules (in their first-use order)."""
    looks: dict[Highlight, Any] = {}
    for rule in rules:
        if rule.look not in looks:
            looks[rule.look] = wb.add_format({"bg_color": rule.look.fill, "font_color": rule.look.font_colour,
                                              "bold": rule.look.bold})
    for rule in rules:
        r1, c1, r2, c2 = rule.block
        ws.conditional_format(r1, c1, r2, c2, {"type": "formula", "criteria": rule.formula,
                                               "format": looks[rule.look], "stop_if_true": rule.stop_if_true})


def _print_setup(ws: Any, sheet: SheetDescription) -> None:
    p = sheet.print_setup
    if sheet.freeze is not None:
        ws.freeze_panes(*sheet.freeze)
    if p.landscape:
        ws.set_landscape()
    ws.set_paper(p.paper)
    ws.fit_to_pages(p.fit_width, 0)
    left, right, top, bottom = p.margins
    ws.set_margins(left=left, right=right, top=top, bottom=bottom)
    if p.repeat_rows is not None:
        ws.repeat_rows(*p.repeat_rows)
    if p.header:
        ws.set_header(p.header)
    if p.footer:
        ws.set_footer(p.footer)


def release_written_rows(ws: Any, keep_sizes_below: int = 0) -> None:
    """In constant_memory mode XlsxWriter keeps, for every ``set_row()``, the row's
    properties (``row_info``, needed only until the row is written) and its height
    (``row_sizes``, needed only to place comments and pictures): some 100 MB at 300,000 rows
    with explicit heights. Drop both for rows already written, keeping the heights of the rows
    above ``keep_sizes_below`` (where a sheet has comments). Uses XlsxWriter internals (3.x);
    when they are not there, does nothing. Tests check that the heights reach the file."""
    info, sizes = getattr(ws, "row_info", None), getattr(ws, "row_sizes", None)
    current = getattr(ws, "previous_row", None)
    if not (getattr(ws, "constant_memory", False) and isinstance(info, dict) and isinstance(sizes, dict)
            and isinstance(current, int)):
        return
    for r in [r for r in info if r < current]:
        del info[r]
    for r in [r for r in sizes if keep_sizes_below <= r < current]:
        del sizes[r]
