"""Dump the RKT sheet of a consolidated workbook cell for cell (formula or value, and the
cached value), for comparing outputs of two versions of rkt_xl."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def dump_rkt(path: Path, sheet: str = "RKT") -> dict[str, list[object]]:
    from openpyxl import load_workbook

    formulas = load_workbook(path, read_only=True)[sheet]
    cached = load_workbook(path, read_only=True, data_only=True)[sheet]
    out: dict[str, list[object]] = {}
    for frow, crow in zip(formulas.iter_rows(), cached.iter_rows(), strict=True):
        for f, c in zip(frow, crow, strict=True):
            if f.value is not None or c.value is not None:
                out[f.coordinate] = [f.value, c.value]
    return out


if __name__ == "__main__":   # python tests/realisasi/rkt_dump.py OUT.xlsx > dump.json
    print(json.dumps(dump_rkt(Path(sys.argv[1])), ensure_ascii=False, indent=0, sort_keys=True))
