"""Values beyond what is exact or sane, and values that come from elsewhere.

- Money above :data:`PAGU_MAX` (Rp 10^15, a thousand trillion: more than any APBD, and past
  2^53 Excel and calamine no longer hold whole Rupiah exactly): a galat, never summed
  silently.
- A formula that reads another workbook (``[1]Sheet1!A1``): its cached value can be stale and
  the other workbook does not travel with the file: a peringatan per cell.
"""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.model.numbers import format_id
from rkt_xl.validation.checks.money import MONEY_KEYS
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding

PAGU_MAX = 10**15


def check(ctx: Context) -> Iterator[Finding]:
    for sub in ctx.rkt.all_sub_kegiatan():
        for key in MONEY_KEYS:
            loc = sub.loc.get(key)
            value = getattr(sub, key.split(".")[-1], None)
            if loc is not None and isinstance(value, int) and value > PAGU_MAX:
                yield ctx.finding("pagu-terlalu-besar", loc, value=format_id(value), batas=format_id(PAGU_MAX))
    sheets = getattr(ctx.structure, "sheets", {}) or {}
    for name, st in sheets.items():
        for cell in st.external:
            yield ctx.finding("rumus-tautan-luar", sheet=name, cell=cell)
