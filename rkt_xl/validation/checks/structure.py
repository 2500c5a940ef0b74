"""The shape of the workbook: required sheets (with the closest name when renamed),
unknown and hidden sheets, header rows changed or moved, hidden rows and merged cells in
the data area. Policy: hidden and merged content is read (top-left cell of a merge) and
always reported, never silently dropped."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.cells import is_empty
from rkt_xl.workbook.reader import norm_header

REQUIRED_SHEETS = (C.SHEET_PROFIL, C.SHEET_SASARAN)


def closest(name: str, candidates: list[str]) -> str | None:
    folded = {c.strip().casefold(): c for c in candidates}
    if name.strip().casefold() in folded:
        return folded[name.strip().casefold()]
    match = difflib.get_close_matches(name.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[match[0]] if match else None


def check(ctx: Context) -> Iterator[Finding]:
    names = list(ctx.grids)
    bidang = {b.sheet for b in ctx.rkt.bidang}
    unknown = [n for n in names if n not in C.RESERVED_SHEETS and n not in bidang]
    suggested: set[str] = set()
    for required in REQUIRED_SHEETS:
        if required not in ctx.grids:
            near = closest(required, unknown)
            if near:
                suggested.add(near)
            yield ctx.finding("sheet-wajib-tidak-ada", nama=required,
                              saran=f" (mungkin '{near}' yang dimaksud)" if near else "",
                              ada=", ".join(names) or "-")
    if not bidang:
        yield ctx.finding("sheet-bidang-tidak-ada",
                          saran=f" (sheet lain: {', '.join(unknown)})" if unknown else "")
    for name in unknown:
        if name in suggested:
            continue
        near = closest(name, [*C.RESERVED_SHEETS, *bidang])
        yield ctx.finding("sheet-tidak-dikenal", sheet=name,
                          saran=f" (mirip '{near}')" if near else "")
    for name in [C.SHEET_SASARAN, *[b.sheet for b in ctx.rkt.bidang]]:
        if name in ctx.grids:
            yield from _headers(ctx, name)
    yield from _hidden_and_merged(ctx, [C.SHEET_PROFIL, C.SHEET_SASARAN, *sorted(bidang)])


def _headers(ctx: Context, sheet: str) -> Iterator[Finding]:
    cols = C.SASARAN_COLUMNS if sheet == C.SHEET_SASARAN else C.BIDANG_COLUMNS
    found = ctx.header(sheet)
    if found is None:
        return
    row, mapping = found
    if row != C.HEADER_ROW:
        yield ctx.finding("baris-judul-pindah", sheet=sheet, cell=C.a1(row, 0),
                          baris=row + 1, seharusnya=C.HEADER_ROW + 1)
    grid = ctx.grids[sheet]
    known = {norm_header(c.header) for c in cols}
    for i, col in enumerate(cols):
        if col.key in mapping:
            if mapping[col.key] != i:
                yield ctx.finding("kolom-pindah", sheet=sheet, cell=C.a1(row, mapping[col.key]),
                                  judul=col.header, seharusnya=C.col_letter(i))
            continue
        if col.optional:   # a workbook of an older template: the column is simply absent
            continue
        there = grid[row][i] if i < len(grid[row]) else None
        if not is_empty(there) and norm_header(there) not in known:
            yield ctx.finding("judul-kolom-berubah", sheet=sheet, cell=C.a1(row, i), value=there,
                              judul=col.header)
        else:
            yield ctx.finding("kolom-hilang", sheet=sheet, cell=C.a1(row, i), judul=col.header)


_RANGE = re.compile(r"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?")


def _hidden_and_merged(ctx: Context, sheets: list[str]) -> Iterator[Finding]:
    structure = getattr(ctx.structure, "sheets", {}) or {}
    for name in sheets:
        st = structure.get(name)
        if st is None or name not in ctx.grids:
            continue
        if st.state != "visible":
            yield ctx.finding("sheet-tersembunyi", sheet=name, keadaan=st.state)
        grid = ctx.grids[name]
        header = ctx.header(name) if name != C.SHEET_PROFIL else (C.PROFIL_FIRST_ROW - 1, {})
        first_data = (header[0] if header else C.HEADER_ROW) + 2   # 1-based
        for r in st.hidden_rows:
            if r >= first_data and r <= len(grid) and not all(is_empty(v) for v in grid[r - 1]):
                yield ctx.finding("baris-tersembunyi", sheet=name, cell=f"A{r}", baris=r)
        for rng in st.merged:
            m = _RANGE.fullmatch(rng)
            if m and int(m.group(2)) >= first_data:
                top_left = f"{m.group(1)}{m.group(2)}"
                yield ctx.finding("sel-gabung", sheet=name, cell=top_left, rentang=rng)
