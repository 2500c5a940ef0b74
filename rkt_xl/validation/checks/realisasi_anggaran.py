"""Realisasi anggaran: above pagu, and triwulan that do not add up to a typed year figure."""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.model.numbers import format_id
from rkt_xl.realisasi.anggaran import realisasi_anggaran
from rkt_xl.texts import text
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding


def check(ctx: Context) -> Iterator[Finding]:
    for sub in ctx.rkt.all_sub_kegiatan():
        year, tw = sub.realisasi_anggaran, sub.realisasi_anggaran_triwulan
        filled = [v for v in tw if v is not None]
        if year is not None and filled and sum(filled) != year:
            yield ctx.finding("realisasi-anggaran-triwulan-beda", sub.loc.get("realisasi_anggaran"),
                              tahun=format_id(year), jumlah=format_id(sum(filled)), kode=sub.kode)
        total, fields = realisasi_anggaran(year, tw)
        if total is None or sub.pagu is None or total <= sub.pagu:
            continue
        loc = sub.loc.get(fields[-1])
        sumber = (text("realisasi.sumber-tahun") if fields == ("realisasi_anggaran",)
                  else text("realisasi.sumber-tw"))
        yield ctx.finding("realisasi-anggaran-melebihi-pagu", loc, value=total, realisasi=format_id(total),
                          sumber=sumber, pagu=format_id(sub.pagu), kode=sub.kode)
