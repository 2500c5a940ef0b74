"""What values alone do not show: the structure of each worksheet, read from its XML.

python-calamine returns an error cell (``#REF!``) and a formula without a cached value as
an empty cell, and says nothing of hidden rows. :class:`SheetScan` reads the inflated XML of
a worksheet in the same single pass as the sniff (:func:`rkt_xl.workbook.sniff.sniff`, which
returns the :class:`WorkbookStructure`) with byte-level regular expressions that never cross
a ``<`` (linear time, no XML tree: a million formatted empty rows cost well under a second)
and records, per sheet: visibility, merged ranges, hidden rows, error cells, formulas
without a cached value and formulas that point into another workbook.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from rkt_xl.workbook.xmlscan import tag_attrs

_ROW_HIDDEN = re.compile(rb"<row\b([^<>]*?\bhidden=\"(?:1|true)\"[^<>]*)>")
_MERGE = re.compile(rb'<mergeCell\s+ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')
# A cell with its body; the body never contains another cell start (the same ``c\b`` as the
# start), so an unclosed <c> costs one cell's length to reject, not the rest of the sheet.
_CELL = re.compile(rb"<c\b([^<>]*?)(?:/>|>((?:[^<]|<(?!c\b))*?)</c>)")
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_FORMULA = re.compile(rb"<f\b[^<>]*>([^<]*)</f>")
_EXTERNAL = re.compile(rb"\[\d+\]")          # [1]Sheet1!A1: a reference into another workbook
_DIMENSION = re.compile(rb'<dimension\s+ref="([^"<>]*)"')

# Error values Excel writes; the newer ones (dynamic arrays, data types, Office 365) are not
# known to python-calamine, which refuses the whole file for one of them.
CLASSIC_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"})
NEWER_ERRORS = ("#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
                "#GETTING_DATA", "#PYTHON!", "#EXTERNAL!")


@dataclass
class SheetStructure:
    name: str
    state: str = "visible"                       # visible | hidden | veryHidden
    merged: list[str] = field(default_factory=list)          # "D1:E2"
    hidden_rows: list[int] = field(default_factory=list)     # 1-based row numbers
    errors: dict[str, str] = field(default_factory=dict)     # A1 -> "#REF!"
    formulas: set[str] = field(default_factory=set)          # A1 of every formula cell
    formulas_without_value: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)        # A1 of formulas into other workbooks
    dimension: str = ""
    part: str = ""

    @property
    def newer_errors(self) -> bool:
        return any(v in NEWER_ERRORS for v in self.errors.values())


@dataclass
class WorkbookStructure:
    sheets: dict[str, SheetStructure] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)   # every sheet in workbook.xml, duplicates too
    shared_strings: int = 0         # <si> entries counted in sharedStrings.xml

    @property
    def newer_errors(self) -> bool:
        return any(s.newer_errors for s in self.sheets.values())


def scan_piece(xml: bytes, sheet: SheetStructure) -> None:
    """Add what one piece of a worksheet's XML (cut before ``<row``) shows."""
    if not sheet.dimension:
        dim = _DIMENSION.search(xml)
        sheet.dimension = dim.group(1).decode("ascii", "replace") if dim else ""
    if b"<mergeCell" in xml:
        sheet.merged.extend(m.decode() for m in _MERGE.findall(xml))
    if b"hidden=" in xml:  # the regex costs ~0.6 s on a million rows; the test ~10 ms
        for m in _ROW_HIDDEN.finditer(xml):
            r = tag_attrs(m.group(1)).get("r")
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
        ref = tag_attrs(attrs).get("r", "")
        value = _VALUE.search(body)
        if has_formula:
            sheet.formulas.add(ref)
            if value is None or not value.group(1).strip():
                sheet.formulas_without_value.append(ref)
            text = _FORMULA.search(body)
            if text is not None and _EXTERNAL.search(text.group(1)):
                sheet.external.append(ref)
        if is_error and value is not None:
            sheet.errors[ref] = html.unescape(value.group(1).decode("utf-8", "replace"))
