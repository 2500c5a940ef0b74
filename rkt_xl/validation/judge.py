"""Run every check over one or more workbooks and collect a Report.

Bad data never raises: it becomes findings. A file that cannot be read at all becomes an
entry in ``Report.unreadable`` and the other files are still processed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from rkt_xl.errors import FileError
from rkt_xl.model.entities import Rkt
from rkt_xl.validation.findings import Finding, Report
from rkt_xl.workbook.reader import Grid, read_grids


def expand_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[Finding]]:
    """Files to read: folders expand to their *.xlsx/*.xlsm (sorted); Excel lock files
    (~$name.xlsx) are skipped with a warning that the workbook is open in Excel."""
    from rkt_xl.validation.context import file_problem
    from rkt_xl.workbook.sniff import lock_file_error

    files: list[Path] = []
    notes: list[Finding] = []
    for item in inputs:
        path = Path(item)
        candidates = sorted(p for p in path.iterdir() if p.suffix.lower() in (".xlsx", ".xlsm")) \
            if path.is_dir() else [path]
        for p in candidates:
            if p.name.startswith("~$"):
                notes.append(file_problem(lock_file_error(p), str(p), warning=True))
            else:
                files.append(p)
    return files, notes


def validate_workbook(path: str | Path, versi: str | None = None,
                      partial: bool = False) -> tuple[Rkt | None, Report]:
    """Read and check one file. ``Rkt`` is None when the file is unreadable."""
    from rkt_xl.validation.context import file_problem
    from rkt_xl.workbook.grids import load_grids
    from rkt_xl.workbook.structure import scan_structure

    path = Path(path)
    report = Report(files=[str(path)])
    try:
        structure = scan_structure(path)
        grids = load_grids(path, sniffed=True)   # scan_structure sniffed it
    except FileError as exc:
        report.unreadable.append(file_problem(exc, str(path)))
        return None, report
    rkt, sub = validate_grids(grids, str(path), structure, versi, partial)
    report.findings.extend(sub.findings)
    return rkt, report


def validate_grids(grids: Mapping[str, Grid], file: str = "", structure: object = None,
                   versi: str | None = None, partial: bool = False) -> tuple[Rkt, Report]:
    """Check a workbook given as value grids (a file already loaded, or a live workbook)."""
    from rkt_xl.validation.checks import run_checks
    from rkt_xl.validation.context import Context

    rkt = read_grids(grids)
    ctx = Context(rkt=rkt, grids=grids, file=file, structure=structure, versi=versi, partial=partial)
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
    from rkt_xl.validation.context import make_finding

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
    import re

    position = {name: i for i, name in enumerate(sheet_order)}

    def key(f: Finding) -> tuple[int, int, int, str]:
        m = re.match(r"([A-Z]+)(\d+)", f.cell)
        row, col = (int(m.group(2)), len(m.group(1)) * 100 + ord(m.group(1)[-1])) if m else (0, 0)
        return position.get(f.sheet, -1), row, col, f.code

    return sorted(findings, key=key)


def validate_paths(inputs: Sequence[str | Path], versi: str | None = None) -> tuple[dict[Path, Rkt], Report]:
    """Check many files (folders expanded); cross-file checks included."""
    from rkt_xl.validation.checks import run_cross_file_checks
    from rkt_xl.validation.context import file_problem

    files, notes = [], []
    report = Report()
    for item in inputs:
        found, skipped = expand_inputs([item])
        if Path(item).is_dir() and not found and not skipped:
            report.unreadable.append(file_problem(FileError("folder-tanpa-xlsx", path=item), str(item)))
        files += found
        notes += skipped
    report.findings.extend(notes)
    models: dict[Path, Rkt] = {}
    for path in files:
        rkt, sub = validate_workbook(path, versi, partial=len(files) > 1)
        report.extend(sub)
        if rkt is not None:
            models[path] = rkt
    report.findings.extend(run_cross_file_checks(models))
    if len(files) > 1:
        from rkt_xl.validation.checks.empty_sheets import across_files

        filled: dict[str, tuple[int, str]] = {}
        for path, rkt in models.items():
            for b in rkt.bidang:
                n, first = filled.get(b.sheet, (0, str(path)))
                filled[b.sheet] = (n + len(b.sub_kegiatan), first)
        report.findings.extend(across_files(filled))
    report.findings = once_per_run(report.findings)
    return models, report
