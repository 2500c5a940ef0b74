"""Linear-time scanning of the XML inside an xlsx: no XML tree, no backtracking.

Every regular expression here is anchored on a literal tag start and cannot cross a ``<``
(XML allows none inside a tag), so an attempt costs at most the distance to the next tag
and a part of n bytes costs O(n) however it is crafted (tests/workbook/test_linear.py feeds
runs of ``<row``, ``hidden="1"``, ``<f``, ``<c`` in comments, CDATA and attributes at 1x and
8x). :class:`CellArea` bounds the area python-calamine will allocate for a sheet;
:func:`sheet_parts` finds which part holds which sheet.
"""

from __future__ import annotations

import html
import re
from pathlib import PurePosixPath

DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
# Tags the way quick-xml (calamine's parser) reads them: any prefix before the first colon,
# attribute values quoted. A '<' inside a tag is not XML; such a tag is refused rather than
# guessed at, which also keeps every regex attempt within one tag (linear time).
_NAME_PREFIX = rb"(?:[^\s<>/:]*:)?"
_TAG_BODY = rb"((?:[^<>\"']|\"[^\"<]*\"|'[^'<]*')*)>"
_CELL_START = re.compile(rb"<" + _NAME_PREFIX + rb"c(?=[\s/>])")
_CELL_TAG = re.compile(rb"<" + _NAME_PREFIX + rb"c(?=[\s/>])" + _TAG_BODY)
_ROW_OR_CELL_START = re.compile(rb"</?" + _NAME_PREFIX + rb"(?:row|c)(?=[\s/>])")
_ROW_OR_CELL = re.compile(rb"<(/?)" + _NAME_PREFIX + rb"(row|c)(?=[\s/>])" + _TAG_BODY)
# A cell tag exactly as Excel, LibreOffice, openpyxl and XlsxWriter write it: the fast path.
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"(?: [a-z]+="[^"<>]*")*(/?)>')
_R_ATTR = re.compile(rb"(?:^|\s)r\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_LETTERS = re.compile(rb"[A-Za-z]")
_DIGITS = re.compile(rb"[0-9]")
HUGE = 10**10

# workbook.xml and its relationships: which part holds which sheet. ``[^<>]`` keeps each
# attempt inside one tag; the look-behind makes an attribute name start only once per run
# of name characters (``[\w:]+`` alone re-tries every suffix of a long run: quadratic).
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^<>]*?)/?>")
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^<>]*?)/?>")
_ATTR = re.compile(rb'(?<![\w:])([\w:]+)\s*=\s*"([^"<]*)"')


class Malformed(Exception):
    """A row or cell tag that cannot be delimited (a '<' inside it, an unclosed quote)."""


def tag_attrs(raw: bytes) -> dict[str, str]:
    return {k.decode("ascii", "replace").split(":")[-1]: html.unescape(v.decode("utf-8", "replace"))
            for k, v in _ATTR.findall(raw)}


def sheet_parts(workbook: bytes, rels: bytes) -> list[tuple[str, str, str]]:
    """(sheet name, state, part name) for every sheet listed in xl/workbook.xml, in order."""
    targets: dict[str, str] = {}
    for m in _REL_TAG.finditer(rels):
        a = tag_attrs(m.group(1))
        if "Id" in a and "Target" in a:
            target = a["Target"]
            targets[a["Id"]] = target.lstrip("/") if target.startswith("/") \
                else str(PurePosixPath("xl") / target)
    out = []
    for m in _SHEET_TAG.finditer(workbook):
        a = tag_attrs(m.group(1))
        out.append((a.get("name", ""), a.get("state", "visible"), targets.get(a.get("id", ""), "")))
    return out


def _column(letters: bytes) -> int:
    """0-based column of ``b"A"``..``b"XFD"`` (upper-case letters)."""
    return sum((c - 64) * 26**i for i, c in enumerate(reversed(letters))) - 1


def _ref(attrs: bytes) -> tuple[int, int] | None:
    """(row, col), 0-based, of the largest ``r`` attribute of a cell tag, read leniently
    (letters give the column, digits the row) so that it never under-estimates calamine."""
    best = None
    for m in _R_ATTR.finditer(attrs):
        value = m.group(1) if m.group(1) is not None else m.group(2)
        letters = b"".join(_LETTERS.findall(value)).upper()
        digits = b"".join(_DIGITS.findall(value))
        if not letters or not digits:
            continue
        col = HUGE if len(letters) > 7 else _column(letters)
        row = HUGE if len(digits.lstrip(b"0")) > 10 else int(digits) - 1
        best = (row, col) if best is None else (max(best[0], row), max(best[1], col))
    return best


def _row_number(attrs: bytes) -> int | None:
    m = _R_ATTR.search(attrs)
    value = b"" if m is None else (m.group(1) if m.group(1) is not None else m.group(2))
    digits = b"".join(_DIGITS.findall(value))
    if not digits:
        return None
    return HUGE if len(digits.lstrip(b"0")) > 10 else int(digits) - 1


class CellArea:
    """Upper bound of the area (rows x columns) python-calamine will allocate for a part.

    calamine keeps a cell that has content; its position is the ``r`` attribute, or else
    follows from the rows and cells before it (``<row/>`` and ``<c/>`` count too). Cells
    with content (not self-closing) are counted whether or not the content is empty.
    """

    def __init__(self) -> None:
        self.max_row = self.max_col = -1
        self.implicit = False
        self._row = self._col = 0
        self._open: tuple[int, int] | None = None

    @property
    def cells(self) -> int:
        return (self.max_row + 1) * (self.max_col + 1)

    def _extend(self, pos: tuple[int, int]) -> None:
        self.max_row, self.max_col = max(self.max_row, pos[0]), max(self.max_col, pos[1])

    def fast(self, piece: bytes) -> None:
        """Explicit addresses only; sets ``implicit`` when a cell with content has none."""
        if self.implicit:
            return
        plain = _PLAIN_CELL.findall(piece)
        # Counting with bytes.count first spares the full tag regex on large plain sheets.
        simple = not any(s in piece for s in (b":c", b"<c\t", b"<c\n", b"<c\r")) and \
            len(plain) == piece.count(b"<c ") + piece.count(b"<c>") + piece.count(b"<c/")
        if not simple:
            tags = len(_CELL_TAG.findall(piece))
            if tags != len(_CELL_START.findall(piece)):
                raise Malformed
            simple = len(plain) == tags
        if simple:  # every cell tag as Excel writes it
            rows = [int(digits) for _, digits, empty in plain if not empty]
            if rows:
                widest = max((c for c, _, empty in plain if not empty), key=lambda c: (len(c), c))
                self._extend((max(rows) - 1, _column(widest)))
            return
        for m in _CELL_TAG.finditer(piece):
            attrs = m.group(1)
            if attrs.rstrip().endswith(b"/"):
                continue  # <c .../> has no content
            pos = _ref(attrs)
            if pos is None:
                self.implicit = True
                return
            self._extend(pos)

    def walk(self, piece: bytes) -> None:
        """Follow rows and cells in order, the way calamine positions cells without ``r``."""
        tokens = list(_ROW_OR_CELL.finditer(piece))
        if len(tokens) != len(_ROW_OR_CELL_START.findall(piece)):
            raise Malformed
        for m in tokens:
            closing, name, attrs = m.group(1), m.group(2), m.group(3)
            empty = attrs.rstrip().endswith(b"/")
            if name == b"row":
                if self._open is not None:
                    continue  # calamine ignores everything but </c> inside a cell
                if not closing:
                    row = _row_number(attrs)
                    if row is not None:
                        self._row = row
                if closing or empty:
                    self._row, self._col = self._row + 1, 0
                continue
            if closing:
                if self._open is not None:
                    self._extend(self._open)
                    self._open, self._col = None, self._col + 1
                continue
            if self._open is not None:  # <c> inside <c>: calamine stops here; count it anyway
                self._extend(self._open)
            pos = _ref(attrs)
            if pos is not None:
                self._col = pos[1]
            else:
                pos = (self._row, self._col)
            if empty:
                self._open, self._col = None, self._col + 1
            else:
                self._open = pos
        if self._open is not None:
            self._extend(self._open)
