"""Realisasi missing for an indicator that has a target.

Silent for a plan (no realisasi typed anywhere in the workbook). The period is the one
the workbook reports: the triwulan of the run (``rkt konsolidasi --triwulan N``), else the
year when a year figure or TW IV is filled, else the last triwulan with any realisasi;
mid-year only that triwulan's cells are asked for. A typed
``n/a`` or ``-`` says the indicator cannot be measured and is not reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.realisasi.indikator import (
    TW_FIELDS,
    ada_realisasi,
    periode_terisi,
    pilih_realisasi,
)
from rkt_xl.texts import text
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook.layout import TW


def check(ctx: Context) -> Iterator[Finding]:
    if not ada_realisasi(ctx.rkt, ctx.indicators()):
        return
    periode = ctx.triwulan or periode_terisi(ctx.rkt, ctx.indicators())
    field = "realisasi" if periode is None else TW_FIELDS[periode - 1]
    label = text("realisasi.periode-tahun") if periode is None else text("realisasi.periode-tw", tw=TW[periode])
    for u in ctx.indicators():
        loc = u.loc.get(field)
        if loc is None or u.target.kind in ("kosong", "komposit") or str(loc.raw or "").strip():
            continue
        if pilih_realisasi(u, periode).text:
            continue
        yield ctx.finding("realisasi-kosong", loc, indikator=u.indikator, target=u.target.raw, periode=label)
