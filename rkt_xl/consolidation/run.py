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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rkt_xl.consolidation.merge import Merger, file_order
from rkt_xl.consolidation.plan import ProgramTotal, plan_rkt
from rkt_xl.errors import SaveError
from rkt_xl.model.numbers import format_id
from rkt_xl.save import (
    SaveResult,
    refuse_input_target,
    same_file_key,
    save_atomically,
    save_errors,
    scratch_dir,
    signals_end_cleanly,
)
from rkt_xl.texts.catalogue import KONSOLIDASI_TEXT as T
from rkt_xl.validation.context import make_finding
from rkt_xl.validation.cross_files import CrossFiles
from rkt_xl.validation.findings import Finding, Report
from rkt_xl.validation.sheet_names import writable
from rkt_xl.workbook.limits import Budget
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
            return T["berhenti"].format(galat=c["galat"], berkas=c["berkas"])
        t = self.totals
        return T["selesai"].format(path=self.saved.path, bidang=sum(1 for b in t.bidang if b.jumlah),
                                   jumlah=t.sub_kegiatan, total=format_id(t.jumlah))


def konsolidasi(inputs: Sequence[str | Path], output: Path | None = None, paksa: bool = False,
                progress: Callable[[str], None] | None = None,
                versi: str | None = None) -> KonsolidasiResult:
    """Consolidate ``inputs`` (files or folders) into a new workbook.

    ``output`` defaults to ``RKT_konsolidasi_<tahun>.xlsx`` in the folder of the first input
    (inside it, when it is a folder). ``paksa`` writes the output despite errors. ``progress``
    receives short Indonesian status lines. ``versi`` overrides the nomenclature edition.
    Raises :class:`rkt_xl.errors.SaveError` when the output cannot be written; bad data
    never raises (it is in ``result.report``).
    """
    with _no_gc():
        return _konsolidasi(inputs, output, paksa, progress or (lambda _text: None), versi)


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
                 say: Callable[[str], None], versi: str | None) -> KonsolidasiResult:
    from rkt_xl.validation.judge import validate_workbook

    files, notes, unreadable = collect_inputs(inputs)
    folder = Path(output).parent if output is not None else default_folder(inputs)
    if not folder.is_dir():
        raise SaveError("folder-tidak-ada", path=folder)
    if output is not None:
        refuse_input_target(Path(output), files)
    report = Report(findings=notes, unreadable=unreadable)
    merger = Merger(keep_subs=False)
    rules = CrossFiles()
    budget = Budget()
    partial = folder / f".rkt-konsolidasi-{os.getpid()}.tmp"
    with signals_end_cleanly(), scratch_dir(folder) as scratch:
        try:
            with save_errors(partial):
                book = OutputWorkbook(partial, tmpdir=scratch)
            for n, path in enumerate(files, start=1):
                say(T["progres-baca"].format(path=path.name, nomor=n, jumlah=len(files)))
                rkt, sub = validate_workbook(path, versi, partial=len(files) > 1, budget=budget)
                report.extend(sub)
                if rkt is None:
                    continue
                rules.add(path, rkt)
                # a sheet the output cannot carry is a galat of its own (checks/sheet_names.py);
                # with --paksa it is left out rather than aborting the whole run
                rkt.bidang = [b for b in rkt.bidang if writable(b.sheet)]
                with save_errors(partial):
                    for b in rkt.bidang:
                        book.see(b.sheet)
                    for b in merger.add(path, rkt):
                        book.write_bidang(b)
                del rkt
            report.findings.extend(merger.findings)
            report.findings.extend(rules.findings)
            if not book.records:
                report.findings.append(make_finding("tanpa-sub-kegiatan", ""))
            merged = merger.result()
            if len(files) > 1:   # per file these were skipped (partial); judge them on the merge
                from rkt_xl.validation.checks.sasaran_links import orphan_findings

                used = {r.sasaran for r in book.records}
                report.findings.extend(orphan_findings(merged.sasaran, used, merger.sasaran_file))
            say(T["progres-rkt"].format(jumlah=len(book.records)))
            plan = plan_rkt(merged.profil, merged.sasaran, book.records, versi, texts=book.texts.get)
            if not report.valid and not paksa:
                book.close()
                return KonsolidasiResult(report, stopped=True, totals=_totals(plan, book))
            names = {key: slot.nama for key, slot in merger.slots.items()}
            target = Path(output) if output is not None else folder / default_name(merged.profil.tahun)
            refuse_input_target(target, files)
            with save_errors(target):
                bidang = book.finish(plan, merged.profil, merged.sasaran, report, names)
            say(T["progres-simpan"].format(path=target))
            saved = save_atomically(target, lambda tmp: os.replace(partial, tmp))
            totals = Totals(plan.jumlah, tuple(plan.programs), tuple(bidang), plan.n_subs)
            return KonsolidasiResult(report, stopped=False, saved=saved, totals=totals)
        finally:
            partial.unlink(missing_ok=True)


def _totals(plan, book: OutputWorkbook) -> Totals:  # type: ignore[no-untyped-def]
    return Totals(plan.jumlah, tuple(plan.programs), tuple(book.totals.values()), plan.n_subs)


def default_folder(inputs: Sequence[str | Path]) -> Path:
    first = Path(inputs[0]) if inputs else Path(".")
    return first if first.is_dir() else first.parent


def default_name(tahun: int | None) -> str:
    return f"{DEFAULT_NAME}_{tahun}.xlsx" if tahun else f"{DEFAULT_NAME}.xlsx"


def collect_inputs(inputs: Sequence[str | Path]) -> tuple[list[Path], list[Finding], list[Finding]]:
    """The files to consolidate, in merge order, each once; notes (Excel lock files, rkt_xl's
    own outputs, told by content) and unreadable inputs (see ``expand_inputs``)."""
    from rkt_xl.validation.judge import expand_inputs

    found, notes, unreadable = expand_inputs(inputs)
    files: dict[Path, Path] = {}
    for path in found:
        files.setdefault(_identity(path), path)
    return file_order(files.values()), notes, unreadable


def _identity(path: Path) -> Path:
    return same_file_key(path)
