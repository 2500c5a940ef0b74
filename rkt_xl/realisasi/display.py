"""Display of capaian and serapan: the one rounding (2 decimals, Indonesian comma)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from rkt_xl.model.numbers import format_id
from rkt_xl.realisasi.capaian import Ordinal
from rkt_xl.texts import text

DECIMALS = 2


def format_persen(value: Decimal | None) -> str:
    """``Decimal('97.894736…')`` -> ``'97,89'``; ``None`` -> ``'n/a'``.

    An ordinal capaian is labelled as such: ``'100,00 (ordinal)'``. Rounding is half up,
    as Excel's ROUND and number formats do.
    """
    if value is None:
        return text("realisasi.na")
    shown = format_id(value, DECIMALS)
    if isinstance(value, Ordinal):
        return text("realisasi.ordinal", nilai=shown)
    return shown


def rounded(value: Decimal | None) -> Decimal | None:
    """The displayed value as a Decimal (for comparisons with printed figures)."""
    if value is None:
        return None
    return Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
