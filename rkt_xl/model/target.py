"""The Target type: what staff type as an indicator target, parsed but never rewritten.

``Target.parse(raw)`` keeps ``raw`` exactly and classifies it:

- ``kosong``      empty
- ``angka``       a number by the rules of :mod:`rkt_xl.number_rules` (``6.500``, ``95,5``)
- ``persen``      a number followed by ``%`` (``95%``, ``95 %``)
- ``rentang``     a range (``80 - 90``, ``80 s.d. 90``, ``80 s/d 90``)
- ``kualitatif``  words only (``Baik``, ``WTP``, ``Sangat Baik``)
- ``angka_satuan`` a number followed by its unit, as people type it (``26 dokumen``,
  ``30\nDokumen``, ``50 Orang``): ``value`` is the number, ``unit`` the unit as typed
- ``komposit``    several targets joined by ``dan``/``&`` (``70 dan Baik``, ``6 dan 140.000``),
  or several number-unit pairs in one cell (``2900 orang 10 kali``)
- ``tidak_dikenal`` anything else (e.g. ``6.5``, ambiguous by our number rules)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from rkt_xl.model.numbers import parse_number

_JOINERS = re.compile(r"\s+(?:dan|&)\s+", re.IGNORECASE)
_RANGE = re.compile(r"^(.+?)\s*(?:-|–|s\.?\s?d\.?|s/d|sampai(?: dengan)?)\s*(.+)$", re.IGNORECASE)
_WORDS = re.compile(r"^[^\W\d_]+(?:[\s\-][^\W\d_]+)*$")
_UNIT = r"[^\W\d_]+(?:/[^\W\d_]+)?"
# A number, then a unit of one or two words ('26 dokumen', '30\nDokumen', '12 kali/tahun').
_NUMBER_UNIT = re.compile(rf"^(\d[\d.,]*)\s*({_UNIT}(?:\s+{_UNIT})?)$")
_PAIR = re.compile(rf"(\d[\d.,]*)\s*({_UNIT})")
_PAIRS = re.compile(rf"^\d[\d.,]*\s*{_UNIT}(?:[\s,;]+\d[\d.,]*\s*{_UNIT})+$")

KINDS = ("kosong", "angka", "persen", "rentang", "kualitatif", "angka_satuan", "komposit", "tidak_dikenal")


@dataclass(frozen=True)
class Target:
    raw: str
    kind: str
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    parts: tuple[Target, ...] = ()
    unit: str = ""     # angka_satuan: the unit as typed

    @classmethod
    def parse(cls, raw: str | None) -> Target:
        """The Target of ``raw`` (anything: a cell's value). A Target is immutable, so the
        same text always gives the same (shared) object: a sheet repeats its targets and
        empty cells thousands of times."""
        text = "" if raw is None else str(raw)
        return _parse(text) if len(text) <= _CACHED_LENGTH else cls._parse(text)

    @classmethod
    def _parse(cls, text: str) -> Target:
        s = text.strip()
        if not s:
            return cls(text, "kosong")
        pieces = _JOINERS.split(s)
        if len(pieces) == 1 and _PAIRS.match(s):
            pieces = [f"{n} {u}" for n, u in _PAIR.findall(s)]
        if len(pieces) > 1:
            return cls(text, "komposit", parts=tuple(cls._single(p) for p in pieces))
        single = cls._single(s)
        return cls(text, single.kind, single.value, single.low, single.high, unit=single.unit)

    @classmethod
    def _single(cls, s: str) -> Target:
        s = s.strip()
        number = parse_number(s)
        if number is not None:
            return cls(s, "angka", number.value)
        if s.endswith("%"):
            number = parse_number(s[:-1])
            if number is not None:
                return cls(s, "persen", number.value)
        m = _RANGE.match(s)
        if m and not s.startswith("-"):
            low, high = parse_number(m.group(1).rstrip("%")), parse_number(m.group(2).rstrip("%"))
            if low is not None and high is not None:
                return cls(s, "rentang", low=low.value, high=high.value)
        m = _NUMBER_UNIT.match(s)
        if m and (number := parse_number(m.group(1))) is not None:
            return cls(s, "angka_satuan", number.value, unit=" ".join(m.group(2).split()))
        if _WORDS.match(s):
            return cls(s, "kualitatif")
        return cls(s, "tidak_dikenal")

    @property
    def is_numeric(self) -> bool:
        return self.kind in ("angka", "persen")

    @property
    def number_text(self) -> str:
        """angka_satuan: the number as typed ('1.500' of '1.500 dokumen')."""
        return _NUMBER_UNIT.match(self.raw.strip()).group(1) if self.kind == "angka_satuan" else ""  # type: ignore[union-attr]

    @property
    def text(self) -> str:
        return self.raw.strip()

    def __str__(self) -> str:
        return self.raw


# Targets are short ('26 dokumen', '80 - 90'); longer texts are parsed each time, so the
# cache holds at most 8192 x 64 characters whatever a file contains.
_CACHED_LENGTH = 64


@lru_cache(maxsize=8192)
def _parse(text: str) -> Target:
    return Target._parse(text)


EMPTY = Target.parse("")
