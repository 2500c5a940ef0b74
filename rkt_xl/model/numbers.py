"""Explicit rules for the numbers Indonesian staff type.

Indonesian convention: `.` groups thousands, `,` marks decimals. We never guess:
a text either matches one of the rules below or it is not a number.

| rule             | examples                         | value            |
|------------------|----------------------------------|------------------|
| ``bulat``        | ``6500``, ``-12``                | 6500             |
| ``ribuan``       | ``1.699.983.250``, ``6.500``     | 1699983250, 6500 |
| ``ribuan_desimal`` | ``1.234,56``                   | 1234.56          |
| ``desimal_koma`` | ``95,5``                         | 95.5             |

Ambiguous forms are refused (``None``): ``6.5`` and ``95.50`` (a dot not followed by
groups of exactly three digits), ``1,699,983,250`` (English grouping).
A leading ``Rp`` and spaces (including NBSP) are allowed.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bulat", re.compile(r"^-?\d+$")),
    ("ribuan", re.compile(r"^-?\d{1,3}(?:\.\d{3})+$")),
    ("ribuan_desimal", re.compile(r"^-?\d{1,3}(?:\.\d{3})+,\d+$")),
    ("desimal_koma", re.compile(r"^-?\d+,\d+$")),
)


class ParsedNumber(NamedTuple):
    value: Decimal
    rule: str


def clean_number_text(text: str) -> str:
    """Remove spaces and a leading ``Rp`` (any case, optional dot)."""
    s = _SPACES.sub("", text)
    if s[:2].lower() == "rp":
        s = s[2:].lstrip(".")
    return s


def parse_number(text: str) -> ParsedNumber | None:
    """Parse Indonesian-formatted number text by the explicit rules above."""
    return _parse_cached(text) if len(text) <= _CACHED_LENGTH else _parse(text)


# Sheets repeat the same few numbers (realisasi, targets, amounts) thousands of times, and a
# consolidation parses each of them several times (reading, checks, capaian): the results of
# short texts are remembered (a ParsedNumber is immutable), at most _CACHED entries.
_CACHED_LENGTH = 40
_CACHED = 16_384


def _parse(text: str) -> ParsedNumber | None:
    s = clean_number_text(text)
    for rule, pattern in _RULES:
        if pattern.match(s):
            return ParsedNumber(Decimal(s.replace(".", "").replace(",", ".")), rule)
    return None


_parse_cached = lru_cache(maxsize=_CACHED)(_parse)


def parse_rupiah(value: object) -> int | None:
    """A cell value as whole Rupiah, or ``None`` when it is not a whole amount.

    Numbers from a spreadsheet arrive as int or float; text is parsed by the rules above.
    A fraction of a Rupiah is never rounded away: it gives ``None``.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else None
    if isinstance(value, str):
        parsed = parse_number(value)
        if parsed is None or parsed.value != parsed.value.to_integral_value():
            return None
        return int(parsed.value)
    return None


def format_id(value: int | float | Decimal, decimals: int | None = None) -> str:
    """Format a number the Indonesian way: ``8120676386`` -> ``8.120.676.386``, ``95.5`` -> ``95,5``."""
    d = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)  # as Excel rounds
    sign = "-" if d < 0 else ""
    d = abs(d)
    text = format(d, "f")
    whole, _, frac = text.partition(".")
    if decimals is None:
        frac = frac.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{frac}" if frac else f"{sign}{grouped}"


def number_to_text(value: int | float) -> str:
    """A number read from a cell as the text staff would have typed (no grouping)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return str(value)
    return format(Decimal(repr(value)), "f").replace(".", ",")
