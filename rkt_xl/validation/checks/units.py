"""Unit sanity: an indicator that measures a level (Persentase, Tingkat, Indeks, Nilai,
akurasi...) with a count unit (dokumen, laporan...), or a 'Jumlah <thing>' counted in another
thing's unit (Jumlah ASN ... in dokumen)."""

from __future__ import annotations

from collections.abc import Iterator

from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding

COUNT_UNITS = {"dokumen", "laporan", "orang", "paket", "unit", "jenis", "lembar", "kali", "lembaga",
               "kegiatan", "surat", "buah", "eksemplar", "set", "bulan"}
LEADING_VERBS = {"meningkatnya", "menurunnya", "tercapainya", "terwujudnya", "terpenuhinya",
                 "terlaksananya", "meningkatkan"}
# First measured word -> suggested unit.
LEVEL_WORDS = {"persentase": "persen", "tingkat": "persen", "akurasi": "persen", "cakupan": "persen",
               "proporsi": "persen", "rasio": "persen", "indeks": "indeks", "nilai": "nilai"}
# 'Jumlah <noun>' -> the units that count it (the first is suggested).
_PEOPLE = ("orang",)
_PAPERS = ("dokumen", "laporan")
COUNTED = {"asn": _PEOPLE, "pns": _PEOPLE, "pppk": _PEOPLE, "pegawai": _PEOPLE, "orang": _PEOPLE,
           "peserta": _PEOPLE, "aparatur": _PEOPLE, "dokumen": _PAPERS, "laporan": ("laporan", "dokumen"),
           "paket": ("paket",), "unit": ("unit",), "lembaga": ("lembaga",), "kegiatan": ("kegiatan",)}


def suggestion(indikator: str, satuan: str) -> tuple[str, str] | None:
    """(reason, suggested unit) when the unit does not fit the indicator, else None."""
    words = indikator.replace(",", " ").split()
    while words and words[0].casefold() in LEADING_VERBS:
        words = words[1:]
    unit = satuan.strip().casefold()
    if not words or not unit:
        return None
    first = words[0].casefold()
    if first in LEVEL_WORDS and unit in COUNT_UNITS:
        return f"indikator ini mengukur {words[0].lower()}, bukan banyaknya {unit}", LEVEL_WORDS[first]
    if first == "jumlah" and len(words) > 1:
        expected = COUNTED.get(words[1].casefold())
        if expected and unit in COUNT_UNITS and unit not in expected:
            return f"yang dihitung adalah {words[1]}, bukan {unit}", expected[0]
    return None


def check(ctx: Context) -> Iterator[Finding]:
    items = [(s.indikator, s.satuan, s.loc.get("satuan")) for s in ctx.rkt.sasaran]
    for sub in ctx.rkt.all_sub_kegiatan():
        items += [(i.tolok_ukur, i.satuan, i.loc.get("satuan")) for i in (*sub.keluaran, *sub.hasil)]
    for indikator, satuan, loc in items:
        found = suggestion(indikator, satuan) if loc is not None else None
        if found:
            yield ctx.finding("satuan-tidak-cocok", loc, value=satuan, indikator=indikator,
                              alasan=found[0], saran=found[1])
