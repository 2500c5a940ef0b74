"""A writer-neutral native chart of a sheet description, and its XlsxWriter back end.

A :class:`Chart` names its data by cell blocks of the workbook (never by values), so the
chart follows the cells when they are recalculated or edited. The xlwings back end is
:func:`rkt_xl.excel_sheet.add_chart`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rkt_xl.workbook.layout import col_letter

Block = tuple[str, int, int, int, int]   # sheet, first row, first col, last row, last col (0-based)


def block_formula(block: Block) -> str:
    """``='Sheet'!$A$6:$A$16`` (the sheet name always quoted)."""
    sheet, r1, c1, r2, c2 = block
    quoted = "'" + sheet.replace("'", "''") + "'"
    return f"={quoted}!${col_letter(c1)}${r1 + 1}:${col_letter(c2)}${r2 + 1}"


@dataclass(frozen=True)
class Axis:
    min: float | None = None
    reverse: bool = False            # categories top to bottom (a bar chart in table order)
    num_format: str | None = None
    gridlines: str | None = None     # colour of the major gridlines; None: none
    font_size: int | None = None     # of the axis numbers


@dataclass(frozen=True)
class Series:
    name: str
    categories: Block
    values: Block
    fill: str                        # "#RRGGBB"
    border: str | None = None
    label_format: str | None = None  # value labels in this number format; None: no labels
    label_font_size: int | None = None


@dataclass(frozen=True)
class Chart:
    kind: str                        # bar (horizontal bars) | column
    title: str
    series: tuple[Series, ...]
    at: tuple[int, int]              # top-left cell (row, col), 0-based
    size: tuple[int, int]            # width, height in pixels
    x_axis: Axis = field(default_factory=Axis)   # the category axis of a column chart, values of a bar chart
    y_axis: Axis = field(default_factory=Axis)
    legend: str | None = None        # position ("bottom"); None: no legend
    title_size: int = 11


def _axis(axis: Axis) -> dict[str, object]:
    out: dict[str, object] = {}
    if axis.min is not None:
        out["min"] = axis.min
    if axis.reverse:
        out["reverse"] = True
    if axis.num_format:
        out["num_format"] = axis.num_format
    if axis.gridlines:
        out["major_gridlines"] = {"visible": True, "line": {"color": axis.gridlines}}
    if axis.font_size:
        out["num_font"] = {"size": axis.font_size}
    return out


def render_chart(wb: Any, ws: Any, chart: Chart) -> None:
    """Add ``chart`` to the XlsxWriter worksheet ``ws``."""
    xl = wb.add_chart({"type": chart.kind})
    for s in chart.series:
        series: dict[str, object] = {"name": s.name, "categories": list(s.categories), "values": list(s.values),
                                     "fill": {"color": s.fill}}
        if s.border:
            series["border"] = {"color": s.border}
        if s.label_format:
            labels: dict[str, object] = {"value": True, "num_format": s.label_format}
            if s.label_font_size:
                labels["font"] = {"size": s.label_font_size}
            series["data_labels"] = labels
        xl.add_series(series)
    xl.set_title({"name": chart.title, "name_font": {"size": chart.title_size}})
    for axis, setter in ((chart.x_axis, xl.set_x_axis), (chart.y_axis, xl.set_y_axis)):
        if axis != Axis():
            setter(_axis(axis))
    xl.set_legend({"position": chart.legend} if chart.legend else {"none": True})
    xl.set_size({"width": chart.size[0], "height": chart.size[1]})
    ws.insert_chart(chart.at[0], chart.at[1], xl)
