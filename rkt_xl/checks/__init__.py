"""The validation rules, one module per rule. Each module has ``check(ctx) -> Iterable[Finding]``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..findings import Finding
from ..model import Rkt
from .context import Context

RULES: tuple[str, ...] = (   # module names under rkt_xl.checks, in report order
    "struktur", "sel", "wajib", "kode", "nama_resmi", "rupiah", "targets", "satuan", "relasi", "duplikat",
)


def run_checks(ctx: Context) -> list[Finding]:
    from importlib import import_module

    out: list[Finding] = []
    for name in RULES:
        out.extend(import_module(f"{__name__}.{name}").check(ctx))
    return out


def run_cross_file_checks(models: Mapping[Path, Rkt]) -> list[Finding]:
    """Checks across input files (same bidang filled twice, same kode in two files)."""
    from ..merge import merge_models

    return merge_models(models)[1]
