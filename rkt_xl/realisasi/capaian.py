"""Capaian (achievement) of an indicator: the one function every sheet, document and check uses.

``capaian(target, realisasi, polaritas="positif", skala=None)`` takes the texts as staff
type them (``capaian("7 - 8 bulan", "6,5", "negatif")``) and returns an exact
:class:`~decimal.Decimal` percentage, or ``None`` where capaian is not defined.

Rules (domain notes §1.5; PermenPANRB 6/2022; LKjIP practice):

- positive polarity (semakin tinggi semakin baik): R / T × 100;
- negative polarity (semakin kecil semakin baik): (2T − R) / T × 100, which PermenPANRB
  6/2022 writes (1 + (1 − R/T)) × 100;
- a range target (``80 - 90``, ``7 – 8 bulan``): R inside the range is 100; below it,
  R is measured against the lower bound; above it, against the upper bound (with the
  rule of the polarity);
- a qualitative target (``Baik``) is measured on the indicator's ordered scale
  (``Kurang < Cukup < Baik < Sangat Baik``, worst first): reached or exceeded gives 100,
  below gives rank(R) / rank(T) × 100. Such a value is an :class:`Ordinal`, a Decimal that
  says it is a rank ratio, not a measured percentage (``value.ordinal is True``);
- T = 0 (or below), realisasi missing, ``n/a``, ``-``: ``None`` (shown as ``n/a``), never 0;
- composite (``70 dan Baik``), unparseable (``6.5``) or mismatched input raises
  :class:`CapaianError` (a ``ValueError``) whose ``reason`` the checks turn into findings.

Numbers follow :mod:`rkt_xl.model.numbers` (``6.500`` is six thousand five hundred, ``95,5``
is ninety-five and a half) and may carry a unit (``26 dokumen``, ``95 %``). Capaian is never
capped at 100; arithmetic is Decimal with 34 significant digits (division is the only
inexact step); display rounding happens once, in :mod:`rkt_xl.realisasi.display`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext

from rkt_xl.model.target import Target

PRECISION = 34
HUNDRED = Decimal(100)
POLARITAS = ("positif", "negatif")
# Texts that mean "no value" (case-insensitive, after trimming).
MISSING = frozenset({"", "-", "–", "—", "n/a", "na", "n.a.", "n.a", "t/a"})
# Default ordered scales (worst first) used when an indicator names no scale of its own.
DEFAULT_SCALES: tuple[tuple[str, ...], ...] = (
    ("Kurang", "Cukup", "Baik", "Sangat Baik"),
    ("Buruk", "Kurang", "Baik", "Sangat Baik"),
    ("D", "C", "CC", "B", "BB", "A", "AA"),
    ("TMP", "TW", "WDP", "WTP"),
)
# "26 dokumen", "7 - 8 bulan", "95 %", "6,5 orang/bulan": a numeric head and a unit tail.
_UNIT_TAIL = re.compile(r"^(.*?[\d%])\s*([^\W\d_][^\d]*)$")
_SCALE_SPLIT = re.compile(r"\s*<\s*")

# Reasons carried by CapaianError (the checks map each to a finding code).
KOMPOSIT = "komposit"                 # target or realisasi joins several values
TIDAK_DIKENAL = "tidak_dikenal"       # text is no number, range or word by our rules
JENIS_BERBEDA = "jenis_berbeda"       # a word where a number is expected, or the reverse
REALISASI_RENTANG = "realisasi_rentang"  # realisasi typed as a range
SKALA_TIDAK_ADA = "skala_tidak_ada"   # qualitative target without a scale that holds it
BUKAN_ANGGOTA_SKALA = "bukan_anggota_skala"  # a word missing from the indicator's scale
POLARITAS_TIDAK_SAH = "polaritas_tidak_sah"
REASONS = (KOMPOSIT, TIDAK_DIKENAL, JENIS_BERBEDA, REALISASI_RENTANG, SKALA_TIDAK_ADA,
           BUKAN_ANGGOTA_SKALA, POLARITAS_TIDAK_SAH)


class CapaianError(ValueError):
    """Capaian cannot be computed from these texts; ``reason`` is one of :data:`REASONS`.

    ``field`` says which input is at fault: ``"target"``, ``"realisasi"``, ``"polaritas"``
    or ``"skala"``. Checks turn it into a finding; sheets show ``n/a``.
    """

    def __init__(self, reason: str, field: str, value: str) -> None:
        super().__init__(f"{reason}: {field}={value!r}")
        self.reason = reason
        self.field = field
        self.value = value


class Ordinal(Decimal):
    """A capaian on an ordered scale: a rank ratio, not a measured percentage."""

    ordinal = True
    rank_target: int
    rank_realisasi: int
    scale: tuple[str, ...]

    def __new__(cls, value: Decimal, rank_target: int, rank_realisasi: int,
                scale: tuple[str, ...]) -> Ordinal:
        self = super().__new__(cls, value)
        self.rank_target = rank_target
        self.rank_realisasi = rank_realisasi
        self.scale = scale
        return self

    @property
    def reached(self) -> bool:
        return self.rank_realisasi >= self.rank_target


def is_missing(text: object) -> bool:
    """True for an empty cell or a typed 'no value' (``n/a``, ``-``)."""
    return text is None or str(text).strip().lower() in MISSING


def parse_value(text: object) -> Target:
    """A target or realisasi text as a :class:`Target`, a trailing unit word removed.

    ``26 dokumen`` -> angka 26; ``7 – 8 bulan`` -> rentang 7..8; ``Sangat Baik`` stays
    kualitatif. The unit is only removed when what precedes it is a number or a range.
    """
    raw = "" if text is None else str(text)
    parsed = Target.parse(raw)
    if parsed.kind != "tidak_dikenal":
        return parsed
    m = _UNIT_TAIL.match(raw.strip())
    if m:
        head = Target.parse(m.group(1))
        if head.kind in ("angka", "persen", "rentang"):
            return Target(raw, head.kind, head.value, head.low, head.high)
    return parsed


def parse_scale(skala: str | None) -> tuple[str, ...]:
    """``"Kurang < Cukup < Baik"`` -> ("Kurang", "Cukup", "Baik") (worst first)."""
    if skala is None or not skala.strip():
        return ()
    return tuple(p.strip() for p in _SCALE_SPLIT.split(skala.strip()) if p.strip())


def _ratio(r: Decimal, t: Decimal, negatif: bool) -> Decimal | None:
    if t <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = PRECISION
        numerator = 2 * t - r if negatif else r
        return numerator * HUNDRED / t


def _rank(word: str, scale: tuple[str, ...]) -> int | None:
    folded = [s.casefold() for s in scale]
    key = " ".join(word.split()).casefold()
    return folded.index(key) + 1 if key in folded else None


def _ordinal(target: Target, realisasi: Target, skala: str | None) -> Ordinal:
    own = parse_scale(skala)
    scales = (own,) if own else DEFAULT_SCALES
    for scale in scales:
        rt, rr = _rank(target.text, scale), _rank(realisasi.text, scale)
        if rt is not None and rr is not None:
            with localcontext() as ctx:
                ctx.prec = PRECISION
                value = HUNDRED if rr >= rt else Decimal(rr) * HUNDRED / Decimal(rt)
            return Ordinal(value, rt, rr, scale)
    if own:
        bad = ("target", target.text) if _rank(target.text, own) is None else ("realisasi", realisasi.text)
        raise CapaianError(BUKAN_ANGGOTA_SKALA, *bad)
    raise CapaianError(SKALA_TIDAK_ADA, "skala", target.text)


def _single_number(realisasi: Target) -> Decimal:
    if realisasi.kind == "komposit":
        raise CapaianError(KOMPOSIT, "realisasi", realisasi.raw)
    if realisasi.kind == "rentang":
        raise CapaianError(REALISASI_RENTANG, "realisasi", realisasi.raw)
    if realisasi.kind == "kualitatif":
        raise CapaianError(JENIS_BERBEDA, "realisasi", realisasi.raw)
    if realisasi.value is None:
        raise CapaianError(TIDAK_DIKENAL, "realisasi", realisasi.raw)
    return realisasi.value


def capaian(target: str, realisasi: str, polaritas: str = "positif",
            skala: str | None = None) -> Decimal | None:
    """Capaian in percent of ``realisasi`` against ``target`` (see the module docstring).

    Returns ``None`` when capaian is not defined (missing realisasi or target, ``n/a``,
    ``-``, T ≤ 0); an :class:`Ordinal` for qualitative targets. Raises
    :class:`CapaianError` for composite, unparseable or mismatched input.
    """
    pol = (polaritas or "positif").strip().lower()
    if pol not in POLARITAS:
        raise CapaianError(POLARITAS_TIDAK_SAH, "polaritas", str(polaritas))
    t = parse_value(target)
    if t.kind == "komposit":
        raise CapaianError(KOMPOSIT, "target", t.raw)
    if is_missing(target) or is_missing(realisasi):
        return None
    r = parse_value(realisasi)
    if t.kind == "tidak_dikenal":
        raise CapaianError(TIDAK_DIKENAL, "target", t.raw)
    if t.kind == "kualitatif":
        if r.kind == "komposit":
            raise CapaianError(KOMPOSIT, "realisasi", r.raw)
        if r.kind != "kualitatif":
            raise CapaianError(JENIS_BERBEDA, "realisasi", r.raw)
        return _ordinal(t, r, skala)
    value = _single_number(r)
    negatif = pol == "negatif"
    if t.kind == "rentang":
        low, high = sorted((t.low, t.high))
        if low <= value <= high:
            return HUNDRED
        return _ratio(value, low if value < low else high, negatif)
    return _ratio(value, t.value, negatif)


@dataclass(frozen=True)
class Pengukuran:
    """One measured indicator: capaian, or why there is none (for sheets and JSON)."""

    nilai: Decimal | None
    alasan: str = ""          # a CapaianError reason, or "" when measured / not defined
    field: str = ""

    @property
    def ordinal(self) -> bool:
        return isinstance(self.nilai, Ordinal)


def ukur(target: str, realisasi: str, polaritas: str = "positif",
         skala: str | None = None) -> Pengukuran:
    """:func:`capaian` that never raises: the error becomes ``alasan`` (for sheets)."""
    try:
        return Pengukuran(capaian(target, realisasi, polaritas, skala))
    except CapaianError as err:
        return Pengukuran(None, err.reason, err.field)
