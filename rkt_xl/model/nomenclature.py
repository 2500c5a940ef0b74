"""The Kepmendagri nomenclature (program/kegiatan/sub kegiatan codes and official names),
versioned by edition. Data, in this order (a row for a (versi, kode) already known replaces it):

1. ``model/data/nomenklatur.csv``, bundled;
2. the office's own lists imported with ``rkt nomenklatur tambah`` (see
   :mod:`rkt_xl.model.nomenclature_import`), kept as CSV files of the same columns in the
   user's configuration folder (:func:`user_list_folder`);
3. the CSV files (same columns) named in the environment variable ``RKT_NOMENKLATUR``
   (separated like PATH), for IT staff and benchmarks."""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rkt_xl.errors import ConfigError
from rkt_xl.model.entities import parent_codes  # noqa: F401  (re-exported: codes belong with the nomenclature)
from rkt_xl.model.names import name_key

# Edition key -> the regulation it stands for.
EDITIONS: dict[str, str] = {
    "2021": "Kepmendagri 050-5889 Tahun 2021 (TA 2022-2023)",
    "2023": "Kepmendagri 900.1.15.5-1317 Tahun 2023 (TA 2024 dst.)",
}
DEFAULT_EDITION = "2021"

KODE_SUB_KEGIATAN = re.compile(r"^\d\.\d{2}\.\d{2}\.[12]\.\d{2}\.\d{4}$")


@dataclass(frozen=True)
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
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "nomenklatur"


def user_lists() -> list[Path]:
    folder = user_list_folder()
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


def sources() -> list[tuple[str, Path]]:
    """("bawaan" | "opd" | "env", path) of every list read, in reading order."""
    bundled = Path(str(resources.files("rkt_xl.model").joinpath("data/nomenklatur.csv")))
    out = [("bawaan", bundled)] + [("opd", p) for p in user_lists()]
    return out + [("env", Path(n)) for n in filter(None, os.environ.get(ENV_EXTRA, "").split(os.pathsep))]


def _rows(text: str, source: str) -> list[Entry]:
    try:
        return [Entry(**row) for row in csv.DictReader(text.splitlines())]
    except TypeError as exc:
        raise ConfigError("konfig-tidak-sah", path=source,
                          detail="kolom harus versi,kode,tingkat,nama,status,catatan") from exc


@cache
def _all_entries() -> tuple[Entry, ...]:
    text = resources.files("rkt_xl.model").joinpath("data/nomenklatur.csv").read_text("utf-8")
    entries = {(e.versi, e.kode): e for e in _rows(text, "model/data/nomenklatur.csv")}
    for _kind, path in sources()[1:]:
        name = str(path)
        try:
            extra = Path(name).read_text("utf-8-sig")
        except OSError as exc:
            raise ConfigError("konfig-tidak-sah", path=name, detail=exc.strerror or str(exc)) from exc
        entries.update({(e.versi, e.kode): e for e in _rows(extra, name)})
    return tuple(entries.values())


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
    for cached in (_all_entries, nomenclature, by_name, covered_urusan):
        cached.cache_clear()


def sub_kegiatan_entries(versi: str = DEFAULT_EDITION) -> list[Entry]:
    return [e for e in nomenclature(versi).values() if e.tingkat == "sub_kegiatan"]



@cache
def covered_urusan(versi: str = DEFAULT_EDITION) -> frozenset[str]:
    """The urusan/bidang urusan (U.BB) under which some list gives codes."""
    return frozenset(".".join(k.split(".")[:2]) for k in nomenclature(versi))
