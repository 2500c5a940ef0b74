"""Targets: composite targets and units (one indicator per row), unreadable numbers, and
qualitative targets where the unit expects a number."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rkt_xl.model.entities import Loc
from rkt_xl.model.target import Target
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
        elif target.kind == "tidak_dikenal":
            yield ctx.finding("target-tidak-terbaca", tloc, value=target.raw)
        elif target.kind == "kualitatif" and satuan.strip().casefold() not in QUALITATIVE_UNITS:
            yield ctx.finding("target-kualitatif", tloc, value=target.raw, satuan=satuan)
    unit = satuan.strip().casefold()
    if sloc is not None and unit not in _ALLOWED_SLASH_UNITS and _COMPOSITE_UNIT.search(f" {unit} "):
        yield ctx.finding("satuan-gabungan", sloc, value=satuan)
