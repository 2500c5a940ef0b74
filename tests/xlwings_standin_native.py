"""The stand-in of the few members of Excel's own object model (COM, what xlwings' ``.api``
returns on Windows) that rkt_xl uses where xlwings has no call: Range.AddComment,
Range.Borders.LineStyle, Range.FormatConditions.Add, Worksheet.PageSetup,
Application.ActiveWindow (freeze panes), Chart.SeriesCollection().NewSeries() and the
chart's title, legend and axes. Same names as Excel's; an unknown member raises
AttributeError (``__slots__``), so a misspelt COM call fails here as it would in Excel."""

from __future__ import annotations

from typing import Any


class _Bag:
    """Settable properties with Excel's names only."""

    __slots__: tuple[str, ...] = ()

    def __init__(self, **values: Any) -> None:
        for name in self.__slots__:
            object.__setattr__(self, name, values.get(name))


class Borders(_Bag):
    __slots__ = ("LineStyle",)


class Interior(_Bag):
    __slots__ = ("Color",)


class FontApi(_Bag):
    __slots__ = ("Color", "Bold")


class FormatCondition(_Bag):
    __slots__ = ("Type", "Formula1", "Interior", "Font", "StopIfTrue", "Block")


class FormatConditions:
    def __init__(self, rng: Any) -> None:
        self._rng = rng

    def Add(self, Type: int, Formula1: str = "") -> FormatCondition:  # noqa: N802, N803 - Excel's names
        (r1, c1), (r2, c2) = self._rng.top_left, self._rng.bottom_right
        condition = FormatCondition(Type=Type, Formula1=Formula1, Interior=Interior(), Font=FontApi(),
                                    StopIfTrue=False, Block=(r1, c1, r2, c2))
        self._rng.sheet.conditions.append(condition)
        return condition


class RangeApi:
    """Range (COM) of the stand-in's Range."""

    def __init__(self, rng: Any) -> None:
        self._rng = rng
        (r1, c1), (r2, c2) = rng.top_left, rng.bottom_right
        self.Borders = rng.sheet.borders.setdefault((r1, c1, r2, c2), Borders())
        self.FormatConditions = FormatConditions(rng)

    def AddComment(self, Text: str = "") -> Any:  # noqa: N802, N803
        from tests.xlwings_standin import Note

        cell = self._rng._cell(*self._rng.top_left)
        if cell.note is not None:
            raise RuntimeError("Excel: the cell already has a comment (AddComment fails)")
        cell.note = Note(Text, cell)
        return cell.note


class PageSetup(_Bag):
    __slots__ = ("Orientation", "PaperSize", "Zoom", "FitToPagesWide", "FitToPagesTall", "LeftMargin",
                 "RightMargin", "TopMargin", "BottomMargin", "PrintTitleRows", "LeftHeader", "CenterHeader",
                 "RightHeader", "LeftFooter", "CenterFooter", "RightFooter")


class SheetApi:
    def __init__(self) -> None:
        self.PageSetup = PageSetup()


class Window(_Bag):
    __slots__ = ("FreezePanes", "SplitRow", "SplitColumn", "Sheet")


class AppApi:
    """Application (COM): the active window shows the active sheet."""

    def __init__(self, app: Any) -> None:
        self._app = app
        self._windows: dict[str, Window] = {}

    @property
    def ActiveWindow(self) -> Window:  # noqa: N802
        name = self._app.book.active
        return self._windows.setdefault(name, Window(Sheet=name))


class ForeColor(_Bag):
    __slots__ = ("RGB",)


class Fill:
    def __init__(self) -> None:
        self.ForeColor = ForeColor()


class Format:
    def __init__(self) -> None:
        self.Fill = Fill()


class DataLabels(_Bag):
    __slots__ = ("NumberFormat",)


class Series(_Bag):
    __slots__ = ("Name", "Values", "XValues", "HasDataLabels", "Format", "_labels")

    def DataLabels(self) -> DataLabels:  # noqa: N802
        if self._labels is None:
            object.__setattr__(self, "_labels", DataLabels())
        return self._labels


class SeriesCollection(list):
    def NewSeries(self) -> Series:  # noqa: N802
        series = Series(Format=Format())
        self.append(series)
        return series


class TickLabels(_Bag):
    __slots__ = ("NumberFormat",)


class Axis(_Bag):
    __slots__ = ("MinimumScale", "ReversePlotOrder", "HasMajorGridlines", "TickLabels")


class ChartTitle(_Bag):
    __slots__ = ("Text",)


class Legend(_Bag):
    __slots__ = ("Position",)


class ChartApi(_Bag):
    __slots__ = ("HasTitle", "ChartTitle", "HasLegend", "Legend", "_series", "_axes")

    def __init__(self) -> None:
        super().__init__(ChartTitle=ChartTitle(), Legend=Legend())
        object.__setattr__(self, "_series", SeriesCollection())
        object.__setattr__(self, "_axes", {1: Axis(TickLabels=TickLabels()), 2: Axis(TickLabels=TickLabels())})

    def SeriesCollection(self) -> SeriesCollection:  # noqa: N802
        return self._series

    def Axes(self, Type: int) -> Axis:  # noqa: N802, N803
        return self._axes[Type]
