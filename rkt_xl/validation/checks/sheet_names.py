"""Sheet names within one workbook: bidang sheets the output could not carry
(:mod:`rkt_xl.validation.sheet_names`), a sheet that looks like a bidang sheet but is named
like an output sheet (the reader skips ``RKT``, ``Ringkasan``...: its sub kegiatan would be
dropped), and two sheets whose names differ only in what Excel ignores (one of them would
be lost or mixed up)."""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding
from rkt_xl.validation.sheet_names import OUTPUT_SHEETS, excel_key, problem
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.reader import find_header


def check(ctx: Context) -> Iterator[Finding]:
    bidang = {b.sheet for b in ctx.rkt.bidang}
    for name in bidang:
        found = problem(name)
        if found is not None:
            code, params = found
            yield ctx.finding(code, sheet=name, cell="A1", value=name, **params)
    for name in ctx.grids:
        if name in C.RESERVED_SHEETS and name in OUTPUT_SHEETS and name not in (C.SHEET_PROFIL, C.SHEET_SASARAN):
            header = find_header(ctx.grids[name], C.BIDANG_COLUMNS)
            if header is not None and len(header[1]) * 2 >= len(C.BIDANG_COLUMNS):
                yield ctx.finding("sheet-nama-keluaran", sheet=name, cell="A1", value=name, keluaran=name)
    names = list(getattr(ctx.structure, "names", None) or ctx.grids)
    first: dict[str, str] = {}
    for name in names:
        key = excel_key(name)
        if key in first:
            yield ctx.finding("sheet-nama-ganda", sheet=name, cell="A1", value=name, lain=first[key], berkas="")
        else:
            first[key] = name
