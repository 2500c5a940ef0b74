"""Money cells (Pagu, Realisasi Anggaran): whole Rupiah >= 0. Indonesian-formatted text is
read by the explicit rule and reported so staff fix the cell type; fractions, negative
amounts and anything else are errors, never counted as 0."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from rkt_xl.model.numbers import format_id, parse_number
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook import layout as C

MONEY_KEYS = tuple(c.key for c in C.BIDANG_COLUMNS if c.kind == C.RUPIAH)


def check(ctx: Context) -> Iterator[Finding]:
    headers = {c.key: c.header for c in C.BIDANG_COLUMNS}
    for sub in ctx.rkt.all_sub_kegiatan():
        for key in MONEY_KEYS:
            loc = sub.loc.get(key)
            if loc is None or loc.raw is None or loc.raw == "":
                continue
            code, extra = classify(loc.raw)
            if code:
                yield ctx.finding(code, loc, judul=headers[key], **extra)


def classify(raw: object) -> tuple[str | None, dict[str, object]]:
    """(finding code or None, extra message parameters) for a money cell value."""
    if isinstance(raw, bool) or isinstance(raw, (dt.date, dt.time)):
        return "rupiah-bukan-angka", {}
    if isinstance(raw, (int, float)):
        value = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
        text = False
    elif isinstance(raw, str):
        parsed = parse_number(raw)
        if parsed is None:
            return "rupiah-bukan-angka", {}
        value, text = parsed.value, True
    else:
        return "rupiah-bukan-angka", {}
    if not value.is_finite():      # NaN/infinity (a live workbook can hand these over)
        return "rupiah-bukan-angka", {}
    if value < 0:
        return "rupiah-negatif", {}
    if value != value.to_integral_value():
        return "rupiah-pecahan", {"value": format_id(value)}
    if text:
        return "rupiah-teks", {"nilai": format_id(int(value)), "angka": str(int(value))}
    return None, {}
