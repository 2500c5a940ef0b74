"""Load every sheet of an xlsx file as a grid of plain values (read-only, python-calamine).

The file is sniffed first (:func:`rkt_xl.sniff.sniff`: zip bombs, DTDs, damaged parts and
sheets too wide for calamine never reach it); any library failure becomes a FileError.
calamine reads the cells themselves, not the sheet's stored ``<dimension>``, and gives cached
formula values. A number Excel cannot hold (NaN or infinity, only ever seen in damaged or
hand-made files) becomes the text ``#NUM!``, Excel's own error for it, so no check ever
computes with it.
"""

from __future__ import annotations

import math
from pathlib import Path

from rkt_xl.errors import FileError
from rkt_xl.texts import text
from rkt_xl.workbook.sniff import sniff

Grid = list[list[object]]
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
        out.append([_value(v) for v in row[:stop]])
    return out


def _value(v: object) -> object:
    if v == "":
        return None
    if isinstance(v, float) and not math.isfinite(v):
        return NOT_A_NUMBER
    return v


def load_grids(path: Path, sniffed: bool = False) -> dict[str, Grid]:
    """``sniffed=True`` when the caller has just sniffed the same file (the structure scan
    does), to avoid inflating every part twice."""
    if not sniffed:
        sniff(path)
    import python_calamine as pc

    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
        try:
            return {name: _trim(wb.get_sheet_by_name(name).to_python(skip_empty_area=False))
                    for name in wb.sheet_names}
        finally:
            wb.close()
    except pc.PasswordError as exc:
        raise FileError("berkas-terkunci-sandi", path=path) from exc
    except (pc.CalamineError, ValueError, OSError) as exc:
        raise FileError("berkas-rusak", path=path, detail=text("rusak-isi")) from exc
