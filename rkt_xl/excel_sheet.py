"""The xlwings back end of a sheet description (:mod:`rkt_xl.xlsx.sheet`), for the buttons.

Cells go in with the calls xlwings has (values and formulas in one write, widths, heights,
fonts, fills, number formats, merges, charts). What xlwings has no call for goes through
the native object (``.api``, Excel's COM object model on Windows): creating a note
(``Range.AddComment``), conditional formats (``FormatConditions.Add``), page set-up, freeze
panes, the series of a chart. Where the native object is missing (``api`` is None) those
parts are skipped: the cells are still right. Like :mod:`rkt_xl.excel` this module never
imports xlwings; it works on any object with that API (tests: tests/xlwings_standin.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rkt_xl.xlsx.formats import rgb
from rkt_xl.xlsx.sheet import ConditionalFormat, Row, SheetDescription, Style
from rkt_xl.xlsx.sheet_chart import Axis, Chart, block_formula

# Text Excel would take for a formula, or whose leading apostrophe it would eat as its text mark
FORMULA_TRIGGERS = ("=", "+", "-", "@", "'")
# Excel constants (COM): FormatConditions.Add Type, PageSetup.Orientation, Axes(), Legend.Position
XL_EXPRESSION, XL_LANDSCAPE, XL_CATEGORY, XL_VALUE, XL_LEGEND_BOTTOM = 2, 2, 1, 2, -4107
CHART_TYPES = {"bar": "bar_clustered", "column": "column_clustered"}
POINTS_PER_PIXEL = 0.75


def as_cell_text(value: object) -> object:
    """User text that Excel would take for a formula (or that starts with an apostrophe, as
    ``'Sheet'!A1``) gets a leading apostrophe: it stays text, shown as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def native(obj: Any) -> Any:
    """The object's native (COM) object, or None where there is none."""
    return getattr(obj, "api", None)


def add_note(rng: Any, note: str) -> None:
    """A note on the cell ``rng`` (xlwings reads, edits and deletes notes; it cannot make one)."""
    api = native(rng)
    if api is not None:
        api.AddComment(note)


def bgr(colour: str) -> int:
    """``#RRGGBB`` as the integer Excel's object model takes (red in the low byte)."""
    r, g, b = rgb(colour)
    return r + 256 * g + 65536 * b


def write_sheet(ws: Any, sheet: SheetDescription) -> None:
    """Every value and formula in one write, then formats in runs of equal cells (one call
    per run, not per cell), merges, widths, heights, notes, conditional formats, charts,
    page set-up and freeze panes. Replaces what a previous run wrote (cells and charts)."""
    ws.clear()
    for old in list(ws.charts):
        old.delete()
    rows = list(sheet.rows)
    n_rows = max((row.index for row in rows), default=-1) + 1
    n_cols = max((c for row in rows for c in row.cells), default=-1) + 1
    grid: list[list[object]] = [[None] * n_cols for _ in range(n_rows)]
    for row in rows:
        for c, cell in row.cells.items():    # formulas as they are, user text kept as text
            grid[row.index][c] = cell.formula or as_cell_text(cell.value)
    if grid:
        ws.range((1, 1)).value = grid
    for col, width in enumerate(sheet.widths, start=1):
        ws.range((1, col)).column_width = width
    for row in rows:
        _format_row(ws, row)
    if sheet.table is not None:
        r1, c1, r2, c2 = sheet.table
        table = native(ws.range((r1 + 1, c1 + 1), (r2 + 1, c2 + 1)))
        if table is not None:                # thin borders, one call
            table.Borders.LineStyle = 1
    for rule in sheet.conditional_formats:
        _conditional_format(ws, rule)
    for chart in sheet.charts:
        add_chart(ws, chart)
    _page_setup(ws, sheet)


def _format_row(ws: Any, row: Row) -> None:
    r = row.index + 1
    if row.height is not None:
        ws.range((r, 1)).row_height = row.height
    for (c1, c2), style in _runs(row):
        rng = ws.range((r, c1 + 1), (r, c2 + 1))
        font = rng.font
        if style.bold:
            font.bold = True
        if style.italic:
            font.italic = True
        if style.font_colour is not None:
            font.color = rgb(style.font_colour)
        if style.fill is not None:
            rng.color = rgb(style.fill)
        if style.num_format is not None:
            rng.number_format = style.num_format
        if style.wrap:
            rng.wrap_text = True
    for c1, c2 in row.merges:
        ws.range((r, c1 + 1), (r, c2 + 1)).merge()
    for c, cell in row.cells.items():
        if cell.note:
            add_note(ws.range((r, c + 1)), cell.note)


def _runs(row: Row) -> Iterator[tuple[tuple[int, int], Style]]:
    """Runs of adjacent cells of ``row`` with the same style: ((first col, last col), style)."""
    start, current = 0, None
    for c in range(0, max(row.cells, default=-1) + 2):
        cell = row.cells.get(c)
        style = cell.style if cell is not None else None
        if current is not None and style != current:
            yield (start, c - 1), current
            current = None
        if current is None and style is not None:
            start, current = c, style


def _conditional_format(ws: Any, rule: ConditionalFormat) -> None:
    r1, c1, r2, c2 = rule.block
    api = native(ws.range((r1 + 1, c1 + 1), (r2 + 1, c2 + 1)))
    if api is None:
        return
    condition = api.FormatConditions.Add(Type=XL_EXPRESSION, Formula1=rule.formula)
    condition.Interior.Color = bgr(rule.look.fill)
    condition.Font.Color = bgr(rule.look.font_colour)
    condition.Font.Bold = rule.look.bold
    condition.StopIfTrue = rule.stop_if_true


def add_chart(ws: Any, chart: Chart) -> Any:
    """The chart at its cell with its type (xlwings), its series, title, axes and legend
    (native chart object)."""
    anchor = ws.range((chart.at[0] + 1, chart.at[1] + 1))
    width, height = (n * POINTS_PER_PIXEL for n in chart.size)
    made = ws.charts.add(anchor.left, anchor.top, width, height)
    made.chart_type = CHART_TYPES[chart.kind]
    api = native(made)
    if api is None:
        return made
    xl = api[1]                              # (ChartObject, Chart) on Windows
    for s in chart.series:
        series = xl.SeriesCollection().NewSeries()
        series.Name = s.name
        series.Values = block_formula(s.values)
        series.XValues = block_formula(s.categories)
        series.Format.Fill.ForeColor.RGB = bgr(s.fill)
        if s.label_format:
            series.HasDataLabels = True
            series.DataLabels().NumberFormat = s.label_format
    xl.HasTitle = True
    xl.ChartTitle.Text = chart.title
    xl.HasLegend = chart.legend is not None
    if chart.legend == "bottom":
        xl.Legend.Position = XL_LEGEND_BOTTOM
    # XlsxWriter's x axis is the horizontal one: the values of a bar chart, the categories of a column chart
    values, categories = (chart.x_axis, chart.y_axis) if chart.kind == "bar" else (chart.y_axis, chart.x_axis)
    _axis(xl.Axes(XL_VALUE), values)
    _axis(xl.Axes(XL_CATEGORY), categories)
    return made


def _axis(axis: Any, spec: Axis) -> None:
    if spec.min is not None:
        axis.MinimumScale = spec.min
    if spec.reverse:
        axis.ReversePlotOrder = True
    if spec.num_format:
        axis.TickLabels.NumberFormat = spec.num_format
    if spec.gridlines:
        axis.HasMajorGridlines = True


_SECTION = re.compile(r"&([LCR])")


def footer_sections(footer: str) -> dict[str, str]:
    """An XlsxWriter header/footer (``&L...&C...&R...``) as Excel's three sections."""
    out = {"L": "", "C": "", "R": ""}
    parts = _SECTION.split(footer)
    if parts[0]:
        out["C"] = parts[0]
    for code, content in zip(parts[1::2], parts[2::2], strict=True):
        out[code] = content
    return out


def _page_setup(ws: Any, sheet: SheetDescription) -> None:
    api = native(ws)
    if api is None:
        return
    p, page = sheet.print_setup, api.PageSetup
    if p.landscape:
        page.Orientation = XL_LANDSCAPE
    page.PaperSize = p.paper
    page.Zoom = False
    page.FitToPagesWide = p.fit_width
    page.FitToPagesTall = False
    left, right, top, bottom = p.margins
    page.LeftMargin, page.RightMargin, page.TopMargin, page.BottomMargin = (m * 72 for m in (left, right, top, bottom))
    if p.repeat_rows is not None:
        page.PrintTitleRows = f"${p.repeat_rows[0] + 1}:${p.repeat_rows[1] + 1}"
    for name, text in (("Header", p.header), ("Footer", p.footer)):
        for code, content in footer_sections(text).items():
            setattr(page, {"L": "Left", "C": "Center", "R": "Right"}[code] + name, content)
    if sheet.freeze is not None:
        _freeze(ws, *sheet.freeze)


def _freeze(ws: Any, rows: int, cols: int) -> None:
    """Freeze panes: a window property in Excel, set on the sheet while it is active."""
    app = native(ws.book.app)
    if app is None:
        return
    ws.activate()
    window = app.ActiveWindow
    window.FreezePanes = False
    window.SplitColumn, window.SplitRow = cols, rows
    window.FreezePanes = True
