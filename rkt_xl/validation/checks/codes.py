"""Sub kegiatan codes: the U.BB.PP.2.KK.SSSS format, and existence in the nomenclature of
the selected Kepmendagri edition (with a suggestion when the name points to a code)."""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.model.names import name_key
from rkt_xl.model.nomenclature import EDITIONS, KODE_SUB_KEGIATAN, by_name, nomenclature
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding

SEGMENT_WIDTHS = (1, 2, 2, 1, 2, 4)


def normalise_kode(kode: str) -> str | None:
    """A code with short segments padded (5.03.02.2.01.03 -> 5.03.02.2.01.0003), or None."""
    parts = kode.replace(" ", "").split(".")
    if len(parts) != len(SEGMENT_WIDTHS) or not all(p.isdigit() for p in parts):
        return None
    if any(len(p) > w for p, w in zip(parts, SEGMENT_WIDTHS, strict=True)):
        return None
    candidate = ".".join(p.zfill(w) for p, w in zip(parts, SEGMENT_WIDTHS, strict=True))
    return candidate if KODE_SUB_KEGIATAN.match(candidate) else None


def check(ctx: Context) -> Iterator[Finding]:
    versi = ctx.edition
    codes = nomenclature(versi)
    names = by_name(versi)
    for sub in ctx.rkt.all_sub_kegiatan():
        loc = sub.loc.get("kode")
        if loc is None or not sub.kode:
            continue
        if not KODE_SUB_KEGIATAN.match(sub.kode):
            fixed = normalise_kode(sub.kode)
            yield ctx.finding("kode-format-salah", loc, value=sub.kode,
                              saran=f" Mungkin maksudnya '{fixed}'." if fixed else "")
            continue
        entry = codes.get(sub.kode)
        if entry is None or entry.tingkat != "sub_kegiatan":
            found = names.get(("sub_kegiatan", name_key(sub.nama)))
            named = found.kode if found is not None else None
            yield ctx.finding("kode-tidak-dikenal", loc, value=sub.kode, versi=EDITIONS[versi],
                              saran=f"; nama sub kegiatan ini memakai kode {named}" if named else "")
