"""Anggaran: serapan, sisa and the two customary forms of efisiensi (domain notes §1.7).

Money is an int of Rupiah. Totals of a program, kegiatan or OPD are computed from the sums
of realisasi and pagu (:func:`serapan_total`), never as an average of percentages.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal, localcontext

from rkt_xl.realisasi.capaian import HUNDRED, PRECISION

# Efisiensi by comparing capaian kinerja % with serapan % (e-sakip-bna determineEfisiensi):
# capaian − serapan > margin -> efisien; |capaian − serapan| ≤ margin -> cukup efisien;
# otherwise tidak efisien. The margin is configurable; 5 percentage points by default.
EFISIEN = "efisien"
CUKUP_EFISIEN = "cukup_efisien"
TIDAK_EFISIEN = "tidak_efisien"
DEFAULT_MARGIN = Decimal(5)


def serapan(realisasi: int | None, pagu: int | None) -> Decimal | None:
    """Serapan anggaran in percent: realisasi / pagu × 100 (``None`` when pagu is 0 or missing)."""
    if realisasi is None or pagu is None or pagu <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return Decimal(realisasi) * HUNDRED / Decimal(pagu)


def sisa(realisasi: int | None, pagu: int | None) -> int | None:
    """Sisa anggaran in Rupiah: pagu − realisasi (``None`` when either is missing)."""
    if realisasi is None or pagu is None:
        return None
    return pagu - realisasi


def total(values: Iterable[int | None]) -> int | None:
    """Sum of the amounts present; ``None`` when none is present."""
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def serapan_total(rows: Iterable[tuple[int | None, int | None]]) -> Decimal | None:
    """Serapan of a group of (realisasi, pagu) rows: sum of realisasi / sum of pagu × 100.

    Rows without realisasi count with their pagu (nothing absorbed yet), so a program's
    serapan does not rise because a row is still empty.
    """
    rows = list(rows)
    pagu = total(p for _, p in rows)
    realisasi = total(r for r, _ in rows)
    if realisasi is None:
        return None
    return serapan(realisasi, pagu)


def efisiensi_anggaran(realisasi: int | None, pagu: int | None) -> Decimal | None:
    """Efisiensi anggaran in percent of pagu left unspent: (pagu − realisasi) / pagu × 100."""
    rest = sisa(realisasi, pagu)
    if rest is None or not pagu or pagu <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = PRECISION
        return Decimal(rest) * HUNDRED / Decimal(pagu)


def efisiensi_kinerja(capaian: Decimal | None, serapan_persen: Decimal | None,
                      margin: Decimal = DEFAULT_MARGIN) -> str | None:
    """Capaian kinerja % compared with serapan %: ``efisien`` / ``cukup_efisien`` / ``tidak_efisien``."""
    if capaian is None or serapan_persen is None:
        return None
    gap = capaian - serapan_persen
    if gap > margin:
        return EFISIEN
    if abs(gap) <= margin:
        return CUKUP_EFISIEN
    return TIDAK_EFISIEN


ANGGARAN_TW_FIELDS = tuple(f"realisasi_anggaran_tw{n}" for n in (1, 2, 3, 4))


def realisasi_anggaran(year: int | None, triwulan: tuple[int | None, ...],
                       upto: int | None = None) -> tuple[int | None, tuple[str, ...]]:
    """Realisasi anggaran of the year (``upto=None``) or up to triwulan N, and its fields.

    The year is the typed year figure; when it is empty, the sum of the triwulan filled.
    Up to triwulan N: the sum of TW I..N (anggaran is always cumulative over the year).
    """
    if upto is None and year is not None:
        return year, ("realisasi_anggaran",)
    last = 4 if upto is None else upto
    filled = [(n, v) for n, v in enumerate(triwulan[:last], start=1) if v is not None]
    if not filled:
        return None, ()
    return sum(v for _, v in filled), tuple(ANGGARAN_TW_FIELDS[n - 1] for n, _ in filled)
