"""Look at a file before any spreadsheet library parses it.

Decides from the first bytes and the zip directory alone whether a path is an xlsx we
may open; everything else becomes a :class:`FileError` with a one-line Indonesian message.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import FileError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# Limits checked on the zip directory before any XML is parsed.
MAX_UNCOMPRESSED = 300 * 1024 * 1024   # all parts together, bytes
MAX_RATIO = 200                          # uncompressed/compressed of one part over 1 MB
MAX_ENTRIES = 10_000


def is_lock_file(path: Path) -> bool:
    return path.name.startswith("~$")


def describe(head: bytes) -> str:
    """What the first bytes look like, for the 'not xlsx' message."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<!doctype html", b"<html", b"<table")):
        return "HTML"
    if text.startswith(b"<?xml"):
        return "XML"
    if text.startswith(b"%pdf"):
        return "PDF"
    if head and all(32 <= b < 127 or b in (9, 10, 13) for b in head[:512]):
        return "teks/CSV"
    return "format tidak dikenal"


def sniff(path: Path) -> None:
    """Raise FileError unless ``path`` looks like a readable, sane xlsx file."""
    path = Path(path)
    if is_lock_file(path):
        raise FileError("berkas-kunci-excel", path=path)
    if path.is_dir():
        raise FileError("berkas-bukan-berkas", path=path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError as exc:
        raise FileError("berkas-tidak-ada", path=path) from exc
    except OSError as exc:
        raise FileError("berkas-rusak", path=path, detail=exc.strerror or str(exc)) from exc
    if not head:
        raise FileError("berkas-kosong", path=path)
    if head.startswith(OLE2_MAGIC):
        raise FileError("berkas-terkunci-sandi" if _is_encrypted(path) else "berkas-xls-lama", path=path)
    if not head.startswith(ZIP_MAGIC):
        raise FileError("berkas-bukan-xlsx", path=path, found=describe(head))
    _check_zip(path)


def _is_encrypted(path: Path) -> bool:
    """An OLE2 file is either an encrypted OOXML package or a legacy .xls."""
    try:
        import olefile

        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage")
    except Exception:  # noqa: BLE001 - any failure here means: treat as legacy .xls
        return False


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise FileError("berkas-rusak", path=path, detail="arsip zip tidak utuh") from exc
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
        raise FileError("berkas-bukan-xlsx", path=path, found="zip tanpa isi Excel")
    total = sum(i.file_size for i in infos)
    mb = 1024 * 1024
    too_big = len(infos) > MAX_ENTRIES or total > MAX_UNCOMPRESSED or any(
        i.file_size > mb and i.file_size > MAX_RATIO * max(i.compress_size, 1) for i in infos)
    if too_big:
        raise FileError("berkas-terlalu-besar", path=path, size=round(total / mb),
                        limit=MAX_UNCOMPRESSED // mb)
