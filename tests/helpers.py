"""Helpers shared by the tests of every stage (fixtures are in conftest.py)."""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fingerprint(path: Path) -> tuple[str, int]:
    """SHA-256 and modification time: an input must keep both."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def parts(path: Path) -> dict[str, bytes]:
    """Every part of a zip package (xlsx, xlsm, docx) by name: byte-for-byte identity."""
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def edit_sheet_xml(src: Path, dst: Path, sheet: str, edit: Callable[[str], str]) -> None:
    """Copy the workbook ``src`` to ``dst`` with the XML of one sheet passed through ``edit``
    (a file built by XlsxWriter: relationship rIdN is xl/worksheets/sheetN.xml)."""
    with zipfile.ZipFile(src) as zf:
        names = re.findall(r'<sheet name="([^"]*)" sheetId="\d+" r:id="rId(\d+)"', zf.read("xl/workbook.xml").decode())
        part = f"xl/worksheets/sheet{dict(names)[sheet]}.xml"
        data = {n: zf.read(n) for n in zf.namelist()}
    data[part] = edit(data[part].decode()).encode()
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in data.items():
            zf.writestr(name, blob)
