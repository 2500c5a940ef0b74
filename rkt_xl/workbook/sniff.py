"""Look at a file before any spreadsheet library parses it, in one pass.

Decides from the file's type, its first bytes, the zip directory and one capped streaming
pass over every part whether a path is an xlsx we may hand to a parser; everything else
becomes a :class:`FileError` with a one-line Indonesian message. The pass never inflates
more than the size the zip directory declares (and the declared sizes are bounded first),
checks every CRC, refuses any DTD (the carrier of XML entity bombs), bounds the used area of
every sheet and of the workbook, and the shared strings calamine would reserve room for
(limits in :mod:`rkt_xl.workbook.limits`). The same pass reads each worksheet's structure
(:mod:`rkt_xl.workbook.structure`), so a sheet part is inflated once by us (and once more by
calamine, which reads the values). The file is only read, never written.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from pathlib import Path
from typing import BinaryIO

from rkt_xl.errors import FileError
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text
from rkt_xl.workbook.layout import a1
from rkt_xl.workbook.limits import (
    MAX_CELLS,
    MAX_ENTRIES,
    MAX_RATIO,
    MAX_SHARED_STRINGS,
    MAX_UNCOMPRESSED,
    MAX_WORKBOOK_CELLS,
    MIB,
    RATIO_FROM,
    Budget,
)
from rkt_xl.workbook.structure import SheetStructure, WorkbookStructure, scan_piece
from rkt_xl.workbook.xmlscan import DTD, HUGE, CellArea, Malformed, sheet_parts, tag_attrs
from rkt_xl.workbook.zipstream import ZIP_MAGIC, iter_part, read_part, recut, shown, zip_directory

__all__ = ["MAX_CELLS", "MAX_RATIO", "MAX_UNCOMPRESSED", "sniff", "shown", "describe",
           "is_lock_file", "lock_file_error", "zip_directory"]

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SHARED_STRINGS = "xl/sharedStrings.xml"
_SST_TAG = re.compile(rb"<(?:[^\s<>/:]*:)?sst\b([^<>]*)>")


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


def sniff(path: Path, budget: Budget | None = None) -> WorkbookStructure:
    """Raise FileError unless ``path`` is a readable, sane xlsx file; return the structure
    of its sheets. Nothing is written. ``budget`` carries the per-run limits."""
    path = Path(path)
    if is_lock_file(path):
        raise lock_file_error(path)
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise FileError("berkas-bukan-berkas", path=path)
        if not stat.S_ISREG(st.st_mode):   # a FIFO, device or socket: opening it may hang
            raise FileError("andal.berkas-bukan-berkas-biasa", path=path)
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
            return _scan(path, fh, infos, budget or Budget())
    except FileNotFoundError as exc:
        raise FileError("berkas-tidak-ada", path=path) from exc
    except PermissionError as exc:
        raise FileError("andal.berkas-tanpa-izin", path=path) from exc
    except OSError as exc:
        raise FileError("berkas-rusak", path=path, detail=exc.strerror or str(exc)) from exc


def _is_encrypted(path: Path) -> bool:
    """An OLE2 file is either an encrypted OOXML package or a legacy .xls."""
    try:
        import olefile  # start-up: only for an old .xls or an encrypted workbook (OLE2)

        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage")
    except Exception:  # noqa: BLE001 - any failure here means: treat as legacy .xls
        return False


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


def _scan(path: Path, fh: BinaryIO, infos: list[zipfile.ZipInfo], budget: Budget) -> WorkbookStructure:
    """The one pass over every part: safety checks, cell areas and sheet structure."""
    by_name = {i.filename: i for i in infos}

    def charge(n: int) -> None:
        budget.charge_bytes(path, n)

    heads = {}
    for name in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        if name in by_name:
            heads[name] = read_part(path, fh, by_name[name], charge=charge)
            if DTD.search(heads[name]):
                raise FileError("berkas-xml-berbahaya", path=path)
    out = WorkbookStructure()
    sheets: dict[str, SheetStructure] = {}
    for name, state, part in sheet_parts(heads.get("xl/workbook.xml", b""),
                                         heads.get("xl/_rels/workbook.xml.rels", b"")):
        sheet = SheetStructure(name, state, part=part)
        out.names.append(name)
        out.sheets.setdefault(name, sheet)
        if part in by_name:
            sheets.setdefault(part, sheet)
    total_cells = 0
    for info in infos:
        if info.is_dir() or info.filename in heads:
            continue
        sheet = sheets.get(info.filename)
        area = CellArea()
        try:
            pieces = recut(iter_part(path, fh, info, charge=charge), b"<row" if sheet else b"<")
            for n, piece in enumerate(pieces):
                if DTD.search(piece):
                    raise FileError("berkas-xml-berbahaya", path=path)
                area.fast(piece)
                if sheet is not None:
                    scan_piece(piece, sheet)
                elif info.filename == SHARED_STRINGS:
                    out.shared_strings += _shared_strings(path, piece, first=n == 0)
                    if out.shared_strings > MAX_SHARED_STRINGS:
                        raise FileError("andal.berkas-teks-terlalu-banyak", path=path,
                                        count=format_id(out.shared_strings),
                                        limit=format_id(MAX_SHARED_STRINGS))
            if area.implicit:  # cells without an address: follow rows and cells as calamine does
                area = CellArea()
                for piece in recut(iter_part(path, fh, info, charge=charge), b"<"):
                    area.walk(piece)
        except Malformed as exc:
            raise FileError("berkas-rusak", path=path,
                            detail=text("rusak-bagian", part=shown(info.filename))) from exc
        cells = max(area.cells, 0)
        if cells > MAX_CELLS:
            raise FileError("berkas-area-terlalu-luas", path=path,
                            sheet=shown(sheet.name if sheet else info.filename),
                            cell=a1(min(area.max_row, HUGE), min(area.max_col, HUGE)),
                            cells=format_id(cells), limit=format_id(MAX_CELLS))
        total_cells += cells
        if total_cells > MAX_WORKBOOK_CELLS:
            raise FileError("andal.berkas-sel-terlalu-banyak", path=path, cells=format_id(total_cells),
                            limit=format_id(MAX_WORKBOOK_CELLS))
    budget.charge_cells(path, total_cells)
    budget.charge_strings(path, out.shared_strings)
    return out


def _shared_strings(path: Path, piece: bytes, first: bool) -> int:
    """The ``<si>`` entries in a piece of sharedStrings.xml; on the first piece the declared
    ``uniqueCount``/``count`` (what calamine reserves room for) is bounded first."""
    if first:
        m = _SST_TAG.search(piece)
        if m is not None:
            attrs = tag_attrs(m.group(1))
            value = attrs.get("uniqueCount", "").strip()
            if value and (not value.isdigit() or len(value) > 12 or int(value) > MAX_SHARED_STRINGS):
                raise FileError("andal.berkas-teks-terlalu-banyak", path=path,
                                count=format_id(int(value)) if value.isdigit() else shown(value),
                                limit=format_id(MAX_SHARED_STRINGS))
    return piece.count(b"<si>") + piece.count(b"<si ") + piece.count(b"<si/")
