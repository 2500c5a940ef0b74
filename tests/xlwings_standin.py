"""An in-memory stand-in for the part of the xlwings API that rkt_xl.excel uses (same
names and shapes: Book.sheets, Sheet.range/used_range/clear/delete/charts/api,
Range.value/options/color/note/add_hyperlink/font/column_width/left/top/api,
Charts.add, Chart.chart_type/delete/api, App.status_bar/alert/screen_updating/api).
``.api`` gives the stand-in of the few members of Excel's own object model used where xlwings
has no call (tests/xlwings_standin_native.py). Excel cannot run on Linux; this lets the
adapter run for real against known cells."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tests.xlwings_standin_native import AppApi, ChartApi, RangeApi, SheetApi


def _rc(address: str) -> tuple[int, int]:
    m = re.fullmatch(r"\$?([A-Z]+)\$?(\d+)", address)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


@dataclass
class Note:
    text: str
    cell: Cell

    def delete(self) -> None:
        self.cell.note = None


@dataclass
class Cell:
    value: object = None
    formula: str | None = None
    color: tuple[int, int, int] | None = None
    note: Note | None = None
    hyperlink: str | None = None
    bold: bool = False
    number_format: str = "General"
    wrap: bool = False
    italic: bool = False
    font_color: tuple[int, int, int] | None = None


class App:
    def __init__(self) -> None:
        self.status_bar: str | bool = False
        self.status_history: list[str] = []
        self.screen_updating = True
        self.alerts: list[dict[str, str]] = []
        self.answers: list[str] = []     # what the user clicks in the next boxes ("ok", "cancel"...)
        self.book: Book | None = None
        self._api: AppApi | None = None

    @property
    def api(self) -> AppApi:
        if self._api is None:
            self._api = AppApi(self)
        return self._api

    def __setattr__(self, name: str, value: object) -> None:
        if name == "status_bar" and isinstance(value, str):
            self.__dict__.setdefault("status_history", []).append(value)
        super().__setattr__(name, value)

    def alert(self, prompt: str, title: str | None = None, buttons: str = "ok", mode: str | None = None) -> str:
        self.alerts.append({"prompt": prompt, "title": title, "buttons": buttons, "mode": mode})
        return self.answers.pop(0) if self.answers else "ok"


class Font:
    def __init__(self, rng: Range) -> None:
        self._rng = rng

    @property
    def bold(self) -> bool:
        return self._rng._cell(*self._rng.top_left).bold

    @bold.setter
    def bold(self, value: bool) -> None:
        for c in self._rng._cells():
            c.bold = value

    @property
    def italic(self) -> bool:
        return self._rng._cell(*self._rng.top_left).italic

    @italic.setter
    def italic(self, value: bool) -> None:
        for c in self._rng._cells():
            c.italic = value

    @property
    def color(self) -> tuple[int, int, int] | None:
        return self._rng._cell(*self._rng.top_left).font_color

    @color.setter
    def color(self, value: tuple[int, int, int]) -> None:
        for c in self._rng._cells():
            c.font_color = value


class Range:
    def __init__(self, sheet: Sheet, first: tuple[int, int], last: tuple[int, int] | None = None,
                 options: dict | None = None) -> None:
        self.sheet, self.top_left = sheet, first
        self.bottom_right = last or first
        self._options = options or {}

    def options(self, **kwargs: object) -> Range:
        return Range(self.sheet, self.top_left, self.bottom_right, {**self._options, **kwargs})

    def _cell(self, r: int, c: int) -> Cell:
        return self.sheet.cells.setdefault((r, c), Cell())

    def _cells(self):
        (r1, c1), (r2, c2) = self.top_left, self.bottom_right
        return [self._cell(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]

    @property
    def row(self) -> int:
        return self.top_left[0]

    @property
    def column(self) -> int:
        return self.top_left[1]

    @property
    def last_cell(self) -> Range:
        return Range(self.sheet, self.bottom_right)

    @property
    def value(self):
        (r1, c1), (r2, c2) = self.top_left, self.bottom_right
        grid = [[self.sheet.cells.get((r, c), Cell()).value for c in range(c1, c2 + 1)] for r in range(r1, r2 + 1)]
        if self._options.get("ndim") == 2 or (r1, c1) != (r2, c2):
            return grid if self._options.get("ndim") == 2 or (r2 > r1 and c2 > c1) else (
                grid[0] if r1 == r2 else [row[0] for row in grid])
        return grid[0][0]

    @value.setter
    def value(self, data: object) -> None:
        rows = data if isinstance(data, list) and data and isinstance(data[0], list) else [data]
        r0, c0 = self.top_left
        for i, row in enumerate(rows):
            for j, v in enumerate(row if isinstance(row, list) else [row]):
                cell = self._cell(r0 + i, c0 + j)
                if isinstance(v, str) and v.startswith("="):
                    cell.formula, cell.value = v, None      # Excel would compute it
                elif isinstance(v, str) and v.startswith("'"):
                    cell.formula, cell.value = None, v[1:]  # apostrophe: stays text
                else:
                    cell.formula, cell.value = None, v

    @property
    def formula(self):
        return self._cell(*self.top_left).formula

    @formula.setter
    def formula(self, data: object) -> None:
        self.value = data

    @property
    def color(self):
        return self._cell(*self.top_left).color

    @color.setter
    def color(self, value) -> None:
        for c in self._cells():
            c.color = value

    @property
    def note(self) -> Note | None:
        return self._cell(*self.top_left).note

    @property
    def api(self) -> RangeApi:
        return RangeApi(self)

    @property
    def left(self) -> float:    # points, from the column widths (about 7 px per character)
        return sum(self.sheet.widths.get(c, 8.43) * 7 * 0.75 for c in range(1, self.top_left[1]))

    @property
    def top(self) -> float:
        return sum(self.sheet.heights.get(r, 15.0) for r in range(1, self.top_left[0]))

    def add_hyperlink(self, address: str, text_to_display: str | None = None, screen_tip: str | None = None) -> None:
        cell = self._cell(*self.top_left)
        cell.hyperlink, cell.value = address, text_to_display or address

    @property
    def font(self) -> Font:
        return Font(self)

    @property
    def column_width(self) -> float:
        return self.sheet.widths.get(self.top_left[1], 8.43)

    @column_width.setter
    def column_width(self, value: float) -> None:
        for c in range(self.top_left[1], self.bottom_right[1] + 1):
            self.sheet.widths[c] = value

    def merge(self, across: bool = False) -> None:
        from rkt_xl.workbook.layout import a1

        (r1, c1), (r2, c2) = self.top_left, self.bottom_right
        self.sheet.merges.append(f"{a1(r1 - 1, c1 - 1)}:{a1(r2 - 1, c2 - 1)}")

    @property
    def wrap_text(self) -> bool:
        return self._cell(*self.top_left).wrap

    @wrap_text.setter
    def wrap_text(self, value: bool) -> None:
        for c in self._cells():
            c.wrap = value

    @property
    def row_height(self) -> float:
        return self.sheet.heights.get(self.top_left[0], 15.0)

    @row_height.setter
    def row_height(self, value: float) -> None:
        for r in range(self.top_left[0], self.bottom_right[0] + 1):
            self.sheet.heights[r] = value

    @property
    def number_format(self) -> str:
        return self._cell(*self.top_left).number_format

    @number_format.setter
    def number_format(self, value: str) -> None:
        for c in self._cells():
            c.number_format = value


@dataclass
class Sheet:
    name: str
    book: Book
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    merges: list[str] = field(default_factory=list)
    conditions: list = field(default_factory=list)          # FormatConditions.Add, in order
    borders: dict = field(default_factory=dict)             # block -> Borders
    charts: Charts = field(default=None)
    api: SheetApi = field(default_factory=SheetApi)

    def __post_init__(self) -> None:
        self.charts = Charts()

    def delete(self) -> None:
        self.book.sheets._list.remove(self)

    def range(self, first, last=None) -> Range:
        if isinstance(first, str) and ":" in first:
            first, last = first.split(":")
        a = _rc(first) if isinstance(first, str) else first
        b = (_rc(last) if isinstance(last, str) else last) if last is not None else None
        return Range(self, a, b)

    @property
    def used_range(self) -> Range:
        used = [k for k, c in self.cells.items() if c.value is not None or c.formula]
        if not used:
            return Range(self, (1, 1))
        return Range(self, (min(r for r, _ in used), min(c for _, c in used)),
                     (max(r for r, _ in used), max(c for _, c in used)))

    def clear(self) -> None:
        """Cells.Clear: values, formats, notes, merges, conditional formats (not charts)."""
        self.cells.clear()
        self.merges.clear()
        self.heights.clear()
        self.conditions.clear()
        self.borders.clear()

    def activate(self) -> None:
        self.book.active = self.name

    def values(self) -> dict[str, object]:
        """{A1: value or formula} of every non-empty cell, for comparisons in tests."""
        from rkt_xl.workbook.layout import a1

        return {a1(r - 1, c - 1): (cell.formula or cell.value) for (r, c), cell in sorted(self.cells.items())
                if cell.value is not None or cell.formula}


@dataclass
class Chart:
    left: float
    top: float
    width: float
    height: float
    charts: Charts
    name: str = ""
    chart_type: str = "column_clustered"
    api: tuple = field(default_factory=lambda: (None, ChartApi()))   # (ChartObject, Chart) as on Windows

    def delete(self) -> None:
        self.charts._list.remove(self)


class Charts:
    def __init__(self) -> None:
        self._list: list[Chart] = []

    def __iter__(self):
        return iter(list(self._list))

    def __len__(self) -> int:
        return len(self._list)

    def __getitem__(self, i: int) -> Chart:
        return self._list[i]

    def add(self, left: float = 0, top: float = 0, width: float = 355, height: float = 211) -> Chart:
        chart = Chart(left, top, width, height, self, name=f"Chart {len(self._list) + 1}")
        self._list.append(chart)
        return chart


class Sheets:
    def __init__(self, book: Book) -> None:
        self.book = book
        self._list: list[Sheet] = []

    def __iter__(self):
        return iter(list(self._list))

    def __len__(self) -> int:
        return len(self._list)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self._list[key]
        return next(s for s in self._list if s.name == key)

    def add(self, name: str, before=None, after=None) -> Sheet:
        sheet = Sheet(name, self.book)
        index = self._list.index(after) + 1 if after is not None else 0
        self._list.insert(index, sheet)
        return sheet


class Book:
    def __init__(self, name: str = "RKT.xlsm", fullname: str | None = None) -> None:
        self.name, self.app, self.active = name, App(), None
        self.fullname = fullname or name   # the saved file's path, as xlwings gives it
        self.sheets = Sheets(self)
        self.app.book = self

    @classmethod
    def from_grids(cls, grids: dict[str, list[list[object]]], name: str = "RKT.xlsm",
                   fullname: str | None = None) -> Book:
        book = cls(name, fullname)
        for sheet_name, grid in grids.items():
            sheet = book.sheets.add(sheet_name, after=book.sheets[len(book.sheets) - 1] if len(book.sheets) else None)
            for r, row in enumerate(grid, start=1):
                for c, v in enumerate(row, start=1):
                    if v is not None and v != "":
                        sheet.cells[(r, c)] = Cell(value=v)
        return book
