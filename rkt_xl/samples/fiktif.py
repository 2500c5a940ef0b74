"""Invented (FIKTIF) realisasi for the 2023 sample, so ``rkt demo`` can show a complete LKjIP.

The reference RKT has no realisasi; these values are made up, deterministic (a fixed cycle
of factors, no randomness) and marked as fictitious in every document made from them.
"""

from __future__ import annotations

import copy
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from rkt_xl.model.entities import Rkt
from rkt_xl.model.numbers import format_id
from rkt_xl.model.target import Target

# capaian-like factors for indicators, serapan-like factors for money (cycled)
_KINERJA = (Decimal("1.04"), Decimal("0.9375"), Decimal("1.0105"), Decimal("0.97"), Decimal("1.12"),
            Decimal("0.80"))
_ANGGARAN = (Decimal("0.9612"), Decimal("0.8875"), Decimal("0.9931"), Decimal("0.9247"), Decimal("0.7810"))
FILE_NAME = "RKT_BKPSDM_2023_realisasi_fiktif.xlsx"


def _realisasi(target: Target, factor: Decimal) -> Target:
    if target.kind == "komposit":
        return Target.parse(" dan ".join(_realisasi(p, factor).raw for p in target.parts))
    if target.kind in ("angka", "persen") and target.value is not None:
        value = (target.value * factor).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return Target.parse(format_id(value) + (" %" if target.kind == "persen" else ""))
    if target.kind == "rentang" and target.low is not None:
        return Target.parse(format_id(target.low))
    return Target.parse(target.raw)


def with_fictitious_realisasi(rkt: Rkt) -> Rkt:
    """A copy of ``rkt`` with every realisasi field filled with invented values."""
    out = copy.deepcopy(rkt)
    for i, s in enumerate(out.sasaran):
        s.realisasi = _realisasi(s.target, _KINERJA[i % len(_KINERJA)])
    for i, sub in enumerate(out.all_sub_kegiatan()):
        if sub.pagu is not None:
            factor = _ANGGARAN[i % len(_ANGGARAN)]
            sub.realisasi_anggaran = int((Decimal(sub.pagu) * factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        for j, ind in enumerate([*sub.keluaran, *sub.hasil]):
            ind.realisasi = _realisasi(ind.target, _KINERJA[(i + j) % len(_KINERJA)])
    return out


def write_fictitious_sample(path: Path):  # type: ignore[no-untyped-def]
    """The sample workbook with invented realisasi at ``path``; returns (SaveResult, model)."""
    from rkt_xl.samples.sample import load_sample
    from rkt_xl.xlsx.template import write_workbook

    rkt, specs = load_sample()
    rkt = with_fictitious_realisasi(rkt)
    return write_workbook(path, rkt, specs), rkt
