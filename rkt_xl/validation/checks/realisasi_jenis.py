"""Realisasi cells measured against their target: composite, a range, unreadable, a word
where a number is expected (or the reverse), a percentage for a count, words outside the
scale, and a year figure that looks like the capaian percentage instead of the value."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rkt_xl.realisasi.capaian import (
    BUKAN_ANGGOTA_SKALA,
    SKALA_TIDAK_ADA,
    capaian,
    is_missing,
    parse_value,
    ukur,
)
from rkt_xl.realisasi.display import format_persen
from rkt_xl.realisasi.indikator import STATE_UNITS, TW_FIELDS, Ukuran
from rkt_xl.texts import text
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding

NUMERIC = ("angka", "persen")
# "looks like a percentage": a count target of at least MIN_TARGET, a realisasi between
# LOW and HIGH (a typical capaian %) that is at most half the target.
MIN_TARGET = Decimal(200)
LOW, HIGH = Decimal(50), Decimal(110)


def check(ctx: Context) -> Iterator[Finding]:
    for u in ctx.indicators():
        for field in ("realisasi", *TW_FIELDS):
            loc = u.loc.get(field)
            raw = u.value(field).raw
            if loc is None or is_missing(raw):
                continue
            yield from _one(ctx, u, field, raw, loc)


def _one(ctx: Context, u: Ukuran, field: str, raw: str, loc) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    t, r = u.target, parse_value(raw)
    if t.kind == "komposit":
        yield ctx.finding("realisasi-target-gabungan", loc, value=raw, target=t.raw)
        return
    if r.kind == "komposit":
        yield ctx.finding("realisasi-gabungan", loc, value=raw, target=t.raw)
    elif r.kind == "rentang":
        yield ctx.finding("realisasi-rentang", loc, value=raw)
    elif r.kind == "tidak_dikenal":
        yield ctx.finding("realisasi-tidak-terbaca", loc, value=raw)
    elif t.kind == "kualitatif" and r.kind in NUMERIC:
        yield ctx.finding("realisasi-jenis-beda", loc, value=raw, target=t.raw,
                          jenis=text("realisasi.jenis-angka"), jenis_target=text("realisasi.jenis-kata"))
    elif t.kind in (*NUMERIC, "rentang") and r.kind == "kualitatif":
        yield ctx.finding("realisasi-jenis-beda", loc, value=raw, target=t.raw,
                          jenis=text("realisasi.jenis-kata"), jenis_target=text("realisasi.jenis-angka"))
    elif t.kind == "kualitatif":
        if ukur(t.raw, raw, "positif", u.skala or None).alasan in (SKALA_TIDAK_ADA, BUKAN_ANGGOTA_SKALA):
            skala = (text("realisasi.skala-sendiri", skala=u.skala) if u.skala.strip()
                     else text("realisasi.skala-bawaan"))
            yield ctx.finding("realisasi-tanpa-skala", loc, value=raw, target=t.raw, skala=skala)
    elif _is_count(u) and t.kind == "angka" and r.kind == "persen":
        yield ctx.finding("realisasi-persen-untuk-jumlah", loc, value=raw, target=t.raw, satuan=u.satuan)
    elif field == "realisasi" and _is_count(u) and t.kind == "angka" and r.kind == "angka" \
            and t.value >= MIN_TARGET and LOW <= r.value <= HIGH and 2 * r.value <= t.value:
        yield ctx.finding("realisasi-mirip-persen", loc, value=raw, target=t.raw, satuan=u.satuan,
                          capaian=format_persen(capaian(t.raw, raw)))


def _is_count(u: Ukuran) -> bool:
    return u.satuan.strip().casefold() not in STATE_UNITS
