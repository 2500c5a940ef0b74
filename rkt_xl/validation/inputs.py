"""Which files a run reads: folders expanded, each file once, in merge order.

Excel lock files (``~$name.xlsx``) are skipped with a warning; rkt_xl's own outputs found in
a folder (told by content, not name: :mod:`rkt_xl.workbook.outputs`) are skipped with a
one-line note (named explicitly, an output is read: ``rkt kirim`` judges one); a folder that cannot be listed or holds no workbook is an unreadable input.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from rkt_xl.errors import FileError
from rkt_xl.save import same_file_key
from rkt_xl.validation.context import file_problem, make_finding
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook.outputs import KIND_KONSOLIDASI, output_kind
from rkt_xl.workbook.sniff import lock_file_error

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def file_order(paths: Iterable[Path]) -> list[Path]:
    """The order in which files are merged: by file name, then by full path."""
    return sorted(paths, key=lambda p: (p.name.casefold(), p.name, str(p)))


def collect_inputs(inputs: Sequence[str | Path]) -> tuple[list[Path], list[Finding], list[Finding]]:
    """(files in merge order, notes about skipped files, unreadable inputs)."""
    files: dict[Path, Path] = {}
    notes: list[Finding] = []
    unreadable: list[Finding] = []
    for item in inputs:
        path = Path(item)
        try:
            in_folder = path.is_dir()
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in WORKBOOK_SUFFIXES) \
                if in_folder else [path]
        except PermissionError:
            unreadable.append(file_problem(FileError("andal.folder-tanpa-izin", path=path), str(path)))
            continue
        except OSError as exc:
            unreadable.append(file_problem(FileError("berkas-rusak", path=path,
                                                     detail=exc.strerror or str(exc)), str(path)))
            continue
        if not found:
            unreadable.append(file_problem(FileError("folder-tanpa-xlsx", path=item), str(item)))
        for p in found:
            if p.name.startswith("~$"):
                notes.append(file_problem(lock_file_error(p), str(p), warning=True))
            elif in_folder and (kind := output_kind(p)) is not None:
                code = "berkas-hasil-konsolidasi" if kind == KIND_KONSOLIDASI else "berkas-hasil-rkt-xl"
                notes.append(make_finding(code, str(p), jenis=kind))
            else:
                files.setdefault(same_file_key(p), p)
    return file_order(files.values()), notes, unreadable


def is_consolidation_output(path: Path) -> bool:
    """True for a konsolidasi output (by content: :func:`rkt_xl.workbook.outputs.output_kind`)."""
    return output_kind(path) == KIND_KONSOLIDASI
