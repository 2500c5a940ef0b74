"""Load every sheet of an xlsx file as a grid of plain values (read-only, python-calamine).

The file is sniffed first (:func:`rkt_xl.workbook.sniff.sniff`: zip bombs, DTDs, damaged
parts and sheets too wide for calamine never reach it); any library failure becomes a
FileError. Error values newer than calamine (``#SPILL!``...) are read from an in-memory copy
in which they are ``#N/A`` (the structure scan keeps the real value for the finding); the
file itself is never written. Cells covered by a merge (all but its top-left cell) are read
as empty, as Excel shows them, so what the finding says is read is what is summed.
calamine reads the cells themselves, not the sheet's stored ``<dimension>``, and gives cached
formula values. A number Excel cannot hold (NaN or infinity, only ever seen in damaged or
hand-made files) becomes the text ``#NUM!``, Excel's own error for it, so no check ever
computes with it.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from pathlib import Path

import python_calamine as pc

from rkt_xl.errors import FileError
from rkt_xl.texts import text
from rkt_xl.workbook.sniff import sniff
from rkt_xl.workbook.structure import NEWER_ERRORS, WorkbookStructure

Grid = list[list[object]]
_EMPTY_ROW: list[object] = []
NOT_A_NUMBER = "#NUM!"


def _trim(rows: list[list[object]]) -> Grid:
    """Drop trailing empty rows and trailing empty cells (formatted-but-empty areas)."""
    end = len(rows)
    while end and all(v is None or v == "" for v in rows[end - 1]):
        end -= 1
    out: Grid = []
    for row in rows[:end]:
        stop = len(row)
        while stop and (row[stop - 1] is None or row[stop - 1] == ""):
            stop -= 1
        # an empty row is one shared empty list (8 bytes, not 56): a sparse sheet of a
        # million rows stays small (nothing mutates a grid's empty rows)
        out.append([_value(v) for v in row[:stop]] if stop else _EMPTY_ROW)
    return out


def _value(v: object) -> object:
    if v == "":
        return None
    if isinstance(v, float) and not math.isfinite(v):
        return NOT_A_NUMBER
    return v


def load_grids(path: Path, structure: WorkbookStructure | None = None) -> dict[str, Grid]:
    """Every sheet's grid. ``structure`` is what :func:`sniff` returned for the same file
    (the caller has just sniffed it); without it the file is sniffed here."""
    path = Path(path)
    if structure is None:
        structure = sniff(path)
    try:
        source: object = _patched(path, structure) if structure.newer_errors else str(path)
        wb = pc.CalamineWorkbook.from_filelike(source) if isinstance(source, io.BytesIO) \
            else pc.CalamineWorkbook.from_path(source)
        try:
            grids = {name: _trim(wb.get_sheet_by_name(name).to_python(skip_empty_area=False))
                     for name in wb.sheet_names}
        finally:
            wb.close()
    except pc.PasswordError as exc:
        raise FileError("berkas-terkunci-sandi", path=path) from exc
    except (pc.CalamineError, ValueError, OSError, zipfile.BadZipFile) as exc:
        raise FileError("berkas-rusak", path=path, detail=text("rusak-isi")) from exc
    for name, grid in grids.items():
        st = structure.sheets.get(name)
        if st is not None and st.merged:
            _blank_covered(grid, st.merged)
    return grids


_NEWER = [(b"<v>" + e.encode() + b"</v>", b"<v>#N/A</v>") for e in NEWER_ERRORS]
_RANGE = re.compile(r"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})")


def _patched(path: Path, structure: WorkbookStructure) -> io.BytesIO:
    """An in-memory copy of the file in which the sheets with newer error values say #N/A."""
    parts = {s.part for s in structure.sheets.values() if s.newer_errors}
    out = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in parts:
                for old, new in _NEWER:
                    data = data.replace(old, new)
            zout.writestr(info, data)
    out.seek(0)
    return out


def _col(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _blank_covered(grid: Grid, merged: list[str]) -> None:
    for rng in merged:
        m = _RANGE.fullmatch(rng)
        if m is None:
            continue
        r1, r2 = int(m.group(2)) - 1, min(int(m.group(4)), len(grid)) - 1
        c1, c2 = _col(m.group(1)), _col(m.group(3))
        for r in range(r1, r2 + 1):
            row = grid[r]
            for c in range(c1, min(c2, len(row) - 1) + 1):
                if (r, c) != (r1, c1):
                    row[c] = None
