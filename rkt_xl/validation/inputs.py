"""Which files a run reads: folders expanded, each file once, in merge order.

Excel lock files (``~$name.xlsx``) and our own consolidation outputs found in a folder are
skipped with a warning; a folder without workbooks is an unreadable input.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from rkt_xl.errors import FileError
from rkt_xl.validation.context import file_problem, make_finding
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.sniff import lock_file_error

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_RKT_SHEET = re.compile(rb'<sheet\b[^>]*\bname="' + re.escape(C.SHEET_RKT.encode()) + rb'"')


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
        in_folder = path.is_dir()
        found = sorted(p for p in path.iterdir() if p.suffix.lower() in WORKBOOK_SUFFIXES) \
            if in_folder else [path]
        if not found:
            unreadable.append(file_problem(FileError("folder-tanpa-xlsx", path=item), str(item)))
        for p in found:
            if p.name.startswith("~$"):
                notes.append(file_problem(lock_file_error(p), str(p), warning=True))
            elif in_folder and is_consolidation_output(p):
                notes.append(make_finding("berkas-hasil-konsolidasi", str(p)))
            else:
                files.setdefault(_identity(p), p)
    return file_order(files.values()), notes, unreadable


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def is_consolidation_output(path: Path) -> bool:
    """True for a workbook with an RKT sheet (read from xl/workbook.xml only)."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("xl/workbook.xml")
            if info.file_size > 5_000_000:
                return False
            return _RKT_SHEET.search(zf.read(info)) is not None
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError, zlib.error):
        return False
