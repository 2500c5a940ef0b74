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
from rkt_xl.workbook.limits import Budget
from rkt_xl.workbook.reader import Grid, read_grids


def expand_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[Finding], list[Finding]]:
    """Files to read, notes and unreadable inputs. Folders expand to their *.xlsx/*.xlsm
    (sorted); Excel lock files (~$name.xlsx) are skipped with a warning that the workbook is
    open in Excel; rkt_xl's own outputs (told by content, :mod:`rkt_xl.workbook.outputs`)
    are skipped with a one-line note; a folder that cannot be listed, or holds no workbook,
    is unreadable (exit code 3)."""
    from rkt_xl.validation.context import file_problem, make_finding
    from rkt_xl.workbook.outputs import KIND_KONSOLIDASI, output_kind
    from rkt_xl.workbook.sniff import lock_file_error

    files: list[Path] = []
    notes: list[Finding] = []
    unreadable: list[Finding] = []
    for item in inputs:
        path = Path(item)
        try:
            is_dir = path.is_dir()
            candidates = sorted(p for p in path.iterdir() if p.suffix.lower() in (".xlsx", ".xlsm")) \
                if is_dir else [path]
        except PermissionError:
            unreadable.append(file_problem(FileError("andal.folder-tanpa-izin", path=path), str(path)))
            continue
        except OSError as exc:
            unreadable.append(file_problem(FileError("berkas-rusak", path=path,
                                                     detail=exc.strerror or str(exc)), str(path)))
            continue
        if is_dir and not candidates:
            unreadable.append(file_problem(FileError("folder-tanpa-xlsx", path=item), str(item)))
        for p in candidates:
            if p.name.startswith("~$"):
                notes.append(file_problem(lock_file_error(p), str(p), warning=True))
            elif (kind := output_kind(p)) is not None:
                code = "berkas-hasil-konsolidasi" if kind == KIND_KONSOLIDASI else "berkas-hasil-rkt-xl"
                notes.append(make_finding(code, str(p), jenis=kind))
            else:
                files.append(p)
    return files, notes, unreadable


def validate_workbook(path: str | Path, versi: str | None = None,
                      partial: bool = False, budget: Budget | None = None) -> tuple[Rkt | None, Report]:
    """Read and check one file. ``Rkt`` is None when the file is unreadable. ``budget``
    carries the per-run limits (:mod:`rkt_xl.workbook.limits`) over the files of one run."""
    from rkt_xl.validation.context import file_problem
    from rkt_xl.workbook.grids import load_grids
    from rkt_xl.workbook.sniff import sniff

    path = Path(path)
    report = Report(files=[str(path)])
    try:
        structure = sniff(path, budget)      # one pass: safety checks and sheet structure
        grids = load_grids(path, structure)
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

    headers: dict = {}
    rkt = read_grids(grids, headers)
    ctx = Context(rkt=rkt, grids=grids, file=file, structure=structure, versi=versi, partial=partial,
                  _headers=headers)   # the reader's header maps, not a second search
    return rkt, Report(findings=sort_findings(run_checks(ctx), list(grids)), files=[file] if file else [])


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

    files, notes, unreadable = expand_inputs(inputs)
    report = Report(findings=notes, unreadable=unreadable)
    budget = Budget()
    models: dict[Path, Rkt] = {}
    for path in files:
        rkt, sub = validate_workbook(path, versi, partial=len(files) > 1, budget=budget)
        report.extend(sub)
        if rkt is not None:
            models[path] = rkt
    report.findings.extend(run_cross_file_checks(models))
    return models, report
