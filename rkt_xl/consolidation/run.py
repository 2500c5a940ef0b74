"""``konsolidasi()``: the library entry point behind ``rkt konsolidasi``.

Inputs are one workbook with every bidang filled, several template copies each with one
bidang filled, or folders of them. The run streams: each file is validated, merged
(:class:`rkt_xl.merge.Merger`) and its bidang sheets written into the new workbook before
the next file is read, so memory holds compact rows, not every workbook's model.

Errors (``galat``, unreadable files) stop the run and nothing is written, unless
``paksa``; warnings go to the output's Validasi sheet. The output is saved atomically: an
older output is kept under ``arsip/``, and a target locked by Excel leaves the new result
under another name (see :mod:`rkt_xl.safe_save`).
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rkt_xl.consolidation.plan import ProgramTotal, plan_rkt
from rkt_xl.errors import SaveError
from rkt_xl.model.entities import Bidang, Rkt
from rkt_xl.model.numbers import format_id
from rkt_xl.save import (
    SaveResult,
    refuse_input_target,
    remove,
    save_atomically,
    save_errors,
    scratch_dir,
    signals_end_cleanly,
)
from rkt_xl.texts import text
from rkt_xl.validation.findings import Finding, Report
from rkt_xl.validation.inputs import collect_inputs
from rkt_xl.validation.judge import judge
from rkt_xl.validation.sheet_names import writable
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.consolidated import OutputWorkbook
from rkt_xl.xlsx.ringkasan import BidangTotal

DEFAULT_NAME = "RKT_konsolidasi"


@dataclass(frozen=True)
class Totals:
    jumlah: int                          # the JUMLAH of the RKT sheet (Rupiah)
    program: tuple[ProgramTotal, ...]    # per program, by code
    bidang: tuple[BidangTotal, ...]      # per bidang sheet, in sheet order
    sub_kegiatan: int


@dataclass
class KonsolidasiResult:
    report: Report                       # every input's findings plus the cross-file ones
    stopped: bool                        # errors blocked the run (no paksa): nothing written
    saved: SaveResult | None = None      # where the output went (None when stopped)
    totals: Totals | None = None         # None when nothing was planned

    @property
    def output(self) -> Path | None:
        return self.saved.path if self.saved is not None else None

    def summary(self) -> str:
        """One Indonesian line for the user."""
        if self.stopped or self.saved is None or self.totals is None:
            c = self.report.counts
            return text("konsolidasi.berhenti", galat=c["galat"], berkas=c["berkas"])
        t = self.totals
        done = text("konsolidasi.selesai", path=self.saved.path, bidang=sum(1 for b in t.bidang if b.jumlah),
                    jumlah=t.sub_kegiatan, total=format_id(t.jumlah))
        n = draft_errors(self.report)
        return text("panduan.draf-selesai", galat=n, selesai=done) if n else done


def konsolidasi(inputs: Sequence[str | Path], output: Path | None = None, paksa: bool = False,
                progress: Callable[[str], None] | None = None,
                versi: str | None = None, triwulan: int | None = None) -> KonsolidasiResult:
    """Consolidate ``inputs`` (files or folders) into a new workbook.

    ``output`` defaults to ``RKT_konsolidasi_<tahun>.xlsx`` in the folder of the first input
    (inside it, when it is a folder). ``paksa`` writes the output despite errors. ``progress``
    receives short Indonesian status lines. ``versi`` overrides the nomenclature edition.
    ``triwulan`` (1-4) measures realisasi up to that triwulan instead of the year.
    Raises :class:`rkt_xl.errors.SaveError` when the output cannot be written; bad data
    never raises (it is in ``result.report``).
    """
    with _no_gc():
        return _konsolidasi(inputs, output, paksa, progress or (lambda _text: None), versi, triwulan)


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for the run, as Mercurial's ``util.nogc`` does: the
    records and findings live until the end and a model is freed by reference counting, but
    with 100,000 sub kegiatan the collector spends some 15% of the run re-scanning them.
    Whatever cyclic garbage the run leaves is collected once it is back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _konsolidasi(inputs: Sequence[str | Path], output: Path | None, paksa: bool,
                 say: Callable[[str], None], versi: str | None,
                 triwulan: int | None = None) -> KonsolidasiResult:
    folder = Path(output).parent if output is not None else default_folder(inputs)
    if not folder.is_dir():
        raise SaveError("folder-tidak-ada", path=folder)
    if output is not None:
        refuse_input_target(Path(output), collect_inputs(inputs)[0])
    partial = folder / f".rkt-konsolidasi-{os.getpid()}.tmp"
    # every OSError of the writers is one SaveError; SIGTERM and Ctrl+C still remove the
    # partial file and XlsxWriter's own temp files (in the scratch folder)
    planned = Path(output) if output is not None else folder / default_name(None)
    with signals_end_cleanly(), scratch_dir(folder, planned) as scratch:
        try:
            with save_errors(partial):
                book = OutputWorkbook(partial, triwulan, tmpdir=scratch)

            def reading(name: str, n: int, total: int) -> None:
                say(text("konsolidasi.progres-baca", path=Path(name).name, nomor=n, jumlah=total))

            def stream(rkt: Rkt, accepted: list[Bidang]) -> None:
                # a sheet name the output cannot carry is a galat (checks/sheet_names.py);
                # with --paksa that sheet is left out instead of aborting the whole run
                with save_errors(partial):
                    for b in rkt.bidang:
                        if writable(b.sheet):
                            book.see(b.sheet)
                    for b in accepted:
                        if writable(b.sheet):
                            book.write_bidang(b)

            judged = judge(inputs, versi, keep_subs=False, on_file=reading, on_model=stream, triwulan=triwulan)
            report, merger = judged.report, judged.merger
            merged = merger.result()
            say(text("konsolidasi.progres-rkt", jumlah=len(book.records)))
            plan = plan_rkt(merged.profil, merged.sasaran, book.records, versi, texts=book.texts.get,
                            galat=draft_errors(report) if paksa else 0)
            if judged.stops(paksa):
                book.close()
                return KonsolidasiResult(report, stopped=True, totals=_totals(plan, book))
            names = {key: slot.nama for key, slot in merger.slots.items()}
            target = Path(output) if output is not None else folder / default_name(merged.profil.tahun)
            refuse_input_target(target, [Path(f) for f in judged.files])
            with save_errors(target):
                bidang = book.finish(plan, merged.profil, merged.sasaran, report, names, unread_amounts(report))
            say(text("konsolidasi.progres-simpan", path=target))
            saved = save_atomically(target, lambda tmp: os.replace(partial, tmp))
            totals = Totals(plan.jumlah, tuple(plan.programs), tuple(bidang), plan.n_subs)
            return KonsolidasiResult(report, stopped=False, saved=saved, totals=totals)
        finally:
            remove(partial)


# Findings that leave a Pagu cell without a value (it counts as 0 in the JUMLAH).
UNREAD_AMOUNT_CODES = frozenset({"rupiah-bukan-angka", "rupiah-pecahan", "rupiah-negatif", "nilai-galat-excel",
                                 "rumus-tanpa-nilai"})
_PAGU_CELL = re.compile(rf"^{C.col_letter(C.col_index(C.BIDANG_COLUMNS, 'pagu'))}\d+$")


def draft_errors(report: Report) -> int:
    """Errors a forced output carries: galat findings and unreadable files."""
    c = report.counts
    return c["galat"] + c["berkas"]


def unread_amounts(report: Report) -> list[Finding]:
    """The Pagu cells whose amount could not be read, for the top of the Validasi sheet."""
    return [f for f in report.findings if f.code in UNREAD_AMOUNT_CODES and f.severity == "galat"
            and f.sheet not in C.RESERVED_SHEETS and _PAGU_CELL.match(f.cell)]


def _totals(plan, book: OutputWorkbook) -> Totals:  # type: ignore[no-untyped-def]
    return Totals(plan.jumlah, tuple(plan.programs), tuple(book.totals.values()), plan.n_subs)


def default_folder(inputs: Sequence[str | Path]) -> Path:
    first = Path(inputs[0]) if inputs else Path(".")
    return first if first.is_dir() else first.parent


def default_name(tahun: int | None) -> str:
    return f"{DEFAULT_NAME}_{tahun}.xlsx" if tahun else f"{DEFAULT_NAME}.xlsx"
