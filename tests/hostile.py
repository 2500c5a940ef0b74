"""The hostile inputs of issue 9, built in code from a small good workbook (nothing binary is
committed). Each builder writes ``dst`` and returns it; tests, the fuzz targets and
benchmarks/hostile_folder.py share them."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

from tests import factories as F
from tests import grids_factory as G

BIDANG_PART = "xl/worksheets/sheet3.xml"   # Profil, Sasaran, then the bidang sheet


def good(dst: Path, subs: list[dict[str, object]] | None = None, bidang: str = G.BIDANG) -> Path:
    """A small workbook that validates clean (openpyxl, one bidang sheet)."""
    grids = G.valid_grids(subs)
    if bidang != G.BIDANG:
        grids[bidang] = grids.pop(G.BIDANG)
    return G.write_file(dst, grids)


def rename_sheet(src: Path, dst: Path, old: str, new: str) -> Path:
    """Rename a sheet in xl/workbook.xml only (names a writer would refuse, too)."""
    def patch(xml: bytes) -> bytes:
        quoted = new.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;").encode()
        out, n = re.subn(b'name="' + re.escape(old.encode()) + b'"', lambda _m: b'name="' + quoted + b'"', xml, count=1)
        assert n == 1
        return out
    return F.rezip(src, dst, {"xl/workbook.xml": patch})


def unique_count(src: Path, dst: Path, count: str = "4294967295") -> Path:
    """sharedStrings.xml declaring a huge uniqueCount (calamine reserved ~100 GB for it)."""
    def patch(xml: bytes) -> bytes:
        out, n = re.subn(rb'uniqueCount="\d+"', b'uniqueCount="%s"' % count.encode(), xml, count=1)
        if n == 0:
            out = xml.replace(b"<sst ", b'<sst uniqueCount="%s" ' % count.encode(), 1)
        return out
    return F.rezip(src, dst, {"xl/sharedStrings.xml": patch})


def many_far_sheets(dst: Path, sheets: int = 40) -> Path:
    """``sheets`` sheets holding one value each in A1048576 (a ~100 KB file)."""
    row = b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>'
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                    b'<Default Extension="xml" ContentType="application/xml"/></Types>')
        zf.writestr("xl/workbook.xml", b"<workbook " + ns + b" " + rel_ns + b"><sheets>" + b"".join(
            b'<sheet name="S%d" sheetId="%d" r:id="rId%d"/>' % (i, i, i) for i in range(1, sheets + 1))
            + b"</sheets></workbook>")
        zf.writestr("xl/_rels/workbook.xml.rels", b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    + b"".join(b'<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                               b'Target="worksheets/sheet%d.xml"/>' % (i, i) for i in range(1, sheets + 1))
                    + b"</Relationships>")
        for i in range(1, sheets + 1):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", b"<worksheet " + ns + b"><sheetData>" + row
                        + b"</sheetData></worksheet>")
    return dst


def corrupt_deflate(src: Path, dst: Path, part: str = "xl/workbook.xml") -> Path:
    """The first block header of one part's deflate stream made invalid (zlib: "invalid
    block type"); the zip directory stays intact."""
    F.copy(src, dst)
    data = bytearray(dst.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo(part)
    data[F._data_offset(bytes(data), info)] = 0xFF
    dst.write_bytes(bytes(data))
    return dst


def fifo(dst: Path) -> Path:
    os.mkfifo(dst)
    return dst


def error_value(src: Path, dst: Path, value: str = "#SPILL!", cell: str = "G4") -> Path:
    """The cell holds an Excel error value (as a formula result)."""
    def patch(xml: bytes) -> bytes:
        out, n = re.subn(rb'<c r="' + cell.encode() + rb'"[^>]*>.*?</c>',
                         b'<c r="' + cell.encode() + b'" t="e"><f>A1:A2</f><v>' + value.encode() + b"</v></c>",
                         xml, count=1)
        assert n == 1
        return out
    return F.rezip(src, dst, {BIDANG_PART: patch})


def external_formula(src: Path, dst: Path, cell: str = "G4") -> Path:
    """The cell's value comes from another workbook: ``[1]Data!G4`` with its cached value."""
    def patch(xml: bytes) -> bytes:
        out, n = re.subn(rb'(<c r="' + cell.encode() + rb'"[^>]*>)(<v>)', rb"\1<f>[1]Data!G4</f>\2", xml, count=1)
        assert n == 1
        return out
    return F.rezip(src, dst, {BIDANG_PART: patch})


def merged(src: Path, dst: Path, ref: str = "G4:G5") -> Path:
    """A merge over data cells, added to the bidang sheet."""
    def patch(xml: bytes) -> bytes:
        return xml.replace(b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="%s"/></mergeCells>'
                           % ref.encode(), 1)
    return F.rezip(src, dst, {BIDANG_PART: patch})
