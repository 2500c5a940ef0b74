"""A typed year figure that contradicts the triwulan (by the indicator's sifat: kumulatif
sums, non-kumulatif takes the last), a kumulatif year below one of its triwulan, and a
sifat that is neither kumulatif nor non-kumulatif."""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.realisasi.capaian import is_missing, parse_value
from rkt_xl.realisasi.indikator import JUMLAH, Ukuran, dari_triwulan, resolve_sifat
from rkt_xl.texts import text
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook.layout import KUMULATIF, SIFAT, TW

NUMERIC = ("angka", "persen")


def check(ctx: Context) -> Iterator[Finding]:
    for u in ctx.indicators():
        if u.level == "sasaran" and u.sifat_typed.strip() \
                and u.sifat_typed.strip().casefold().replace(" ", "-") not in SIFAT:
            yield ctx.finding("realisasi-sifat-tidak-dikenal", u.loc.get("sifat"), value=u.sifat_typed,
                              sifat=resolve_sifat("", u.satuan, u.target))
        loc = u.loc.get("realisasi")
        if loc is None or is_missing(u.realisasi.raw):
            continue
        derived = dari_triwulan(u)
        if not derived.text:
            continue
        yield from _compare(ctx, u, loc, derived.text, derived.cara)


def _compare(ctx: Context, u: Ukuran, loc, derived: str, cara: str) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    year, calc = parse_value(u.realisasi.raw), parse_value(derived)
    if year.kind in NUMERIC and calc.kind in NUMERIC:
        if u.sifat == KUMULATIF:
            tws = [(n, parse_value(t.raw)) for n, t in enumerate(u.triwulan, start=1) if not is_missing(t.raw)]
            above = [(n, v) for n, v in tws if v.kind in NUMERIC and v.value > year.value]
            if above:
                n, v = max(above, key=lambda p: p[1].value)
                yield ctx.finding("realisasi-kumulatif-lebih-kecil", loc, value=u.realisasi.raw, tw=TW[n],
                                  nilai_tw=u.triwulan[n - 1].raw, indikator=u.indikator, jumlah=derived)
                return
        if year.value == calc.value:
            return
    elif " ".join(u.realisasi.raw.split()).casefold() == " ".join(derived.split()).casefold():
        return
    key = "realisasi.cara-jumlah" if cara == JUMLAH else "realisasi.cara-terakhir"
    yield ctx.finding("realisasi-tahunan-beda", loc, value=u.realisasi.raw, indikator=u.indikator,
                      sifat=u.sifat, hitung=derived, cara=text(key))



