"""The same sub kegiatan code in two rows (of one sheet or two bidang sheets), and the same
sasaran indicator code twice. Both cells are named; nothing may be counted twice."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rkt_xl.model.entities import Loc
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding


def where(loc: Loc) -> str:
    return f"'{loc.sheet}'!{loc.cell}"


def _repeats(ctx: Context, code: str, items: Iterable[tuple[str, Loc | None]]) -> Iterator[Finding]:
    seen: dict[str, Loc] = {}
    for kode, loc in items:
        if loc is None or not kode:
            continue
        if kode in seen:
            yield ctx.finding(code, loc, value=kode, lain=where(seen[kode]))
        else:
            seen[kode] = loc


def check(ctx: Context) -> Iterator[Finding]:
    yield from _repeats(ctx, "kode-ganda", ((s.kode, s.loc.get("kode")) for s in ctx.rkt.all_sub_kegiatan()))
    yield from _repeats(ctx, "kode-sasaran-ganda", ((s.kode, s.loc.get("kode")) for s in ctx.rkt.sasaran))
