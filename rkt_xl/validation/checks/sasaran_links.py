"""Links between the bidang sheets and the Sasaran sheet: every sub kegiatan serves an
existing sasaran indicator; every sasaran indicator has a sub kegiatan under it; a Hasil
target is not weaker than the target of the sasaran it serves."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from rkt_xl.model.entities import IndikatorSasaran, SubKegiatan
from rkt_xl.model.target import Target
from rkt_xl.validation.context import Context, make_finding
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook import layout as C

# Ordinal scales for word targets (lowest first); compared only within one scale.
SCALES = (
    ("sangat kurang", "kurang", "cukup", "baik", "sangat baik"),
    ("d", "c", "cc", "b", "bb", "a", "aa"),
    ("tdp", "tw", "wdp", "wtp"),
)


def check(ctx: Context) -> Iterator[Finding]:
    sasaran = {s.kode: s for s in ctx.rkt.sasaran if s.kode}
    # One of several copies with an empty Sasaran sheet: the links are judged on the copy
    # that carries the Sasaran (e-mailed bidang copies usually leave it to the planner's).
    has_sheet = C.SHEET_SASARAN in ctx.grids and (bool(sasaran) or not ctx.partial)
    yield from link_findings(ctx.rkt.all_sub_kegiatan(), sasaran, ctx.file, has_sheet)
    if not ctx.partial:
        yield from orphans(ctx)
    for s in ctx.rkt.sasaran:
        if s.polaritas and s.polaritas.strip().casefold() not in C.POLARITAS and "polaritas" in s.loc:
            yield ctx.finding("polaritas-tidak-sah", s.loc["polaritas"])


def link_findings(subs: Iterable[SubKegiatan], sasaran: dict[str, IndikatorSasaran], file: str,
                  has_sheet: bool = True) -> Iterator[Finding]:
    """Each sub kegiatan serves an existing sasaran, with a Hasil target not weaker than the
    sasaran's (also run on the merge, for copies that left the Sasaran to another copy)."""
    for sub in subs:
        s = sasaran.get(sub.sasaran)
        if s is None:
            if has_sheet and sub.sasaran and "sasaran" in sub.loc:
                yield make_finding("sasaran-tidak-ada", file, sub.loc["sasaran"], value=sub.sasaran)
            continue
        negative = s.polaritas.strip().casefold() == "negatif"
        for h in sub.hasil:
            if "target" in h.loc and weaker(h.target, s.target, negative):
                yield make_finding("target-hasil-di-bawah-sasaran", file, h.loc["target"], value=h.target.raw,
                                   sasaran=s.kode, target_sasaran=s.target.raw)


def orphans(ctx: Context) -> Iterator[Finding]:
    yield from orphan_findings(ctx.rkt.sasaran, {sub.sasaran for sub in ctx.rkt.all_sub_kegiatan()}, ctx.file)


def orphan_findings(sasaran: Iterable[IndikatorSasaran], used: set[str], file: str) -> Iterator[Finding]:
    """Sasaran indicators no sub kegiatan serves (also run on the merge of several copies)."""
    for s in sasaran:
        if s.kode and s.kode not in used and "kode" in s.loc:
            yield make_finding("sasaran-tanpa-sub-kegiatan", file, s.loc["kode"], kode=s.kode, indikator=s.indikator)


def weaker(child: Target, parent: Target, negative: bool = False) -> bool:
    """True when ``child`` promises less than ``parent`` in any comparable part."""
    a = child.parts or (child,)
    b = parent.parts or (parent,)
    if len(a) != len(b):
        return False
    return any(_part_weaker(x, y, negative) for x, y in zip(a, b, strict=True))


def _part_weaker(x: Target, y: Target, negative: bool) -> bool:
    if x.value is not None and y.value is not None and x.kind == y.kind:
        return x.value > y.value if negative else x.value < y.value
    if x.kind == y.kind == "kualitatif":
        rx, ry = _rank(x.text), _rank(y.text)
        return rx is not None and ry is not None and rx[0] == ry[0] and rx[1] < ry[1]
    return False


def _rank(word: str) -> tuple[int, Decimal] | None:
    w = word.casefold()
    for i, scale in enumerate(SCALES):
        if w in scale:
            return i, Decimal(scale.index(w))
    return None
