"""Capaian and predikat as spreadsheet formulas, decided together with their cached values.

A capaian formula points at the realisasi cells (text, as staff type them: ``93``,
``6,5``, ``6.500``) and reads them with ``NUMBERVALUE(text, ",", ".")``, the Indonesian
convention whatever the locale of the spreadsheet program. The target is a constant from
the plan. Where the rule cannot be a plain formula (qualitative scale, a unit typed in the
realisasi cell, composite or unreadable input) there is no formula: the sheet holds the
value computed by :func:`rkt_xl.realisasi.capaian.capaian` and says so in a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from rkt_xl.model.numbers import parse_number
from rkt_xl.realisasi.capaian import POLARITAS, Pengukuran, is_missing, parse_value, ukur
from rkt_xl.realisasi.predikat import Skala
from rkt_xl.realisasi.records import Sumber

NA = "n/a"


class Nilai(NamedTuple):
    """A cell of an output sheet: ``formula`` ("" for a plain value) and its cached value."""

    formula: str
    value: object           # float, str ("n/a", a label) or "" for empty
    note: str = ""          # key of the note (texts/realisasi.py) when there is no formula
    pengukuran: Pengukuran | None = None


def literal(d: Decimal) -> str:
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def number_of(ref: str) -> str:
    return f'_xlfn.NUMBERVALUE({ref},",",".")'


def realisasi_expr(sumber: Sequence[Sumber]) -> str:
    """The realisasi as a number: one cell, or the sum of several (an empty one counts 0)."""
    if len(sumber) == 1:
        return number_of(sumber[0].ref)
    return "(" + "+".join(f'IF({s.ref}="",0,{number_of(s.ref)})' for s in sumber) + ")"


def _ratio(r: str, t: Decimal, negatif: bool) -> str:
    lit = literal(t)
    return f"(2*{lit}-{r})*100/{lit}" if negatif else f"{r}*100/{lit}"


def _guard(sumber: Sequence[Sumber], body: str) -> str:
    blank = ",".join(f'{s.ref}=""' for s in sumber)
    test = blank if len(sumber) == 1 else f"AND({blank})"
    return f'=IF({test},"{NA}",{body})'


def _guard_ref(ref: str, body: str) -> str:
    return f'=IF({ref}="","{NA}",{body})'


def formula_possible(target: str, polaritas: str, sumber: Sequence[Sumber]) -> bool:
    """True when capaian is a plain formula over ``sumber``: a numeric or range target above
    0, a known polarity, and every source cell empty or a bare number by our rules."""
    t = parse_value(target)
    if not sumber or (polaritas or "positif").strip().lower() not in POLARITAS:
        return False
    if t.kind in ("angka", "persen"):
        ok = t.value is not None and t.value > 0
    elif t.kind == "rentang":
        ok = min(t.low, t.high) > 0
    else:
        return False
    return ok and all(is_missing(s.raw) and not s.raw.strip() or parse_number(s.raw) is not None
                      for s in sumber)


def capaian_cell(target: str, realisasi: str, polaritas: str, skala: str,
                 sumber: Sequence[Sumber], realisasi_ref: str = "") -> Nilai:
    """The capaian cell of one indicator. ``realisasi_ref``: the cell beside it that holds
    :func:`realisasi_cell`; a realisasi summed over several triwulan is read from there
    (that cell is "" when every triwulan is empty, the sum otherwise) instead of repeating
    the sum up to five times (a range target names it in each branch)."""
    m = ukur(target, realisasi, polaritas, skala or None)
    cached: object = float(m.nilai) if m.nilai is not None else NA
    if not formula_possible(target, polaritas, sumber):
        note = ("realisasi.catatan-ordinal" if m.ordinal else
                f"realisasi.catatan-{m.alasan}" if m.alasan else
                "realisasi.catatan-tanpa-rumus" if m.nilai is not None else "")
        return Nilai("", cached, note, m)
    t = parse_value(target)
    negatif = polaritas.strip().lower() == "negatif"
    summed = len(sumber) > 1 and bool(realisasi_ref)
    r = realisasi_ref if summed else realisasi_expr(sumber)
    if t.kind == "rentang":
        low, high = sorted((t.low, t.high))
        body = (f"IF({r}<{literal(low)},{_ratio(r, low, negatif)},"
                f"IF({r}>{literal(high)},{_ratio(r, high, negatif)},100))")
    else:
        body = _ratio(r, t.value, negatif)
    return Nilai(_guard_ref(r, body) if summed else _guard(sumber, body), cached, "", m)


def realisasi_cell(realisasi: str, sumber: Sequence[Sumber]) -> Nilai:
    """The realisasi shown beside the capaian: the source cell, or the sum of the triwulan."""
    if not sumber:
        return Nilai("", realisasi)
    if len(sumber) == 1:
        s = sumber[0].ref
        return Nilai(f'=IF({s}="","",{s})', realisasi)
    if all(not x.raw.strip() or parse_number(x.raw) is not None for x in sumber):
        value = parse_value(realisasi).value if realisasi else None
        return Nilai(_guard(sumber, realisasi_expr(sumber)).replace(f'"{NA}"', '""'),
                     float(value) if value is not None else "")
    return Nilai("", realisasi)


def predikat_formula(skala: Skala, capaian_ref: str) -> str:
    """``=IF(ISNUMBER(G5),IF(G5>=91,"Sangat Tinggi",...,"Sangat Rendah"),"")`` from the bands."""
    body = f'"{skala.pita[-1].label}"'
    for band in reversed(skala.pita[:-1]):
        op = ">=" if band.min_inklusif else ">"
        body = f'IF({capaian_ref}{op}{literal(band.min)},"{band.label}",{body})'
    return f'=IF(ISNUMBER({capaian_ref}),{body},"")'


def predikat_cell(skala: Skala, capaian: Nilai, capaian_ref: str) -> Nilai:
    m = capaian.pengukuran
    label = skala.label(m.nilai) if m is not None and m.nilai is not None else ""
    return Nilai(predikat_formula(skala, capaian_ref), label)
