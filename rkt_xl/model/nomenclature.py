"""The Kepmendagri nomenclature (program/kegiatan/sub kegiatan codes and official names),
versioned by edition. Data: ``model/data/nomenklatur.csv``, plus the CSV files (same columns)
named in the environment variable ``RKT_NOMENKLATUR`` (separated like PATH): an office adds
the codes of its own urusan or of a newer Kepmendagri list there; a row for a (versi, kode)
already known replaces it."""

from __future__ import annotations

import csv
import os
import re
import sys
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


@dataclass(frozen=True, slots=True)
class Entry:
    versi: str
    kode: str
    tingkat: str   # program | kegiatan | sub_kegiatan
    nama: str
    status: str    # terverifikasi | pola_terverifikasi | belum_terverifikasi
    catatan: str = ""


ENV_EXTRA = "RKT_NOMENKLATUR"
_REPEATED = frozenset({"versi", "tingkat", "status", "catatan"})   # a handful of values: shared


def _rows(text: str, source: str) -> list[Entry]:
    try:
        return [Entry(**{k: sys.intern(v) if k in _REPEATED else v for k, v in row.items()})
                for row in csv.DictReader(text.splitlines())]
    except TypeError as exc:
        raise ConfigError("konfig-tidak-sah", path=source,
                          detail="kolom harus versi,kode,tingkat,nama,status,catatan") from exc


@cache
def _all_entries() -> tuple[Entry, ...]:
    text = resources.files("rkt_xl.model").joinpath("data/nomenklatur.csv").read_text("utf-8")
    entries = {(e.versi, e.kode): e for e in _rows(text, "model/data/nomenklatur.csv")}
    for name in filter(None, os.environ.get(ENV_EXTRA, "").split(os.pathsep)):
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
    for cached in (_all_entries, nomenclature, by_name):
        cached.cache_clear()


def sub_kegiatan_entries(versi: str = DEFAULT_EDITION) -> list[Entry]:
    return [e for e in nomenclature(versi).values() if e.tingkat == "sub_kegiatan"]

