"""The controlled satuan vocabulary: the template's dropdown list, the common units of
planning tables, and the default units the nomenclature lists give (an imported list may
carry a ``satuan`` column). A unit outside it that is one typo away from a known unit
(``Dukumen``) is a likely slip; other units are left alone."""

from __future__ import annotations

from difflib import get_close_matches
from functools import cache

from rkt_xl.model.nomenclature import EDITIONS, nomenclature
from rkt_xl.workbook import layout as C

COMMON = ("persen", "%", "rupiah", "tahun", "triwulan", "semester", "minggu", "naskah", "berkas",
          "keping", "rim", "buku", "titik", "ruang", "gedung", "kendaraan", "aplikasi", "sistem",
          "sertifikat", "perda", "perkada", "rekomendasi", "kasus", "layanan", "sk", "opd",
          "skor", "poin", "level", "kategori", "opini", "status", "orang/hari", "kali/tahun")
TYPO_CUTOFF = 0.8   # difflib ratio: 'Dukumen' ~ 'dokumen' is 0.86, 'jenis' ~ 'unit' is 0.44


@cache
def vocabulary() -> frozenset[str]:
    units = {u.casefold() for u in (*C.SATUAN, *COMMON)}
    for versi in EDITIONS:
        units.update(e.satuan.strip().casefold() for e in nomenclature(versi).values() if e.satuan.strip())
    return frozenset(units)


def canonical(unit: str) -> str | None:
    """The vocabulary form of ``unit`` (case and spacing ignored), or None."""
    u = " ".join(unit.split()).casefold()
    return u if u in vocabulary() else None


def typo_of(unit: str) -> str | None:
    """The known unit ``unit`` is probably a typo of, or None (also None when it is known)."""
    u = " ".join(unit.split()).casefold()
    if not u or u in vocabulary():
        return None
    close = get_close_matches(u, sorted(vocabulary()), n=1, cutoff=TYPO_CUTOFF)
    return close[0] if close else None
