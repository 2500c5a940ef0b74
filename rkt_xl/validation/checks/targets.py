"""Targets: composite targets and units (one indicator per row), unreadable numbers,
qualitative targets where the unit expects a number, a number typed with its unit (the
exact split, and whether the unit agrees with the Satuan column), and a satuan that is a
typo of a known unit."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rkt_xl.model.entities import Loc
from rkt_xl.model.satuan import canonical, typo_of
from rkt_xl.model.target import Target
from rkt_xl.texts import text
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding

# Units under which a word target (Baik, WTP, BB) makes sense.
QUALITATIVE_UNITS = {"predikat", "kategori", "opini", "status", "nilai", "indeks", ""}
_COMPOSITE_UNIT = re.compile(r"\s(?:dan|&)\s|/|,", re.IGNORECASE)
_ALLOWED_SLASH_UNITS = {"orang/bulan", "orang/hari", "kali/tahun"}


def check(ctx: Context) -> Iterator[Finding]:
    for s in ctx.rkt.sasaran:
        yield from _one(ctx, s.target, s.satuan, s.loc.get("target"), s.loc.get("satuan"))
    for sub in ctx.rkt.all_sub_kegiatan():
        for ind in (*sub.keluaran, *sub.hasil):
            yield from _one(ctx, ind.target, ind.satuan, ind.loc.get("target"), ind.loc.get("satuan"))


def _one(ctx: Context, target: Target, satuan: str, tloc: Loc | None, sloc: Loc | None) -> Iterator[Finding]:
    if tloc is not None:
        if target.kind == "komposit":
            yield ctx.finding("target-gabungan", tloc, value=target.raw, jumlah=len(target.parts))
        elif target.kind == "angka_satuan":
            yield ctx.finding("target-dengan-satuan", tloc, value=target.raw, angka=target.number_text,
                              satuan=canonical(target.unit) or target.unit, cocok=_agrees(target.unit, satuan))
        elif target.kind == "tidak_dikenal":
            yield ctx.finding("target-tidak-terbaca", tloc, value=target.raw)
        elif target.kind == "kualitatif" and satuan.strip().casefold() not in QUALITATIVE_UNITS:
            yield ctx.finding("target-kualitatif", tloc, value=target.raw, satuan=satuan)
    unit = satuan.strip().casefold()
    if sloc is not None and unit not in _ALLOWED_SLASH_UNITS and _COMPOSITE_UNIT.search(f" {unit} "):
        yield ctx.finding("satuan-gabungan", sloc, value=satuan)
    elif sloc is not None and (known := typo_of(satuan)) is not None:
        yield ctx.finding("satuan-salah-ketik", sloc, value=satuan, saran=known)


def _agrees(typed_unit: str, column: str) -> str:
    """The fragment saying whether the unit inside the target agrees with the Satuan column."""
    if not column.strip():
        return text("panduan.satuan-kosong")
    a = canonical(typed_unit) or typo_of(typed_unit) or typed_unit.casefold()
    b = canonical(column) or typo_of(column) or " ".join(column.split()).casefold()
    return text("panduan.satuan-sama") if a == b else text("panduan.satuan-beda", kolom=column)
