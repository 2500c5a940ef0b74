"""Placeholder: structural scan of the sheet XML (merged cells, hidden rows/sheets,
formulas without cached values). Filled in by issue 3."""

from __future__ import annotations

from pathlib import Path


def scan_structure(path: Path) -> object:
    return None
