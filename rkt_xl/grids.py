"""Load every sheet of an xlsx file as a grid of plain values (read-only, python-calamine).

The file is sniffed first; any library failure becomes a FileError. calamine reads the
cells themselves, not the sheet's stored ``<dimension>``, and gives cached formula values.
"""

from __future__ import annotations

from pathlib import Path

from .errors import FileError
from .sniff import sniff

Grid = list[list[object]]


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
        out.append([None if v == "" else v for v in row[:stop]])
    return out


def load_grids(path: Path) -> dict[str, Grid]:
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
        raise FileError("berkas-rusak", path=path, detail=type(exc).__name__) from exc
