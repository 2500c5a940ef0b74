"""The buttons inside Excel (xlwings). Only translation: the live workbook (including edits
not yet saved) is read in bulk, the library does the work, results go back as cells.

This is the only module that imports xlwings, and only when a button calls it. Each entry
point takes ``xw.Book.caller()``; the ``run_*`` functions take any object with the small
part of the xlwings API used here, so they are tested on Linux against a stand-in.
Errors reach the user as a message box in Bahasa Indonesia, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rkt_xl.errors import RktXlError
from rkt_xl.excel_sheet import add_note, as_cell_text, write_sheet
from rkt_xl.mail.run import KirimResult, confirmation, prepare_saved, send_prepared
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text
from rkt_xl.validation.findings import GALAT, Report
from rkt_xl.validation.judge import Judgement, Source, judge
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.live import split_error_values
from rkt_xl.xlsx.formats import FINDING_FILLS, MARK_FILLS, rgb
from rkt_xl.xlsx.live_rkt import live_realisasi_sheets, live_rkt_sheet
from rkt_xl.xlsx.sheet import SheetDescription
from rkt_xl.xlsx.validasi_sheet import (
    COLUMNS,
    HEADER_ROW,
    LINK_COL,
    MARKS_COL,
    finding_rows,
    header_cells,
    screen_tip,
    summary_line,
)

# Sheets the buttons never read as input.
OUTPUT_SHEETS = frozenset({C.SHEET_PETUNJUK, C.SHEET_REFERENSI, C.SHEET_RKT, C.SHEET_VALIDASI,
                           C.SHEET_RINGKASAN, C.SHEET_PENGUKURAN, C.SHEET_ANGGARAN, "xlwings.conf", "_xlwings.conf"})
MARK_COLOURS = {sev: rgb(fill) for sev, fill in MARK_FILLS.items()}
ROW_COLOURS = {sev: rgb(fill) for sev, fill in FINDING_FILLS.items()}
ORIGINAL_COLOUR_COL = MARKS_COL + 1   # 1-based: hidden columns of the Validasi sheet, the fill a marked cell had
ORIGINAL_NOTE_COL = ORIGINAL_COLOUR_COL + 3   # and its note ("n:" + text; "" = none)
NOTE_PREFIX = "n:"        # keeps a note such as "=..." or "#N/A" a plain text value


# --- entry points called by the VBA module (macros/RKT.bas) ---

def validasi() -> None:
    _call(run_validasi)


def konsolidasi() -> None:
    _call(run_konsolidasi)


def buat_lkjip() -> None:
    _call(run_buat_lkjip)


def buat_pk() -> None:
    _call(run_buat_pk)


def kirim() -> None:
    _call(run_kirim)


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
        rkt = judged.merged()
        made = live_rkt_sheet(rkt)
        if made is None:
            ui.alert(text("excel.konsolidasi-kolom-pagu"), critical=True)
            return report
        sheet, plan = made
        write_sheet(get_or_add_sheet(book, C.SHEET_RKT), sheet)
        realisasi = live_realisasi_sheets(rkt)
        if realisasi is not None:
            write_realisasi(book, realisasi, ui)
        book.sheets[C.SHEET_RKT].activate()
        catatan = text("excel.konsolidasi-catatan", **report.counts) if report.counts["peringatan"] else ""
        if realisasi is None:   # the sheets of an earlier run are left as they were
            catatan += text("excel.konsolidasi-kolom-realisasi")
        ui.alert(text("excel.konsolidasi-selesai", jumlah=plan.n_subs, total=format_id(plan.jumlah), catatan=catatan))
        return report
    return None


def write_realisasi(book: Any, sheets: Sequence[SheetDescription], ui: _Ui) -> None:
    """The Pengukuran Kinerja and Realisasi Anggaran sheets when realisasi is filled; when it
    is not (any more), the ones a previous run wrote are removed."""
    for sheet in sheets:
        ui.status(text("excel.status-tulis", sheet=sheet.name))
        write_sheet(get_or_add_sheet(book, sheet.name), sheet)
    if not sheets:
        for old in [s for s in book.sheets if s.name in (C.SHEET_PENGUKURAN, C.SHEET_ANGGARAN)]:
            old.delete()


def run_buat_lkjip(book: Any) -> Path | None:
    return run_dokumen(book, "lkjip")


def run_buat_pk(book: Any) -> Path | None:
    return run_dokumen(book, "pk")


def run_dokumen(book: Any, jenis: str) -> Path | None:
    """The PK or LKjIP of the live workbook, saved next to it; errors stop it (as Konsolidasi)."""
    from rkt_xl.documents.worker import chart_worker  # standard library only

    # the LKjIP's chart worker starts importing matplotlib while the workbook is judged
    with _session(book) as ui, chart_worker(jenis) as charts:
        judged = check_book(book, ui)
        rkt, report = judged.merged(), judged.report
        show_report(book, report, ui)
        nama = text(f"dokumen.jenis-{jenis}")
        if not report.valid:
            ui.alert(text("dokumen.excel-galat", jenis=nama, **report.counts), critical=True)
            return None
        from rkt_xl.documents.run import default_name, write_document

        ui.status(text("dokumen.progres-susun", jenis=nama))
        saved = write_document(jenis, rkt, book_folder(book) / default_name(jenis, rkt), charts=charts)
        ui.alert(text("dokumen.excel-selesai", jenis=nama, nama=saved.path.name, folder=saved.path.parent))
        return saved.path
    return None


def book_folder(book: Any) -> Path:
    """The folder of the workbook; the home folder for a workbook never saved."""
    folder = Path(str(getattr(book, "fullname", "") or "")).parent
    return folder if folder.is_absolute() and folder.is_dir() else Path.home()


def run_kirim(book: Any, ask_password: Callable[[str], str] | None = None) -> KirimResult | None:
    """The Kirim button: the workbook's saved file judged and sent like `rkt kirim FILE`, after
    a confirmation box; the password from the credential store, RKT_SMTP_PASSWORD or a
    dialog (never a cell). Nothing is written into the workbook."""
    with _session(book) as ui:
        if str(book.fullname).lower().startswith(("http://", "https://")):   # OneDrive/SharePoint
            ui.alert(text("kirim.buku-di-web", path=book.fullname), critical=True)
            return None
        path = Path(book.fullname)
        if not path.is_file():
            ui.alert(text("kirim.buku-belum-disimpan"), critical=True)
            return None
        ui.status(text("kirim.status-periksa"))
        cfg, outgoing = prepare_saved(path)
        if book.app.alert(confirmation(outgoing), title=text("excel.judul"), buttons="ok_cancel", mode="info") != "ok":
            ui.alert(text("kirim.dibatalkan"))
            return None
        ui.status(text("kirim.status-kirim", host=cfg.host))
        result = send_prepared(cfg, outgoing, ask_password or password_dialog)
        ui.alert("\n\n".join([result.summary(), *result.warnings]))
        return result
    return None


def password_dialog(prompt: str) -> str:  # pragma: no cover - needs a desktop
    """A password box that shows dots, not the password (tkinter ships with Python on Windows;
    imported here because only this button on a desktop needs it)."""
    import tkinter
    from tkinter import simpledialog

    root = tkinter.Tk()
    root.withdraw()
    root.attributes("-topmost", True)
    try:
        return simpledialog.askstring(text("excel.judul"), prompt, show="\u2022", parent=root) or ""
    finally:
        root.destroy()


# --- writing results back ---

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
            quoted = f.sheet.replace("'", "''")   # a ' in a sheet name is doubled in a link
            ws.range((r, LINK_COL + 1)).add_hyperlink(f"#'{quoted}'!{f.cell}", f.cell, screen_tip(f.message))
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
        add_note(target, "\n".join(text("excel.catatan-sel", severity=s, message=m) for s, m in items))
    if originals:
        ws.range((first + 1, ORIGINAL_COLOUR_COL)).value = originals
        ws.range((1, ORIGINAL_COLOUR_COL), (1, ORIGINAL_NOTE_COL)).column_width = 0
    ws.activate()


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
            add_note(target, note[len(NOTE_PREFIX):])
