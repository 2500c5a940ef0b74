"""The validation rules of one workbook, one module per rule, each with ``check(ctx)``.
Rules across copies (the same bidang in two files, orphaned sasaran on the merge) live in
:mod:`rkt_xl.validation.merge` and :func:`rkt_xl.validation.judge.judge`."""

from __future__ import annotations

from rkt_xl.validation.checks import (
    cells,
    codes,
    duplicates,
    empty_sheets,
    limits,
    money,
    official_names,
    realisasi_anggaran,
    realisasi_jenis,
    realisasi_kosong,
    realisasi_triwulan,
    required,
    sasaran_links,
    sheet_names,
    structure,
    targets,
    units,
)
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding

RULES = (structure, cells, required, codes, official_names, money, targets, units, sasaran_links, duplicates,
         empty_sheets, realisasi_anggaran, realisasi_jenis, realisasi_triwulan, realisasi_kosong,
         sheet_names, limits)   # realisasi: issue 11; sheet_names, limits: issue 9


def run_checks(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for rule in RULES:
        out.extend(rule.check(ctx))
    return out
