"""The one judgement path: every command and button judges its inputs through :func:`judge`.

Inputs are files, folders, or a live workbook's grids (:class:`Source`). Each is read and
checked on its own (bad data never raises: it becomes findings; a file that cannot be read
is an entry in ``Report.unreadable`` and the others are still judged), then the copies are
merged (:mod:`rkt_xl.validation.merge`) and the cross-file rules run on the merge. The error
gate is :meth:`Judgement.stops`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from rkt_xl.errors import FileError
from rkt_xl.model.entities import Bidang, Rkt
from rkt_xl.model.numbers import format_id
from rkt_xl.validation.checks import empty_sheets, run_checks
from rkt_xl.validation.checks.sasaran_links import orphan_findings
from rkt_xl.validation.context import Context, file_problem, make_finding
from rkt_xl.validation.cross_files import CrossFiles
from rkt_xl.validation.findings import Finding, Report
from rkt_xl.validation.inputs import collect_inputs
from rkt_xl.validation.merge import Merger
from rkt_xl.validation.readers import in_order, pool_worth_it
from rkt_xl.workbook.grids import load_grids
from rkt_xl.workbook.layout import cell_position
from rkt_xl.workbook.limits import EXCEL_LINKS_MAX, Budget
from rkt_xl.workbook.reader import Grid, read_grids
from rkt_xl.workbook.sniff import sniff


@dataclass
class Source:
    """A workbook already in memory: a live workbook's value grids (the Excel buttons)."""

    grids: Mapping[str, Grid]
    structure: object = None
    name: str = ""


@dataclass
class Judgement:
    report: Report                 # every input's findings, then the cross-file ones
    merger: Merger                 # the merged Profil, Sasaran and bidang slots
    files: list[str] = field(default_factory=list)
    n_subs: int = 0                # sub kegiatan accepted into the merge

    def stops(self, paksa: bool = False) -> bool:
        """The one error gate: galat or unreadable inputs stop a run unless ``paksa``."""
        return not self.report.valid and not paksa

    def merged(self) -> Rkt:
        """The merged model (its sub kegiatan only when judged with ``keep_subs``)."""
        return self.merger.result()


def judge(inputs: Sequence[str | Path | Source], versi: str | None = None, *, keep_subs: bool = True,
          on_file: Callable[[str, int, int], None] | None = None,
          on_model: Callable[[Rkt, list[Bidang]], None] | None = None,
          triwulan: int | None = None, workers: int | None = None) -> Judgement:
    """Judge ``inputs`` (files, folders, live grids) as one RKT.

    ``on_file(name, n, total)`` is called before each input is read; ``on_model(rkt,
    accepted)`` after it is merged, with the bidang whose filled copy it supplies, so a
    caller can stream them out and let the model go (``keep_subs=False``). ``triwulan``: the
    period of a mid-year realisasi run (missing realisasi is asked for that triwulan only).
    ``workers``: 1 reads and checks the files in a helper process, 0 in this one; by default
    a run of many large files uses the helper (:mod:`rkt_xl.validation.readers`).
    """
    paths = [i for i in inputs if not isinstance(i, Source)]
    files, notes, refused = collect_inputs(paths)
    sources: list[Path | Source] = [*files, *(i for i in inputs if isinstance(i, Source))]
    report = Report(findings=notes, unreadable=refused)
    merger = Merger(keep_subs=keep_subs)
    rules = CrossFiles()       # same sub kegiatan or sheet name across copies
    budget = Budget()          # the per-run limits (rkt_xl.workbook.limits)
    several = len(sources) > 1
    used: set[str] = set()
    n_subs = 0
    names: list[str] = []
    filled: dict[str, tuple[int, str]] = {}   # bidang sheet -> (sub kegiatan in all copies, first copy)
    started = 0

    def prepare(source: Path | Source) -> tuple[Judged | None, tuple[object, ...]]:
        nonlocal started
        started += 1
        if on_file is not None:
            on_file(source.name if isinstance(source, Source) else str(source), started, len(sources))
        if isinstance(source, Source):
            return (*validate_grids(source.grids, source.name, source.structure, versi, several, triwulan), None), ()
        # the file's reading starts from what the run has used so far; what it used is
        # charged to the run in input order below
        return None, (source, replace(budget), versi, several, triwulan)

    pool = pool_worth_it(sources) if workers is None else workers > 0
    for source, (rkt, sub, spent) in in_order(sources, prepare, judge_file, pool):
        name = source.name if isinstance(source, Source) else str(source)
        names.append(name)
        if spent is not None and (over := budget.settle(Path(name), spent)) is not None and rkt is not None:
            rkt, sub = unreadable(Path(name), over)   # past a per-run limit with the files before it
        report.extend(sub)
        if rkt is None:
            continue
        rules.add(Path(name), rkt, several)
        for b in rkt.bidang:
            count, first = filled.get(b.sheet, (0, name))
            filled[b.sheet] = (count + len(b.sub_kegiatan), first)
        accepted = merger.add(Path(name), rkt)
        for b in accepted:
            n_subs += len(b.sub_kegiatan)
            used.update(s.sasaran for s in b.sub_kegiatan)
        if on_model is not None:
            on_model(rkt, accepted)
        del rkt
    report.findings.extend(merger.findings)
    report.findings.extend(rules.finish(merger.sasaran))
    if sources and not n_subs and not report.unreadable:
        report.findings.append(make_finding("tanpa-sub-kegiatan", ""))
    if several:   # per copy these were skipped (partial); judge them on the merge
        report.findings.extend(orphan_findings(merger.sasaran, used, merger.sasaran_file))
        report.findings.extend(empty_sheets.across_files(filled))
    report.findings = once_per_run(report.findings)
    linked = sum(1 for f in report.findings if f.sheet and f.cell)
    if linked > EXCEL_LINKS_MAX:   # the Validasi sheet cannot link them all
        report.findings.append(make_finding("tautan-terlalu-banyak", "", jumlah=format_id(linked),
                                            batas=format_id(EXCEL_LINKS_MAX)))
    return Judgement(report, merger, names, n_subs)


Judged = tuple[Rkt | None, Report, "tuple[int, int, int] | None"]   # and what the reading used


def judge_file(path: Path, budget: Budget, versi: str | None = None, partial: bool = False,
               triwulan: int | None = None) -> Judged:
    """Sniff, read and check one file; ``budget`` is a copy of the run's, and what the file
    used of it comes back with the result. A module-level function: it may run in the
    helper process of :mod:`rkt_xl.validation.readers`."""
    start = (budget.inflated, budget.cells, budget.strings)
    rkt, report = validate_workbook(path, versi, partial, triwulan, budget)
    return rkt, report, (budget.inflated - start[0], budget.cells - start[1], budget.strings - start[2])


def validate_workbook(path: str | Path, versi: str | None = None, partial: bool = False,
                      triwulan: int | None = None, budget: Budget | None = None) -> tuple[Rkt | None, Report]:
    """Read and check one file. ``Rkt`` is None when the file is unreadable. ``budget``
    carries the per-run limits (:mod:`rkt_xl.workbook.limits`) over the files of one run."""
    path = Path(path)
    try:
        structure = sniff(path, budget)      # one pass: safety checks and sheet structure
        grids = load_grids(path, structure)
    except FileError as exc:
        return unreadable(path, exc)
    rkt, sub = validate_grids(grids, str(path), structure, versi, partial, triwulan)
    return rkt, Report(findings=sub.findings, files=[str(path)])


def unreadable(path: Path, exc: FileError) -> tuple[None, Report]:
    return None, Report(unreadable=[file_problem(exc, str(path))], files=[str(path)])


def validate_grids(grids: Mapping[str, Grid], file: str = "", structure: object = None,
                   versi: str | None = None, partial: bool = False,
                   triwulan: int | None = None) -> tuple[Rkt, Report]:
    """Check one workbook given as value grids (a file already loaded, or a live workbook)."""
    headers: dict = {}
    rkt = read_grids(grids, headers)
    ctx = Context(rkt=rkt, grids=grids, file=file, structure=structure, versi=versi, partial=partial,
                  triwulan=triwulan, _headers=headers)   # the reader's header maps, not a second search
    findings = run_checks(ctx)
    if not rkt.all_sub_kegiatan() and not rkt.sasaran:
        findings = nothing_to_check(findings, file)
    return rkt, Report(findings=sort_findings(findings, list(grids)), files=[file] if file else [])


# What an empty template says anyway; replaced by the one 'belum-ada-isian'.
EMPTY_TEMPLATE_CODES = frozenset({"profil-kosong", "profil-belum-lengkap", "nilai-wajib-kosong", "sheet-bidang-kosong"})
# Findings about the Profil sheet: every copy of a folder run carries the same Profil.
PROFIL_CODES = frozenset({"profil-kosong", "profil-belum-lengkap", "nip-bukan-teks", "nip-format",
                          "tahun-tidak-sah", "versi-tidak-dikenal"})


def nothing_to_check(findings: list[Finding], file: str) -> list[Finding]:
    """A workbook without any sub kegiatan or sasaran: nothing to check yet, said once."""
    kept = [f for f in findings if f.code not in EMPTY_TEMPLATE_CODES]
    return kept + [make_finding("belum-ada-isian", file)]


def once_per_run(findings: list[Finding]) -> list[Finding]:
    """Profil findings once per run: the same finding (code, cell, value) from another file is
    dropped, the first file's is kept."""
    seen: set[tuple[str, str, str]] = set()
    out = []
    for f in findings:
        if f.code in PROFIL_CODES:
            key = (f.code, f.cell, repr(f.value))
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


def sort_findings(findings: list[Finding], sheet_order: list[str]) -> list[Finding]:
    """Workbook sheet order, then row, then column: the order in which staff fix cells."""
    position = {name: i for i, name in enumerate(sheet_order)}

    def key(f: Finding) -> tuple[int, int, int, str]:
        row, col = cell_position(f.cell)
        return position.get(f.sheet, -1), row, col, f.code

    return sorted(findings, key=key)
