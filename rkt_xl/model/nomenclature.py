"""The Kepmendagri nomenclature (program/kegiatan/sub kegiatan codes and official names),
versioned by edition. Data, in this order (a row for a (versi, kode) already known replaces it):

1. ``model/data/nomenklatur.csv``, bundled;
2. the office's own lists imported with ``rkt nomenklatur tambah`` (see
   :mod:`rkt_xl.model.nomenclature_import`), kept as CSV files of the same columns in the
   user's configuration folder (:func:`user_list_folder`);
3. the CSV files (same columns) named in the environment variable ``RKT_NOMENKLATUR``
   (separated like PATH), for IT staff and benchmarks."""

from __future__ import annotations

import codecs
import csv
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from platformdirs import user_config_dir

from rkt_xl.errors import ConfigError
from rkt_xl.model.entities import parent_codes  # noqa: F401  (re-exported: codes belong with the nomenclature)
from rkt_xl.model.names import name_key
from rkt_xl.texts import text as _text

# Edition key -> the regulation it stands for.
EDITIONS: dict[str, str] = {
    "2021": "Kepmendagri 050-5889 Tahun 2021 (TA 2022-2023)",
    "2023": "Kepmendagri 900.1.15.5-1317 Tahun 2023 (TA 2024 dst.)",
}
DEFAULT_EDITION = "2021"

KODE_SUB_KEGIATAN = re.compile(r"^\d\.\d{2}\.\d{2}\.[12]\.\d{2}\.\d{4}$")


@dataclass(frozen=True, slots=True)
class Entry:
    versi: str
    kode: str
    tingkat: str   # program | kegiatan | sub_kegiatan
    nama: str
    status: str    # terverifikasi | pola_terverifikasi | belum_terverifikasi | daftar_opd
    catatan: str = ""
    satuan: str = ""   # default unit of the sub kegiatan's output, when the list gives one


ENV_EXTRA = "RKT_NOMENKLATUR"
COLUMNS = ("versi", "kode", "tingkat", "nama", "status", "catatan", "satuan")
APP_NAME = "rkt_xl"


def user_list_folder() -> Path:
    """Where ``rkt nomenklatur tambah`` keeps the office's lists (per user, per OS:
    %LOCALAPPDATA%\\rkt_xl\\nomenklatur on Windows, ~/.config/rkt_xl/nomenklatur on Linux)."""

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "nomenklatur"


def user_lists() -> list[Path]:
    folder = user_list_folder()
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


def sources() -> list[tuple[str, Path]]:
    """("bawaan" | "opd" | "env", path) of every list read, in reading order."""
    bundled = Path(str(resources.files("rkt_xl.model").joinpath("data/nomenklatur.csv")))
    out = [("bawaan", bundled)] + [("opd", p) for p in user_lists()]
    return out + [("env", Path(n)) for n in filter(None, os.environ.get(ENV_EXTRA, "").split(os.pathsep))]


def decode(data: bytes) -> str:
    """Text of a CSV file in the encodings Excel writes (UTF-8 with/without BOM, UTF-16, cp1252)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    head = data[:400]
    if head.count(0) * 4 >= len(head) > 0:   # UTF-16 without BOM: every other byte is 0
        return data.decode("utf-16-le" if head[1:2] == b"\x00" else "utf-16-be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings (\\r\\n, \\n or \\r alone, as Excel for Mac
    wrote), one at a time: a list of an office's whole nomenclature would double its size in
    memory (io.StringIO quadruples it)."""
    for m in _LINE.finditer(text):
        yield m.group()


def delimiter(text: str) -> str:
    """The separator of a CSV text: the most frequent of ; , tab in its first line."""
    first = next((line for line in lines(text) if line.strip()), "")
    return max((";", ",", "\t"), key=first.count) if any(d in first for d in ";,\t") else ","


_REPEATED = frozenset({"versi", "tingkat", "status", "catatan", "satuan"})   # a handful of values: shared


def _rows(text: str, source: str, parents_only: bool = False) -> list[Entry]:
    try:
        return [Entry(**{k: sys.intern(v) if k in _REPEATED else v for k, v in row.items()})
                for row in csv.DictReader(lines(text), delimiter=delimiter(text))
                if not (parents_only and row.get("tingkat") == "sub_kegiatan")]
    except TypeError as exc:
        raise ConfigError("konfig-tidak-sah", path=source, detail=_text("panduan.kolom-env")) from exc


def read_list(path: Path, parents_only: bool = False) -> list[Entry]:
    """The entries of a list file in the bundled columns (any encoding and separator Excel writes)."""
    try:
        return _rows(decode(Path(path).read_bytes()), str(path), parents_only)
    except OSError as exc:
        raise ConfigError("konfig-tidak-sah", path=path, detail=exc.strerror or str(exc)) from exc


@cache
def _all_entries() -> tuple[Entry, ...]:
    return _read_entries(parents_only=False)


def _read_entries(parents_only: bool) -> tuple[Entry, ...]:
    text = resources.files("rkt_xl.model").joinpath("data/nomenklatur.csv").read_text("utf-8")
    entries = {(e.versi, e.kode): e for e in _rows(text, "model/data/nomenklatur.csv", parents_only)}
    for _kind, path in sources()[1:]:
        entries.update({(e.versi, e.kode): e for e in read_list(path, parents_only)})
    return tuple(entries.values())


@cache
def parent_names(versi: str = DEFAULT_EDITION) -> dict[str, Entry]:
    """The programs and kegiatan of one edition, keyed by code: the names the output sheets
    print. Where the whole list is not loaded (the main process of a consolidation, whose
    checks run in a helper), read without keeping an entry per sub kegiatan."""
    entries = _all_entries() if _all_entries.cache_info().currsize else _read_entries(parents_only=True)
    return {e.kode: e for e in entries if e.versi == versi and e.tingkat != "sub_kegiatan"}


@cache
def nomenclature(versi: str = DEFAULT_EDITION) -> dict[str, Entry]:
    """All entries of one edition, keyed by code."""
    return {e.kode: e for e in _all_entries() if e.versi == versi}


@cache
def by_name(versi: str = DEFAULT_EDITION) -> dict[tuple[str, str], Entry]:
    """Entries keyed by (tingkat, normalised name): the first code that carries a name."""

    index: dict[tuple[str, str], Entry] = {}
    for e in nomenclature(versi).values():
        index.setdefault((e.tingkat, name_key(e.nama)), e)
    return index


def reload() -> None:
    """Forget the loaded lists (after ``RKT_NOMENKLATUR`` changed in this process)."""
    for cached in (_all_entries, nomenclature, by_name, covered_urusan, parent_names):
        cached.cache_clear()


def sub_kegiatan_entries(versi: str = DEFAULT_EDITION) -> list[Entry]:
    return [e for e in nomenclature(versi).values() if e.tingkat == "sub_kegiatan"]



@cache
def covered_urusan(versi: str = DEFAULT_EDITION) -> frozenset[str]:
    """The urusan/bidang urusan (U.BB) under which some list gives codes."""
    return frozenset(".".join(k.split(".")[:2]) for k in nomenclature(versi))
