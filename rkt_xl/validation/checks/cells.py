"""Cells whose value cannot be trusted or that carry hazards: Excel error values, formulas
without a cached value, text that looks like a formula, control characters, over-long text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rkt_xl.model.numbers import parse_number
from rkt_xl.validation.context import Context, iter_cells
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook import layout as C

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t")
EXCEL_CELL_LIMIT = 32_767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _data_sheets(ctx: Context) -> set[str]:

    return {C.SHEET_PROFIL, C.SHEET_SASARAN} | {b.sheet for b in ctx.rkt.bidang}


def check(ctx: Context) -> Iterator[Finding]:
    sheets = getattr(ctx.structure, "sheets", {}) or {}
    data = _data_sheets(ctx)
    for name in sorted(data & set(sheets)):
        st = sheets[name]
        for cell, err in sorted(st.errors.items(), key=lambda kv: _order(kv[0])):
            yield ctx.finding("nilai-galat-excel", sheet=name, cell=cell, value=err)
        for cell in sorted(set(st.formulas_without_value) - set(st.errors), key=_order):
            yield ctx.finding("rumus-tanpa-nilai", sheet=name, cell=cell)
    for loc, _col, _owner in iter_cells(ctx.rkt):
        raw = loc.raw
        if not isinstance(raw, str) or not raw:
            continue
        if len(raw) > EXCEL_CELL_LIMIT:
            yield ctx.finding("teks-terlalu-panjang", loc, value=raw[:50] + "…", panjang=len(raw))
        if _CONTROL.search(raw):
            yield ctx.finding("teks-karakter-kontrol", loc)
        if raw.startswith(FORMULA_TRIGGERS) and not _is_plain_number(raw):
            yield ctx.finding("teks-awalan-rumus", loc, awal="tab" if raw[0] == "\t" else raw[0])


def _is_plain_number(text: str) -> bool:

    return text[0] in "+-" and parse_number(text.lstrip("+")) is not None


def _order(address: str) -> tuple[int, int]:
    return C.cell_position(address)
