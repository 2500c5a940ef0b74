"""Recognising rkt_xl's own outputs by their content, not their name.

An output written by rkt_xl says so in its document properties (docProps/core.xml,
description ``Dibuat oleh rkt_xl (...)``), which Excel keeps when the file is re-saved; one
written before that marker existed is told by its sheets (RKT with Ringkasan: konsolidasi;
a Validasi sheet alone: the report of ``rkt validasi --laporan``). Only the two small parts
are inflated, with the caps of :mod:`rkt_xl.workbook.zipstream`; a file that cannot be read
here is not an output (the sniff then says what is wrong with it).
"""

from __future__ import annotations

import html
import os
import re
import stat
from pathlib import Path

from rkt_xl.errors import FileError
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.xmlscan import sheet_parts
from rkt_xl.workbook.zipstream import ZIP_MAGIC, read_part, zip_directory

MARKER = "Dibuat oleh rkt_xl"
KIND_KONSOLIDASI = "konsolidasi"
KIND_LAPORAN = "laporan validasi"
_DESCRIPTION = re.compile(rb"<dc:description>([^<]{0,200})</dc:description>")
_MARKED = re.compile(re.escape(MARKER) + r" \(([^)]{1,40})\)")
_SMALL = 5_000_000   # bytes inflated at most per part looked at


def output_kind(path: Path) -> str | None:
    """``"konsolidasi"`` or ``"laporan validasi"`` for an rkt_xl output, else None."""
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            return None
        with open(path, "rb") as fh:
            if fh.read(4) != ZIP_MAGIC:
                return None
            infos = {i.filename: i for i in zip_directory(Path(path), fh)}
            core = infos.get("docProps/core.xml")
            if core is not None and core.file_size <= _SMALL:
                m = _DESCRIPTION.search(read_part(Path(path), fh, core))
                if m is not None:
                    marked = _MARKED.search(html.unescape(m.group(1).decode("utf-8", "replace")))
                    if marked is not None:
                        return marked.group(1)
            book = infos.get("xl/workbook.xml")
            if book is None or book.file_size > _SMALL:
                return None
            names = {n for n, _, _ in sheet_parts(read_part(Path(path), fh, book), b"")}
    except (OSError, FileError):
        return None
    if {C.SHEET_RKT, C.SHEET_RINGKASAN} <= names:
        return KIND_KONSOLIDASI
    if names == {C.SHEET_VALIDASI}:
        return KIND_LAPORAN
    return None
