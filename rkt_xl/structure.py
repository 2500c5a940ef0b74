"""What values alone do not show: a fast scan of the workbook's XML parts.

python-calamine returns an error cell (``#REF!``) and a formula without a cached value as
an empty cell, and says nothing of hidden rows. This module reads the inflated XML of each
worksheet with byte-level regular expressions (no XML tree is built, so a million formatted
empty rows cost well under a second) and records, per sheet: visibility, merged ranges,
hidden rows, error cells and formulas without a cached value. Any DTD (the carrier of XML
entity bombs) is refused before anything else parses the file.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import FileError

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^>]*?)/?>")
_REL_TAG = re.compile(rb"<Relationship\b([^>]*?)/?>")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')
_ROW_HIDDEN = re.compile(rb"<row\b([^>]*?\bhidden=\"(?:1|true)\"[^>]*)>")
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')
_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_DIMENSION = re.compile(rb'<dimension\s+ref="([^"]*)"')


def _attrs(raw: bytes) -> dict[str, str]:
    return {k.decode().split(":")[-1]: html.unescape(v.decode("utf-8", "replace"))
            for k, v in _ATTR.findall(raw)}


@dataclass
class SheetStructure:
    name: str
    state: str = "visible"                       # visible | hidden | veryHidden
    merged: list[str] = field(default_factory=list)          # "D1:E2"
    hidden_rows: list[int] = field(default_factory=list)     # 1-based row numbers
    errors: dict[str, str] = field(default_factory=dict)     # A1 -> "#REF!"
    formulas: set[str] = field(default_factory=set)          # A1 of every formula cell
    formulas_without_value: list[str] = field(default_factory=list)
    dimension: str = ""


@dataclass
class WorkbookStructure:
    sheets: dict[str, SheetStructure] = field(default_factory=dict)


def scan_structure(path: Path) -> WorkbookStructure:
    """Scan an xlsx already accepted by :func:`rkt_xl.sniff.sniff`. Raises FileError."""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    with zf.open(info) as fh:
                        if _DTD.search(fh.read(2048)):
                            raise FileError("berkas-xml-berbahaya", path=path)
            workbook = zf.read("xl/workbook.xml")
            rels = zf.read("xl/_rels/workbook.xml.rels")
            targets = {}
            for m in _REL_TAG.finditer(rels):
                a = _attrs(m.group(1))
                if "Id" in a and "Target" in a:
                    target = a["Target"]
                    targets[a["Id"]] = target.lstrip("/") if target.startswith("/") \
                        else str(PurePosixPath("xl") / target)
            out = WorkbookStructure()
            names = set(zf.namelist())
            for m in _SHEET_TAG.finditer(workbook):
                a = _attrs(m.group(1))
                name, part = a.get("name", ""), targets.get(a.get("id", ""), "")
                sheet = SheetStructure(name, a.get("state", "visible"))
                if part in names:
                    _scan_sheet(zf.read(part), sheet)
                out.sheets[name] = sheet
            return out
    except FileError:
        raise
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        # zlib.error is a subclass of Exception only; caught below
        raise FileError("berkas-rusak", path=path, detail=type(exc).__name__) from exc
    except Exception as exc:  # noqa: BLE001 - zlib.error and other decoder failures
        raise FileError("berkas-rusak", path=path, detail=type(exc).__name__) from exc


def _scan_sheet(xml: bytes, sheet: SheetStructure) -> None:
    dim = _DIMENSION.search(xml)
    sheet.dimension = dim.group(1).decode() if dim else ""
    sheet.merged = [m.decode() for m in _MERGE.findall(xml)]
    for m in _ROW_HIDDEN.finditer(xml):
        r = _attrs(m.group(1)).get("r")
        if r and r.isdigit():
            sheet.hidden_rows.append(int(r))
    if b"<f" not in xml and b't="e"' not in xml:
        return
    for m in _CELL.finditer(xml):
        attrs, body = m.group(1), m.group(2) or b""
        is_error = b't="e"' in attrs
        has_formula = b"<f" in body
        if not (is_error or has_formula):
            continue
        ref = _attrs(attrs).get("r", "")
        value = _VALUE.search(body)
        if has_formula:
            sheet.formulas.add(ref)
            if value is None or not value.group(1).strip():
                sheet.formulas_without_value.append(ref)
        if is_error and value is not None:
            sheet.errors[ref] = html.unescape(value.group(1).decode("utf-8", "replace"))
