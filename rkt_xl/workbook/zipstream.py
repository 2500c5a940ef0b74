"""Reading the members of a zip (an xlsx) in capped pieces, never trusting its directory.

:func:`iter_part` inflates one member at most up to the size the central directory declares,
checks its CRC and turns every failure of zlib or of the file into a :class:`FileError`;
:func:`recut` re-cuts the inflated pieces so that no tag (or no row) is split between two of
them. The file is only read, never written.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from rkt_xl.errors import FileError
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text

ZIP_MAGIC = b"PK\x03\x04"
CHUNK = 1024 * 1024            # inflated bytes handed on at a time
_READ = 64 * 1024              # compressed bytes read at a time


def shown(name: str) -> str:
    """A name from inside the file, safe for a one-line message (no control characters)."""
    name = "".join(c if c.isprintable() else "?" for c in name)
    return name if len(name) <= 80 else name[:77] + "..."


def zip_directory(path: Path, fh: BinaryIO) -> list[zipfile.ZipInfo]:
    """The zip's central directory (nothing inflated). Raises FileError."""
    try:
        with zipfile.ZipFile(fh) as zf:  # a passed-in file object stays open
            return zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error,
            NotImplementedError, UnicodeDecodeError) as exc:
        raise FileError("berkas-rusak", path=path, detail=text("rusak-zip")) from exc


def iter_part(path: Path, fh: BinaryIO, info: zipfile.ZipInfo, chunk: int = CHUNK,
              charge: Callable[[int], None] | None = None) -> Iterator[bytes]:
    """Inflate one zip member in pieces of at most ``chunk`` bytes.

    Never inflates more than the size the central directory declares (plus one piece): a
    member whose data inflates beyond it is refused as a zip bomb. A member that is shorter,
    fails its CRC or cannot be inflated (corrupt deflate) is refused as damaged. ``charge``
    is told the size of every inflated piece (the per-run budget). Raises FileError.
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
                if charge is not None:
                    charge(len(out))
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


def read_part(path: Path, fh: BinaryIO, info: zipfile.ZipInfo,
              charge: Callable[[int], None] | None = None) -> bytes:
    """A whole (small) member, inflated with the caps of :func:`iter_part`."""
    return b"".join(iter_part(path, fh, info, charge=charge))


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
