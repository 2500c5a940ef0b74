"""Turn a filled RKT workbook back into the model.

Two entry points, one parse path:

- :func:`read_workbook` (a file): sniffed first, then read read-only with python-calamine.
- :func:`read_grids` (a 2-D list of values per sheet, what the Excel button hands over
  from a live workbook, cell A1 at ``[0][0]``).

Columns are found by their header text (from :mod:`rkt_xl.columns`), so a moved column is
still read; which columns moved or are missing is for the checks to report. Every value
keeps its sheet, cell and raw value in ``loc``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from rkt_xl.model.entities import Bidang, Indikator, IndikatorSasaran, Loc, Profil, Rkt, SubKegiatan
from rkt_xl.model.target import Target
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.cells import as_int, as_text, is_empty
from rkt_xl.workbook.grids import load_grids

Grid = Sequence[Sequence[object]]
HEADER_SEARCH_ROWS = 10
_WS = re.compile(r"[\s\u00a0]+")


def norm_header(value: object) -> str:
    return _WS.sub(" ", as_text(value)).strip().casefold()


def read_workbook(path: str | Path) -> Rkt:
    """Read an RKT workbook file (never written to). Raises FileError if unreadable."""

    return read_grids(load_grids(Path(path)))


Header = tuple[int, dict[str, int]] | None


def read_grids(grids: Mapping[str, Grid], headers: dict[str, Header] | None = None) -> Rkt:
    """Read the model from plain value grids, one per sheet name. ``headers`` receives the
    header map found for each sheet (the checks use the same one, never a second search)."""
    rkt = Rkt()
    headers = {} if headers is None else headers
    if C.SHEET_PROFIL in grids:
        rkt.profil = _read_profil(grids[C.SHEET_PROFIL])
    if C.SHEET_SASARAN in grids:
        headers[C.SHEET_SASARAN] = find_header(grids[C.SHEET_SASARAN], C.SASARAN_COLUMNS)
        rkt.sasaran = _read_sasaran(grids[C.SHEET_SASARAN], headers[C.SHEET_SASARAN])
    for name, grid in grids.items():
        if name in C.RESERVED_SHEETS:
            continue
        header = headers[name] = find_header(grid, C.BIDANG_COLUMNS)
        if header is not None and len(header[1].keys() & {c.key for c in C.BIDANG_CORE}) * 2 >= len(C.BIDANG_CORE):
            rkt.bidang.append(_read_bidang(name, grid, *header))
    return rkt


def cell(grid: Grid, row: int, col: int) -> object:
    if row < len(grid) and col < len(grid[row]):
        return grid[row][col]
    return None


def find_header(grid: Grid, cols: tuple[C.Column, ...]) -> tuple[int, dict[str, int]] | None:
    """(header row, {column key: column index}) of the best-matching row near the top."""
    wanted = {norm_header(c.header): c.key for c in cols}
    best: tuple[int, dict[str, int]] | None = None
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        found: dict[str, int] = {}
        for i, v in enumerate(grid[r]):
            key = wanted.get(norm_header(v))
            if key is not None and key not in found:
                found[key] = i
        if found and (best is None or len(found) > len(best[1])):
            best = (r, found)
    return best


def _read_profil(grid: Grid) -> Profil:
    by_label = {norm_header(f.label): f for f in C.PROFIL_FIELDS}
    profil = Profil()
    for r in range(len(grid)):
        f = by_label.get(norm_header(cell(grid, r, C.PROFIL_LABEL_COL)))
        if f is None or f.key in profil.loc:
            continue
        raw = cell(grid, r, C.PROFIL_VALUE_COL)
        profil.loc[f.key] = Loc(C.SHEET_PROFIL, C.a1(r, C.PROFIL_VALUE_COL), raw)
        setattr(profil, f.key, as_int(raw) if f.kind == C.YEAR else as_text(raw))
    return profil


def _value(kind: str, raw: object) -> object:
    if kind == C.RUPIAH:
        return as_int(raw)
    if kind == C.TARGET:
        return Target.parse(as_text(raw))
    return as_text(raw)


def _read_sasaran(grid: Grid, header: Header) -> list[IndikatorSasaran]:
    if header is None:
        return []
    head, mapping = header
    kinds = {c.key: c.kind for c in C.SASARAN_COLUMNS}
    out: list[IndikatorSasaran] = []
    for r in range(head + 1, len(grid)):
        raws = {k: cell(grid, r, i) for k, i in mapping.items()}
        if all(is_empty(v) for v in raws.values()):
            continue
        s = IndikatorSasaran(kode="")
        for key, i in mapping.items():
            setattr(s, key, _value(kinds[key], raws[key]))
            s.loc[key] = Loc(C.SHEET_SASARAN, C.a1(r, i), raws[key])
        if out:
            inherit_from_above(s, out[-1])
        out.append(s)
    return out


def inherit_from_above(s: IndikatorSasaran, above: IndikatorSasaran) -> None:
    """A blank Tujuan/Sasaran belongs to the row above, as Renstra tables print them (one
    merged cell over its indicators). The Sasaran is inherited only within the same Tujuan.
    ``loc`` keeps the blank cell, so the checks still know it was left blank."""
    tujuan_blank = not s.tujuan
    if tujuan_blank:
        s.tujuan = above.tujuan
    if not s.sasaran and (tujuan_blank or s.tujuan == above.tujuan):
        s.sasaran = above.sasaran


def _read_bidang(sheet: str, grid: Grid, head: int, mapping: dict[str, int]) -> Bidang:
    nama = as_text(cell(grid, C.TITLE_ROW, 0)) if head > C.TITLE_ROW else ""
    bidang = Bidang(sheet, nama or sheet)
    # (field, column index, kind, column letter) per level, worked out once per sheet
    levels: dict[str, list[tuple[str, int, str, str]]] = {"sub": [], "keluaran": [], "hasil": []}
    for c in C.BIDANG_COLUMNS:
        if c.key in mapping:
            i = mapping[c.key]
            levels[c.level].append((c.field, i, c.kind, C.col_letter(i)))
    current: SubKegiatan | None = None
    for r in range(head + 1, len(grid)):
        row = grid[r]
        width = len(row)
        raws = {level: [row[i] if i < width else None for _, i, _, _ in cols] for level, cols in levels.items()}
        filled = {level: any(not is_empty(v) for v in values) for level, values in raws.items()}
        if not any(filled.values()):
            continue
        n = r + 1
        if filled["sub"] or current is None:
            current = SubKegiatan()
            for (fld, _, kind, letter), raw in zip(levels["sub"], raws["sub"], strict=True):
                setattr(current, fld, _value(kind, raw))
                current.loc[fld] = Loc(sheet, f"{letter}{n}", raw)
            current.loc["_row"] = Loc(sheet, f"A{n}", n)
            bidang.sub_kegiatan.append(current)
        for level in ("keluaran", "hasil"):
            if not filled[level]:
                continue
            ind = Indikator()
            for (fld, _, kind, letter), raw in zip(levels[level], raws[level], strict=True):
                setattr(ind, fld, _value(kind, raw))
                ind.loc[fld] = Loc(sheet, f"{letter}{n}", raw)
            getattr(current, level).append(ind)
    return bidang
