"""The same sub kegiatan code in two rows (of one sheet or two bidang sheets), and the same
sasaran indicator code twice. Both cells are named; nothing may be counted twice."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import Finding
from ..model import Loc
from .context import Context


def where(loc: Loc) -> str:
    return f"'{loc.sheet}'!{loc.cell}"


def check(ctx: Context) -> Iterator[Finding]:
    seen: dict[str, Loc] = {}
    for sub in ctx.rkt.all_sub_kegiatan():
        loc = sub.loc.get("kode")
        if loc is None or not sub.kode:
            continue
        if sub.kode in seen:
            yield ctx.finding("kode-ganda", loc, value=sub.kode, lain=where(seen[sub.kode]))
        else:
            seen[sub.kode] = loc
    seen_s: dict[str, Loc] = {}
    for s in ctx.rkt.sasaran:
        loc = s.loc.get("kode")
        if loc is None or not s.kode:
            continue
        if s.kode in seen_s:
            yield ctx.finding("kode-sasaran-ganda", loc, value=s.kode, lain=where(seen_s[s.kode]))
        else:
            seen_s[s.kode] = loc
