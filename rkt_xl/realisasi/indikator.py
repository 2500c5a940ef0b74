"""Every measured indicator of an RKT in one shape, and how its realisasi is taken.

An :class:`Ukuran` is an indikator sasaran, or a Keluaran or Hasil indicator of a sub
kegiatan, with what measuring needs: target, polaritas, scale, realisasi of the year and
per triwulan, and the model fields (for their cells in ``loc``).

The realisasi of a period (:func:`pilih_realisasi`):

- the year (``triwulan=None``): the typed year figure; when it is empty, the triwulan by
  the indicator's sifat: **kumulatif** sums them, **non-kumulatif** takes the last filled;
- triwulan N: kumulatif sums TW I..N, non-kumulatif takes TW N.

Sifat is typed per indikator sasaran; when empty (and always for Keluaran/Hasil, which have
no such column) it follows the satuan: percentages, indices, scores and predicates are
non-kumulatif, counts (orang, dokumen, laporan, ...) kumulatif.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from rkt_xl.model.entities import IndikatorSasaran, Loc, Rkt, SubKegiatan
from rkt_xl.model.target import Target
from rkt_xl.realisasi.capaian import is_missing, parse_value
from rkt_xl.workbook.layout import KUMULATIF, NON_KUMULATIF, TRIWULAN

# Units whose figures are states, not counts: the year is the last triwulan.
STATE_UNITS = frozenset({"persen", "%", "indeks", "nilai", "predikat", "kategori", "opini", "status", "skor"})
TW_FIELDS = tuple(f"realisasi_tw{n}" for n in TRIWULAN)

# How a realisasi was taken (cara).
TAHUNAN = "tahunan"        # the typed year figure
JUMLAH = "jumlah"          # sum of triwulan (kumulatif)
TERAKHIR = "terakhir"      # last filled triwulan (non-kumulatif)
KOSONG = "kosong"


@dataclass(frozen=True)
class Realisasi:
    text: str                      # the text capaian() measures ("" when none)
    fields: tuple[str, ...] = ()   # model fields it is taken from (their cells are the source)
    cara: str = KOSONG


@dataclass
class Ukuran:
    level: str                     # "sasaran", "keluaran" or "hasil"
    indikator: str
    satuan: str
    target: Target
    realisasi: Target              # the typed year figure
    triwulan: tuple[Target, ...]
    sifat: str                     # KUMULATIF or NON_KUMULATIF (resolved)
    sifat_typed: str
    polaritas: str
    skala: str
    loc: dict[str, Loc]
    sheet: str
    sub: SubKegiatan | None = None
    sasaran: IndikatorSasaran | None = None

    @property
    def has_realisasi(self) -> bool:
        return not is_missing(self.realisasi.raw) or any(not is_missing(t.raw) for t in self.triwulan)

    def value(self, field: str) -> Target:
        """The typed value of ``"realisasi"`` or ``"realisasi_twN"``."""
        return self.realisasi if field == "realisasi" else self.triwulan[TW_FIELDS.index(field)]


def resolve_sifat(typed: str, satuan: str, target: Target) -> str:
    t = (typed or "").strip().casefold().replace(" ", "-")
    if t in (KUMULATIF, NON_KUMULATIF):
        return t
    if target.kind == "persen" or satuan.strip().casefold() in STATE_UNITS or target.kind == "kualitatif":
        return NON_KUMULATIF
    return KUMULATIF


def decimal_text(value: Decimal) -> str:
    """A Decimal as staff would type it (``6500``, ``95,5``): parseable by our number rules."""
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def pilih_realisasi(u: Ukuran, triwulan: int | None = None) -> Realisasi:
    """The realisasi of the year (``None``) or of triwulan N, and where it comes from."""
    filled = [(n, t) for n, t in zip(TRIWULAN, u.triwulan, strict=True) if not is_missing(t.raw)]
    if triwulan is None:
        if not is_missing(u.realisasi.raw):
            return Realisasi(u.realisasi.text, ("realisasi",), TAHUNAN)
        upto = filled
    else:
        upto = [(n, t) for n, t in filled if n <= triwulan]
    if not upto:
        return Realisasi("")
    if u.sifat == KUMULATIF:
        values = [parse_value(t.raw) for _, t in upto]
        if all(v.kind in ("angka", "persen") for v in values):
            total = sum((v.value for v in values), Decimal(0))
            return Realisasi(decimal_text(total), tuple(TW_FIELDS[n - 1] for n, _ in upto), JUMLAH)
    n, last = upto[-1]
    if triwulan is not None and n != triwulan and u.sifat == NON_KUMULATIF:
        return Realisasi("")
    return Realisasi(last.text, (TW_FIELDS[n - 1],), TERAKHIR)


def dari_triwulan(u: Ukuran) -> Realisasi:
    """The year's realisasi from the triwulan alone (the typed year figure left out)."""
    blank = Ukuran(**{**u.__dict__, "realisasi": Target.parse("")})
    return pilih_realisasi(blank, None)


def ukuran(rkt: Rkt) -> Iterator[Ukuran]:
    """Every indicator of the RKT: the indikator sasaran first, then Keluaran and Hasil."""
    for s in rkt.sasaran:
        yield Ukuran("sasaran", s.indikator, s.satuan, s.target, s.realisasi, s.realisasi_triwulan,
                     resolve_sifat(s.sifat, s.satuan, s.target), s.sifat, s.polaritas or "positif",
                     s.skala, s.loc, "Sasaran", sasaran=s)
    for b in rkt.bidang:
        for sub in b.sub_kegiatan:
            for level in ("keluaran", "hasil"):
                for ind in getattr(sub, level):
                    yield Ukuran(level, ind.tolok_ukur, ind.satuan, ind.target, ind.realisasi,
                                 ind.realisasi_triwulan, resolve_sifat("", ind.satuan, ind.target), "",
                                 "positif", "", ind.loc, b.sheet, sub=sub)


def ada_realisasi(rkt: Rkt, indicators: Iterable[Ukuran] | None = None) -> bool:
    """True when any realisasi (indicator or anggaran, year or triwulan) is filled.
    ``indicators``: ``ukuran(rkt)`` when the caller has them already."""
    if any(u.has_realisasi for u in (ukuran(rkt) if indicators is None else indicators)):
        return True
    return any(s.realisasi_anggaran is not None or any(v is not None for v in s.realisasi_anggaran_triwulan)
               for s in rkt.all_sub_kegiatan())


def periode_terisi(rkt: Rkt, indicators: Iterable[Ukuran] | None = None) -> int | None:
    """The period the workbook reports: ``None`` for the year (a year figure or TW IV is
    filled, or nothing at all), else the last triwulan with any realisasi."""
    last = 0
    for u in ukuran(rkt) if indicators is None else indicators:
        if not is_missing(u.realisasi.raw):
            return None
        for n, t in zip(TRIWULAN, u.triwulan, strict=True):
            if not is_missing(t.raw):
                last = max(last, n)
    for s in rkt.all_sub_kegiatan():
        if s.realisasi_anggaran is not None:
            return None
        for n, v in zip(TRIWULAN, s.realisasi_anggaran_triwulan, strict=True):
            if v is not None:
                last = max(last, n)
    return None if last in (0, 4) else last
