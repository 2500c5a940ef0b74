"""The buttons inside Excel (xlwings). Only translation: the live workbook (including edits
not yet saved) is read in bulk, the library does the work, results go back as cells.

This is the only module that imports xlwings, and only when a button calls it. Each entry
point takes ``xw.Book.caller()``; the ``run_*`` functions take any object with the small
part of the xlwings API used here, so they are tested on Linux against a stand-in.
Errors reach the user as a message box in Bahasa Indonesia, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rkt_xl.errors import RktXlError
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text
from rkt_xl.validation.findings import GALAT, Report
from rkt_xl.validation.judge import Judgement, Source, judge
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.live import split_error_values
from rkt_xl.xlsx.live_rkt import live_rkt_image
from rkt_xl.xlsx.validasi_sheet import (
    COLUMNS,
    HEADER_ROW,
    finding_rows,
    header_cells,
    screen_tip,
    summary_line,
)

# Sheets the buttons never read as input.
OUTPUT_SHEETS = frozenset({C.SHEET_PETUNJUK, C.SHEET_REFERENSI, C.SHEET_RKT, C.SHEET_VALIDASI,
                           C.SHEET_RINGKASAN, "xlwings.conf", "_xlwings.conf"})
MARK_COLOURS = {GALAT: (255, 153, 153), "peringatan": (255, 217, 102)}
ROW_COLOURS = {GALAT: (248, 203, 173), "peringatan": (255, 242, 204), "berkas": (244, 176, 132)}
ORIGINAL_COLOUR_COL = 9   # hidden columns of the Validasi sheet: sheet, cell, the fill a marked
ORIGINAL_NOTE_COL = ORIGINAL_COLOUR_COL + 3   # cell had and its note ("n:" + text; "" = none)
NOTE_PREFIX = "n:"        # keeps a note such as "=..." or "#N/A" a plain text value
FORMULA_TRIGGERS = ("=", "+", "-", "@")


# --- entry points called by the VBA module (macros/RKT.bas) ---

def validasi() -> None:
    _call(run_validasi)


def konsolidasi() -> None:
    _call(run_konsolidasi)


def _call(action: Callable[[Any], object]) -> None:
    import xlwings as xw

    action(xw.Book.caller())


# --- the work, on any xlwings-like book ---

class _Ui:
    def __init__(self, book: Any) -> None:
        self.app = book.app

    def status(self, line: str) -> None:
        self.app.status_bar = line

    def alert(self, line: str, critical: bool = False) -> None:
        self.app.alert(line, title=text("excel.judul"), buttons="ok", mode="critical" if critical else "info")


@contextmanager
def _session(book: Any) -> Iterator[_Ui]:
    """Status bar and screen updating around the work; any failure becomes a message box."""
    ui = _Ui(book)
    book.app.screen_updating = False
    try:
        yield ui
    except RktXlError as exc:
        ui.alert(str(exc), critical=True)
    except Exception as exc:  # noqa: BLE001 - a button must never show a traceback
        ui.alert(text("excel.galat-umum", detail=f"{type(exc).__name__}: {exc}"), critical=True)
    finally:
        book.app.screen_updating = True
        book.app.status_bar = False


def read_book(book: Any, ui: _Ui | None = None) -> dict[str, list[list[object]]]:
    """Every input sheet as a value grid from A1, one range read per sheet."""
    grids: dict[str, list[list[object]]] = {}
    for sheet in book.sheets:
        if sheet.name in OUTPUT_SHEETS:
            continue
        if ui is not None:
            ui.status(text("excel.status-baca", sheet=sheet.name))
        last = sheet.used_range.last_cell
        rng = sheet.range((1, 1), (max(last.row, 1), max(last.column, 1)))
        grids[sheet.name] = [list(r) for r in rng.options(ndim=2, err_to_str=True).value]
    return grids


def check_book(book: Any, ui: _Ui | None = None) -> Judgement:
    """The live workbook judged by the same function as `rkt validasi` and `rkt konsolidasi`."""
    grids, structure = split_error_values(read_book(book, ui))
    if ui is not None:
        ui.status(text("excel.status-periksa"))
    return judge([Source(grids, structure)])


def run_validasi(book: Any) -> Report | None:
    with _session(book) as ui:
        report = check_book(book, ui).report
        show_report(book, report, ui)
        counts = report.counts
        if report.valid:
            catatan = text("excel.validasi-catatan", **counts) if counts["peringatan"] else ""
            ui.alert(text("excel.validasi-lolos", catatan=catatan))
        else:
            ui.alert(text("excel.validasi-gagal", **counts))
        return report
    return None


def run_konsolidasi(book: Any) -> Report | None:
    with _session(book) as ui:
        judged = check_book(book, ui)
        report = judged.report
        show_report(book, report, ui)
        if judged.stops():
            ui.alert(text("excel.konsolidasi-galat", **report.counts), critical=True)
            return report
        ui.status(text("excel.status-tulis", sheet=C.SHEET_RKT))
        made = live_rkt_image(judged.merged())
        if made is None:
            ui.alert(text("excel.konsolidasi-kolom-pagu"), critical=True)
            return report
        image, plan = made
        write_image(get_or_add_sheet(book, C.SHEET_RKT), image)
        book.sheets[C.SHEET_RKT].activate()
        catatan = text("excel.konsolidasi-catatan", **report.counts) if report.counts["peringatan"] else ""
        ui.alert(text("excel.konsolidasi-selesai", jumlah=plan.n_subs, total=format_id(plan.jumlah), catatan=catatan))
        return report
    return None


# --- writing results back ---

def as_cell_text(value: object) -> object:
    """User text that Excel would take for a formula keeps a leading apostrophe (stays text)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def get_or_add_sheet(book: Any, name: str) -> Any:
    names = [s.name for s in book.sheets]
    if name in names:
        return book.sheets[name]
    return book.sheets.add(name, after=book.sheets[len(names) - 1])


def show_report(book: Any, report: Report, ui: _Ui) -> None:
    """Write the Validasi sheet and mark the problem cells (colour + note), after undoing
    the marks of the previous run."""
    ui.status(text("excel.status-tulis", sheet=C.SHEET_VALIDASI))
    ws = get_or_add_sheet(book, C.SHEET_VALIDASI)
    _undo_marks(book, ws)
    ws.clear()
    rows = finding_rows(report)
    first = HEADER_ROW + 1            # 1-based row of the header in Excel terms
    ws.range((1, 1)).value = text("validasi.judul")
    ws.range((1, 1)).font.bold = True
    ws.range((2, 1)).value = summary_line(report)
    table = [header_cells()] + [[as_cell_text(v) for v in cells] for _, _, cells in rows]
    ws.range((first, 1)).value = table
    ws.range((first, 1), (first, len(COLUMNS))).font.bold = True
    for i, (_, width) in enumerate(COLUMNS, start=1):
        ws.range((1, i)).column_width = width
    sheets = {s.name: s for s in book.sheets}
    marks: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for r, (f, sev, _cells) in enumerate(rows, start=first + 1):
        ws.range((r, 1), (r, len(COLUMNS))).color = ROW_COLOURS[sev]
        if f.sheet in sheets and f.cell:
            ws.range((r, 6)).add_hyperlink(f"#'{f.sheet}'!{f.cell}", f.cell, screen_tip(f.message))
            marks.setdefault((f.sheet, f.cell), []).append((sev, f.message))
    ui.status(text("excel.status-tandai", jumlah=len(marks)))
    originals: list[list[object]] = []
    for (sheet, cell), items in marks.items():
        target = sheets[sheet].range(cell)
        before = target.color
        note = target.note
        originals.append([sheet, cell, ",".join(map(str, before)) if before else "",
                          NOTE_PREFIX + note.text if note is not None else ""])
        worst = GALAT if any(sev == GALAT for sev, _ in items) else "peringatan"
        target.color = MARK_COLOURS[worst]
        if target.note is not None:
            target.note.delete()
        target.add_note("\n".join(text("excel.catatan-sel", severity=s, message=m) for s, m in items))
    if originals:
        ws.range((first + 1, ORIGINAL_COLOUR_COL)).value = originals
        ws.range((1, ORIGINAL_COLOUR_COL), (1, ORIGINAL_NOTE_COL)).column_width = 0
    ws.activate()


def write_image(ws: Any, image: Any) -> None:
    """A SheetImage (rkt_xl.rkt_image) into a sheet: all values and formulas in one write,
    then formats in runs of equal cells (one call per run, not per cell)."""
    ws.clear()
    grid: list[list[object]] = [[None] * image.n_cols for _ in range(image.n_rows)]
    for (r, c), cell in image.cells.items():   # formulas as they are, user text kept as text
        grid[r - 1][c - 1] = cell.formula or as_cell_text(cell.value)
    ws.range((1, 1)).value = grid
    for col, width in image.widths.items():
        ws.range((1, col)).column_width = width
    for row, height in image.heights.items():
        ws.range((row, 1)).row_height = height
    for r in range(1, image.n_rows + 1):
        for (c1, c2), cell in _runs(image, r):
            rng = ws.range((r, c1), (r, c2))
            if cell.bold:
                rng.font.bold = True
            if cell.fill is not None:
                rng.color = cell.fill
            if cell.number_format != "General":
                rng.number_format = cell.number_format
            if cell.wrap:
                rng.wrap_text = True
    for merged in image.merges:
        ws.range(merged).merge()
    table = ws.range(image.table[0], image.table[1])
    if getattr(table, "api", None) is not None:   # Excel on Windows: thin borders, one call
        table.api.Borders.LineStyle = 1


def _runs(image: Any, r: int) -> Iterator[tuple[tuple[int, int], Any]]:
    """Runs of adjacent cells in row ``r`` with the same formats: ((first col, last col), cell)."""
    start, current = None, None
    for c in range(1, image.n_cols + 2):
        cell = image.cells.get((r, c))
        key = (cell.bold, cell.fill, cell.number_format, cell.wrap) if cell is not None else None
        if current is not None and key != current[0]:
            yield (start, c - 1), current[1]
            current = None
        if current is None and key is not None and key != (False, None, "General", False):
            start, current = c, (key, cell)


def _undo_marks(book: Any, ws: Any) -> None:
    """Restore the fill and the note of every cell the previous run marked, as they were."""

    last = ws.used_range.last_cell
    if last.column < ORIGINAL_COLOUR_COL + 2 or last.row <= HEADER_ROW + 1:
        return
    saved = ws.range((HEADER_ROW + 2, ORIGINAL_COLOUR_COL), (last.row, ORIGINAL_NOTE_COL))
    sheets = {s.name: s for s in book.sheets}
    for sheet, cell, colour, *rest in saved.options(ndim=2).value:
        if sheet not in sheets or not cell:
            continue
        target = sheets[sheet].range(cell)
        target.color = tuple(int(x) for x in str(colour).split(",")) if colour else None
        if target.note is not None:
            target.note.delete()
        note = rest[0] if rest else None
        if isinstance(note, str) and note.startswith(NOTE_PREFIX):
            target.add_note(note[len(NOTE_PREFIX):])
