"""Hostile and broken input files, built in code from a good workbook (nothing binary is
committed). Each function writes ``dst`` and returns it. Zip-level surgery works on the raw
bytes: local file headers and central directory entries are patched where a real attacker
would patch them."""

from __future__ import annotations

import re
import shutil
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

Edit = Callable[[bytes], bytes]

SAMPLE_SHEET = "xl/worksheets/sheet4.xml"      # the first bidang sheet (Sekretariat)
SHARED_STRINGS = "xl/sharedStrings.xml"


# --- rezipping with edited parts -------------------------------------------------------

def rezip(src: Path, dst: Path, edits: dict[str, Edit] | None = None,
          extra: dict[str, bytes] | None = None, level: int | None = None) -> Path:
    """Copy the zip ``src`` to ``dst``, passing the named parts through ``edits``."""
    edits = edits or {}
    with zipfile.ZipFile(src) as zin, \
            zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in edits:
                data = edits[info.filename](data)
            zout.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def worksheets(src: Path) -> list[str]:
    with zipfile.ZipFile(src) as zf:
        return [n for n in zf.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)]


def append_rows(xml: bytes, rows: bytes) -> bytes:
    assert b"</sheetData>" in xml
    return xml.replace(b"</sheetData>", rows + b"</sheetData>", 1)


# --- not an xlsx at all --------------------------------------------------------------

def copy(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


def empty(dst: Path) -> Path:
    dst.write_bytes(b"")
    return dst


def csv_utf8(dst: Path) -> Path:
    """What Excel's 'CSV UTF-8' writes in an Indonesian locale: BOM, ';' separator."""
    text = ("Kode;Sub Kegiatan;Pagu\r\n"
            "5.03.5.03.01.2.01.0001;Penyusunan Dokumen Perencanaan Perangkat Daerah;171.368.000\r\n"
            "5.03.5.03.01.2.02.0001;Penyediaan Gaji dan Tunjangan ASN – BKPSDM;5.934.287.000\r\n")
    dst.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return dst


def csv_ansi(dst: Path) -> Path:
    """Plain 'CSV (Comma delimited)': Windows-1252, no BOM."""
    dst.write_bytes("Kode,Uraian,Pagu\r\n5.03,Peningkatan Kapasitas ASN – Diklat,150000000\r\n"
                    .encode("cp1252"))
    return dst


def unicode_text(dst: Path) -> Path:
    """Excel's 'Unicode Text (*.txt)': UTF-16 LE with BOM, tab separated."""
    dst.write_bytes(b"\xff\xfe" + "Kode\tPagu\r\n5.03\t150000000\r\n".encode("utf-16-le"))
    return dst


def html_table(dst: Path) -> Path:
    """The start of what Excel's 'Web Page (*.htm)' writes."""
    dst.write_bytes(
        b'<html xmlns:v="urn:schemas-microsoft-com:vml"\r\n'
        b'xmlns:o="urn:schemas-microsoft-com:office:office"\r\n'
        b'xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n'
        b'<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
        b'</head><body><table><tr><td>Kode</td><td>Pagu</td></tr></table></body></html>\r\n')
    return dst


def encrypted(src: Path, dst: Path, password: str = "rahasia") -> Path:
    """'File > Info > Protect Workbook > Encrypt with Password' (ECMA-376 agile)."""
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(src, "rb") as fin, open(dst, "wb") as fout:
        OOXMLFile(fin).encrypt(password, fout)
    return dst


def excel_lock_file(dst: Path, user: str = "Perencanaan") -> Path:
    """Excel's owner file ``~$NAME.xlsx`` (165 bytes: user name in ANSI, then UTF-16)."""
    name = user.encode("cp1252")[:53]
    ansi = bytes([len(name)]) + name.ljust(53, b" ")
    wide = struct.pack("<H", len(user)) + user.encode("utf-16-le")
    dst.write_bytes((ansi + wide).ljust(165, b" ")[:165])
    return dst


# --- damaged zips ----------------------------------------------------------------------

def truncated(src: Path, dst: Path) -> Path:
    """The first half of the file, as a broken download leaves it."""
    data = src.read_bytes()
    dst.write_bytes(data[: len(data) // 2])
    return dst


def _data_offset(data: bytes, info: zipfile.ZipInfo) -> int:
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset + 30 + name_len + extra_len


def bad_crc(src: Path, dst: Path, part: str = SAMPLE_SHEET) -> Path:
    """Bytes flipped in the middle of one compressed part: the zip directory stays intact."""
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo(part)
    base = _data_offset(bytes(data), info)
    # Flip 16 bytes in the middle; where the damaged stream would inflate beyond the declared
    # size (a different rejection, "size lie"), move on by 64 bytes, so the part fails its CRC.
    for shift in range(0, info.compress_size // 2, 64):
        trial = bytearray(data)
        start = base + info.compress_size // 2 + shift
        for i in range(start, start + 16):
            trial[i] ^= 0x55
        if not _inflates_beyond(bytes(trial[base:base + info.compress_size]), info.file_size):
            break
    dst.write_bytes(bytes(trial))
    return dst


def _inflates_beyond(stream: bytes, size: int) -> bool:
    import zlib

    try:
        return len(zlib.decompressobj(-15).decompress(stream, size + 1)) > size
    except zlib.error:
        return False


def _central_entries(data: bytes) -> Iterator[tuple[int, str]]:
    """(offset, name) of every central directory entry."""
    eocd = data.rfind(b"PK\x05\x06")
    count, _, offset = struct.unpack_from("<HII", data, eocd + 10)
    for _ in range(count):
        assert data[offset:offset + 4] == b"PK\x01\x02"
        n, m, k = struct.unpack_from("<HHH", data, offset + 28)
        yield offset, data[offset + 46: offset + 46 + n].decode()
        offset += 46 + n + m + k


def set_declared(src: Path, dst: Path, part: str, size: int, crc: int | None = None) -> Path:
    """Patch the uncompressed size (and CRC) a part's headers declare; the data stays."""
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        local = zf.getinfo(part).header_offset
    for off, name in list(_central_entries(bytes(data))):
        if name == part:
            struct.pack_into("<I", data, off + 24, size)
            if crc is not None:
                struct.pack_into("<I", data, off + 16, crc)
    struct.pack_into("<I", data, local + 22, size)
    if crc is not None:
        struct.pack_into("<I", data, local + 14, crc)
    dst.write_bytes(bytes(data))
    return dst


# --- bombs -----------------------------------------------------------------------------

BILLION_LAUGHS = (b'<!DOCTYPE sst [\n<!ENTITY lol "lol">\n'
                  + b"".join(b'<!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                             for i in range(1, 10))
                  + b"]>\n")


def entity_bomb(src: Path, dst: Path, part: str = SHARED_STRINGS) -> Path:
    """Billion laughs: a DTD whose nested entities expand to 10^9 'lol's, used in a string."""
    def inject(xml: bytes) -> bytes:
        end = xml.index(b"?>") + 2
        xml = xml[:end] + b"\n" + BILLION_LAUGHS + xml[end:]
        return re.sub(rb"<t>[^<]*</t>", b"<t>&lol9;</t>", xml, count=1)
    return rezip(src, dst, {part: inject})


def ratio_bomb(src: Path, dst: Path, part: str = SHARED_STRINGS, padding: int = 32 * 1024 * 1024) -> Path:
    """A part padded with megabytes of spaces (inside the XML, so it stays well-formed):
    deflate squeezes them about 1,000 to 1."""
    return rezip(src, dst, {part: lambda xml: xml.replace(b"</sst>", b" " * padding + b"</sst>")})


def lying_bomb(src: Path, dst: Path, part: str = SHARED_STRINGS, real_size: int = 400 * 1024 * 1024) -> Path:
    """A part whose data inflates to ``real_size`` (beyond every limit) while the zip
    directory still declares the original, small size and CRC."""
    with zipfile.ZipFile(src) as zf:
        original = zf.getinfo(part)
    tmp = dst.with_name(dst.name + ".tmp")
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            if info.filename != part:
                zout.writestr(info.filename, zin.read(info))
                continue
            head = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
            block = b"A" * (1024 * 1024)
            with zout.open(part, "w") as w:
                w.write(head)
                for _ in range((real_size - len(head)) // len(block)):
                    w.write(block)
                w.write(b"</t></si></sst>")
    set_declared(tmp, dst, part, original.file_size, original.CRC)
    tmp.unlink()
    return dst


# --- sheets whose stored facts lie, or that carry bloat ----------------------------------

def dimension(src: Path, dst: Path, ref: str) -> Path:
    """Every worksheet claims ``<dimension ref=ref>``."""
    def patch(xml: bytes) -> bytes:
        out, n = re.subn(rb'<dimension ref="[^"]*"/>', b'<dimension ref="%s"/>' % ref.encode(), xml)
        assert n == 1
        return out
    return rezip(src, dst, {name: patch for name in worksheets(src)})


def formatted_empty_rows(src: Path, dst: Path, count: int = 1_000_000, part: str = SAMPLE_SHEET) -> Path:
    """``count`` formatted empty rows appended below the data of one bidang sheet."""
    def patch(xml: bytes) -> bytes:
        last = max(int(r) for r in re.findall(rb'<row r="(\d+)"', xml))
        rows = b"".join(b'<row r="%d" s="1" customFormat="1"/>' % r
                        for r in range(last + 1, last + 1 + count))
        return append_rows(xml, rows)
    return rezip(src, dst, {part: patch})


def far_value(src: Path, dst: Path, ref: str = "XFD1048576", part: str = SAMPLE_SHEET) -> Path:
    """One value typed far outside the table."""
    row = re.sub(r"[A-Z]+", "", ref)
    cell = b'<row r="%s"><c r="%s"><v>1</v></c></row>' % (row.encode(), ref.encode())
    return rezip(src, dst, {part: lambda xml: append_rows(xml, cell)})


def far_value_without_address(src: Path, dst: Path, part: str = SAMPLE_SHEET) -> Path:
    """A value in the last row, its cell written without an ``r`` address (allowed by the
    standard; calamine places it from the row)."""
    cell = b'<row r="1048576"><c><v>1</v></c></row>'
    return rezip(src, dst, {part: lambda xml: append_rows(xml, cell)})


def tag_with_lt(src: Path, dst: Path, part: str = SAMPLE_SHEET) -> Path:
    """A '<' inside a cell tag (not XML; calamine's parser would still read the address)."""
    cell = b'<row r="1048576"><c x="<" r="XFD1048576"><v>1</v></c></row>'
    return rezip(src, dst, {part: lambda xml: append_rows(xml, cell)})


def xlsb_like(dst: Path) -> Path:
    """The zip layout of an Excel Binary Workbook (.xlsb) renamed to .xlsx."""
    with zipfile.ZipFile(dst, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.bin", b"\x83\x01\x00")
    return dst

