"""Look at a file before any spreadsheet library parses it.

Decides from the first bytes, the zip directory and one capped streaming pass over every
part whether a path is an xlsx we may hand to a parser; everything else becomes a
:class:`FileError` with a one-line Indonesian message. The pass never inflates more than the
size the zip directory declares (and the declared sizes are bounded first), checks every CRC,
refuses any DTD (the carrier of XML entity bombs) and bounds the used area of every sheet.
The file is only read, never written.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from rkt_xl.errors import FileError
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MIB = 1024 * 1024

# Zip-bomb limits: checked on the zip directory before anything is inflated, then enforced
# while inflating. Measured (zlib levels 1-9) on the sample workbook (`rkt contoh`):
# - its own parts: ratio at most 8;
# - one bidang sheet with 1,000,000 formatted empty rows appended,
#   `<row r="N" s="1" customFormat="1"/>`: 40 MB, ratio 15.7-16.6; as Excel writes them,
#   `<row r="N" spans="1:17" s="1" customFormat="1" x14ac:dyDescent="0.25"/>`: 76 MB, ratio 28.1-28.6;
# - 200,000 rows of 17 styled empty cells: 80 MB, ratio 12;
# - the most repetitive legitimate part we could build, 64,000 identical cell styles (Excel's
#   maximum) in styles.xml: 4 MB, ratio 342.
# Deflate cannot exceed about 1,030:1, and that is where bombs (runs of one byte) sit.
MAX_UNCOMPRESSED = 300 * MIB   # all parts together, declared and actually inflated
MAX_RATIO = 500                # inflated/compressed size of one part larger than RATIO_FROM
RATIO_FROM = 1 * MIB
MAX_ENTRIES = 10_000
# python-calamine allocates rows x columns of a sheet's used area however sparse it is: a
# single value in XFD1048576 asks for 512 GiB and aborts the whole process. Measured: 6.5M
# cells (400 rows to column XFD) 262 MB peak; 17.8M cells (A1:Q1048576) 773 MB and 2.6 s.
MAX_CELLS = 8_000_000
CHUNK = 1 * MIB                # inflated bytes handed on at a time
_READ = 64 * 1024              # compressed bytes read at a time

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
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
_HUGE = 10**10

# workbook.xml and its relationships: which part holds which sheet
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b([^>]*?)/?>")
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*?)/?>")
_ATTR = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')


def shown(name: str) -> str:
    """A name from inside the file, safe for a one-line message (no control characters)."""
    name = "".join(c if c.isprintable() else "?" for c in name)
    return name if len(name) <= 80 else name[:77] + "..."


def is_lock_file(path: Path) -> bool:
    return path.name.startswith("~$")


def lock_file_error(path: Path) -> FileError:
    """Excel keeps ``~$NAME.xlsx`` beside ``NAME.xlsx`` while the workbook is open."""
    original = path.with_name(path.name[2:])
    code = "berkas-kunci-excel" if original.is_file() else "berkas-kunci-excel-sisa"
    return FileError(code, path=path, asli=original.name)


def describe(head: bytes) -> str:
    """What the first bytes look like, for the 'not xlsx' message."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<head", b"<body", b"<meta")) \
            or (start.startswith(b"<!--") and b"<html" in start):
        return "HTML"
    if start.startswith(b"<?xml"):
        return "XML Spreadsheet 2003" if b"urn:schemas-microsoft-com:office:spreadsheet" in start \
            else "XML"
    if start.startswith(b"%pdf"):
        return "PDF"
    if head.startswith((b"{\\rtf",)):
        return "RTF"
    if _is_text(head[:4096]):
        return text("jenis-teks")
    return text("jenis-tidak-dikenal")


def _is_text(sample: bytes) -> bool:
    """UTF-8 or a one-byte code page (Excel saves CSV in either): no NUL, few control bytes."""
    if not sample or b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls * 100 <= len(sample)


def sniff(path: Path) -> None:
    """Raise FileError unless ``path`` is a readable, sane xlsx file (nothing is written)."""
    path = Path(path)
    if is_lock_file(path):
        raise lock_file_error(path)
    if path.is_dir():
        raise FileError("berkas-bukan-berkas", path=path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            if not head:
                raise FileError("berkas-kosong", path=path)
            if head.startswith(OLE2_MAGIC):
                raise FileError("berkas-terkunci-sandi" if _is_encrypted(path) else "berkas-xls-lama",
                                path=path)
            if not head.startswith(ZIP_MAGIC):
                raise FileError("berkas-bukan-xlsx", path=path, found=describe(head))
            infos = zip_directory(path, fh)
            _check_directory(path, infos)
            _check_parts(path, fh, infos)
    except FileNotFoundError as exc:
        raise FileError("berkas-tidak-ada", path=path) from exc
    except OSError as exc:
        raise FileError("berkas-rusak", path=path, detail=exc.strerror or str(exc)) from exc


def _is_encrypted(path: Path) -> bool:
    """An OLE2 file is either an encrypted OOXML package or a legacy .xls."""
    try:
        import olefile

        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage")
    except Exception:  # noqa: BLE001 - any failure here means: treat as legacy .xls
        return False


def zip_directory(path: Path, fh: BinaryIO) -> list[zipfile.ZipInfo]:
    """The zip's central directory (nothing inflated). Raises FileError."""
    try:
        with zipfile.ZipFile(fh) as zf:  # a passed-in file object stays open
            return zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error,
            NotImplementedError) as exc:
        raise FileError("berkas-rusak", path=path, detail=text("rusak-zip")) from exc


def _check_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        found = "OpenDocument (.ods)" if "mimetype" in names else "zip tanpa isi Excel"
        raise FileError("berkas-bukan-xlsx", path=path, found=found)
    if "xl/workbook.bin" in names:
        raise FileError("berkas-bukan-xlsx", path=path, found="Excel Binary .xlsb")
    if "xl/workbook.xml" not in names:
        raise FileError("berkas-rusak", path=path,
                        detail=text("rusak-bagian-hilang", part="xl/workbook.xml"))
    if len(infos) > MAX_ENTRIES:
        raise FileError("berkas-terlalu-banyak-bagian", path=path, count=len(infos), limit=MAX_ENTRIES)
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise FileError("berkas-terlalu-besar", path=path, size=round(total / MIB),
                        limit=MAX_UNCOMPRESSED // MIB)
    for i in infos:
        if i.file_size > RATIO_FROM and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise FileError("berkas-rasio-mencurigakan", path=path, part=shown(i.filename),
                            ratio=i.file_size // max(i.compress_size, 1), limit=MAX_RATIO)


def iter_part(path: Path, fh: BinaryIO, info: zipfile.ZipInfo, chunk: int = CHUNK) -> Iterator[bytes]:
    """Inflate one zip member in pieces of at most ``chunk`` bytes.

    Never inflates more than the size the central directory declares (plus one piece): a
    member whose data inflates beyond it is refused as a zip bomb. A member that is shorter,
    fails its CRC or cannot be inflated is refused as damaged. Raises FileError.
    """
    def broken() -> FileError:
        return FileError("berkas-rusak", path=path, detail=text("rusak-bagian", part=shown(info.filename)))

    if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise broken()  # zip-level encryption or a method Excel never writes
    fh.seek(info.header_offset)
    header = fh.read(30)
    if len(header) < 30 or not header.startswith(ZIP_MAGIC):
        raise broken()
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    fh.seek(info.header_offset + 30 + name_len + extra_len)
    inflater = zlib.decompressobj(-zlib.MAX_WBITS) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, pending, total, crc = info.compress_size, b"", 0, 0
    try:
        while True:
            if not pending and left > 0:
                pending = fh.read(min(left, _READ))
                if not pending:
                    raise broken()  # the file ends inside this member
                left -= len(pending)
            if inflater is None:
                out, pending = pending, b""
            else:
                out = inflater.decompress(pending, chunk)
                pending = inflater.unconsumed_tail
            if out:
                total += len(out)
                if total > info.file_size:
                    raise FileError("berkas-ukuran-palsu", path=path, part=shown(info.filename),
                                    declared=format_id(info.file_size))
                crc = zlib.crc32(out, crc)
                yield out
            if inflater is not None and inflater.eof:
                break
            if not out and not pending and left <= 0:
                if inflater is not None:
                    raise broken()  # compressed data ended before the deflate stream did
                break
    except zlib.error as exc:
        raise broken() from exc
    if total != info.file_size or crc != info.CRC:
        raise broken()


def read_part(path: Path, fh: BinaryIO, info: zipfile.ZipInfo) -> bytes:
    """A whole (small) member, inflated with the caps of :func:`iter_part`."""
    return b"".join(iter_part(path, fh, info))


def _check_parts(path: Path, fh: BinaryIO, infos: list[zipfile.ZipInfo]) -> None:
    for info in infos:
        if info.is_dir():
            continue
        area = _CellArea()
        try:
            for piece in recut(iter_part(path, fh, info), b"<"):
                if _DTD.search(piece):
                    raise FileError("berkas-xml-berbahaya", path=path)
                area.fast(piece)
            if area.implicit:  # cells without an address: follow rows and cells as calamine does
                area = _CellArea()
                for piece in recut(iter_part(path, fh, info), b"<"):
                    area.walk(piece)
        except _Malformed as exc:
            raise FileError("berkas-rusak", path=path,
                            detail=text("rusak-bagian", part=shown(info.filename))) from exc
        if area.cells > MAX_CELLS:
            from rkt_xl.workbook.layout import a1

            sheets = {part: name for name, _, part in sheet_parts(path, fh, infos)}
            raise FileError("berkas-area-terlalu-luas", path=path,
                            sheet=shown(sheets.get(info.filename, info.filename)),
                            cell=a1(min(area.max_row, _HUGE), min(area.max_col, _HUGE)),
                            cells=format_id(area.cells), limit=format_id(MAX_CELLS))


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
        col = _HUGE if len(letters) > 7 else _column(letters)
        row = _HUGE if len(digits.lstrip(b"0")) > 10 else int(digits) - 1
        best = (row, col) if best is None else (max(best[0], row), max(best[1], col))
    return best


def _row_number(attrs: bytes) -> int | None:
    m = _R_ATTR.search(attrs)
    value = b"" if m is None else (m.group(1) if m.group(1) is not None else m.group(2))
    digits = b"".join(_DIGITS.findall(value))
    if not digits:
        return None
    return _HUGE if len(digits.lstrip(b"0")) > 10 else int(digits) - 1


class _Malformed(Exception):
    """A row or cell tag that cannot be delimited (a '<' inside it, an unclosed quote)."""


class _CellArea:
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
                raise _Malformed
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
            raise _Malformed
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


def tag_attrs(raw: bytes) -> dict[str, str]:
    import html

    return {k.decode("ascii", "replace").split(":")[-1]: html.unescape(v.decode("utf-8", "replace"))
            for k, v in _ATTR.findall(raw)}


def sheet_parts(path: Path, fh: BinaryIO, infos: list[zipfile.ZipInfo]) -> list[tuple[str, str, str]]:
    """(sheet name, state, part name) for every sheet listed in xl/workbook.xml, in order."""
    by_name = {i.filename: i for i in infos}
    if "xl/workbook.xml" not in by_name:
        return []
    workbook = read_part(path, fh, by_name["xl/workbook.xml"])
    rels_info = by_name.get("xl/_rels/workbook.xml.rels")
    rels = read_part(path, fh, rels_info) if rels_info is not None else b""
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


def recut(chunks: Iterable[bytes], marker: bytes) -> Iterator[bytes]:
    """Re-cut inflated chunks before the last ``marker`` of each (``b"<"``: no tag is split;
    ``b"<row"``: no row and no cell is split). Memory: one chunk plus one unit."""
    held: list[bytes] = []
    for chunk in chunks:
        cut = chunk.rfind(marker)
        if cut < 0 or (cut == 0 and not held):
            held.append(chunk)
            continue
        held.append(chunk[:cut])
        yield b"".join(held)
        held = [chunk[cut:]]
    if held:
        yield b"".join(held)
