"""The validation rules, one module per rule. Each module has ``check(ctx) -> Iterable[Finding]``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from rkt_xl.model.entities import Rkt
from rkt_xl.validation.context import Context
from rkt_xl.validation.findings import Finding

RULES: tuple[str, ...] = (   # module names under rkt_xl.validation.checks, in report order
    "structure", "cells", "required", "codes", "official_names", "money", "targets", "units", "sasaran_links", "duplicates",
    "sheet_names", "limits",
)


def run_checks(ctx: Context) -> list[Finding]:
    from importlib import import_module

    out: list[Finding] = []
    for name in RULES:
        out.extend(import_module(f"{__name__}.{name}").check(ctx))
    return out


def run_cross_file_checks(models: Mapping[Path, Rkt]) -> list[Finding]:
    """Checks across input files (same bidang filled twice, same kode in two files)."""
    from rkt_xl.consolidation.merge import file_order, merge_models
    from rkt_xl.validation.cross_files import cross_file_findings

    return merge_models(models)[1] + cross_file_findings(models, file_order(models))
