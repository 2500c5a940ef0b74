"""Helpers shared by the tests of every stage (fixtures are in conftest.py)."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fingerprint(path: Path) -> tuple[str, int]:
    """SHA-256 and modification time: an input must keep both."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def parts(path: Path) -> dict[str, bytes]:
    """Every part of a zip package (xlsx, xlsm, docx) by name: byte-for-byte identity."""
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}
