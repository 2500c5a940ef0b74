"""The Kepmendagri nomenclature (program/kegiatan/sub kegiatan codes and official names),
versioned by edition. Data: ``reference/nomenklatur.csv``."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .model import parent_codes  # noqa: F401  (re-exported: codes belong with the nomenclature)

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
    status: str    # terverifikasi | pola_terverifikasi | belum_terverifikasi
    catatan: str = ""


@cache
def _all_entries() -> tuple[Entry, ...]:
    text = resources.files("rkt_xl").joinpath("reference/nomenklatur.csv").read_text("utf-8")
    return tuple(Entry(**row) for row in csv.DictReader(text.splitlines()))


@cache
def nomenclature(versi: str = DEFAULT_EDITION) -> dict[str, Entry]:
    """All entries of one edition, keyed by code."""
    return {e.kode: e for e in _all_entries() if e.versi == versi}


def sub_kegiatan_entries(versi: str = DEFAULT_EDITION) -> list[Entry]:
    return [e for e in nomenclature(versi).values() if e.tingkat == "sub_kegiatan"]

