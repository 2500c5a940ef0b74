"""Which bidang sheets a template has: the default four units of a BKPSDM, or a list
given by the user (``--bidang "Nama sheet=Nama lengkap"``) or a TOML config file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rkt_xl.errors import ConfigError
from rkt_xl.texts import text
from rkt_xl.workbook.config import load_toml
from rkt_xl.workbook.layout import RESERVED_SHEETS

SHEET_NAME_MAX = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class BidangSpec:
    sheet: str
    nama: str


DEFAULT_BIDANG: tuple[BidangSpec, ...] = (
    BidangSpec("Sekretariat", "Sekretariat"),
    BidangSpec("Bid Pengembangan Disiplin ASN", "Bidang Pengembangan dan Disiplin ASN"),
    BidangSpec("Bid Informasi Pengadaan Status", "Bidang Informasi, Pengadaan dan Status ASN"),
    BidangSpec("Bid Diklat Penilaian Kinerja", "Bidang Pendidikan, Pelatihan dan Penilaian Kinerja ASN"),
)


def short_sheet_name(nama: str) -> str:
    """A sheet name for a full bidang name: 'Bidang' -> 'Bid', commas and 'dan' dropped,
    then cut at a word boundary to fit Excel's 31 characters."""
    name = re.sub(r"^Bidang\b", "Bid", nama.strip())
    name = re.sub(r"\s+dan\s+", " ", _FORBIDDEN.sub(" ", name.replace(",", " ")))
    name = re.sub(r"\s+", " ", name).strip()
    while len(name) > SHEET_NAME_MAX and " " in name:
        name = name.rsplit(" ", 1)[0]
    return name[:SHEET_NAME_MAX]


def parse_bidang(value: str) -> BidangSpec:
    """'Nama sheet=Nama lengkap' or just a full name (sheet name derived)."""
    sheet, sep, nama = value.partition("=")
    sheet, nama = sheet.strip(), nama.strip()
    if not sep:
        nama, sheet = sheet, short_sheet_name(sheet)
    spec = BidangSpec(sheet, nama or sheet)
    check_sheet_name(spec.sheet, value)
    return spec


def check_sheet_name(sheet: str, shown: str) -> None:
    reason = None
    if not sheet:
        reason = "kosong"
    elif len(sheet) > SHEET_NAME_MAX:
        reason = "terlalu-panjang"
    elif _FORBIDDEN.search(sheet) or sheet.startswith("'"):
        reason = "karakter-terlarang"
    elif sheet in RESERVED_SHEETS:
        reason = "nama-dipakai"
    if reason:
        raise ConfigError("bidang-tidak-sah", value=shown, reason=text(f"alasan.{reason}"))


def check_unique(specs: list[BidangSpec]) -> list[BidangSpec]:
    seen: set[str] = set()
    for spec in specs:
        if spec.sheet.casefold() in seen:
            raise ConfigError("bidang-ganda", value=spec.sheet)
        seen.add(spec.sheet.casefold())
    return specs


def load_config_bidang(path: Path) -> list[BidangSpec]:
    """The ``[[bidang]]`` tables (sheet, nama) of a TOML config file."""
    data = load_toml(path)
    try:
        specs = [BidangSpec(str(b["sheet"]).strip(), str(b.get("nama", b["sheet"])).strip())
                 for b in data.get("bidang", [])]
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError("konfig-tidak-sah", path=path, detail=f"[[bidang]] {exc}") from exc
    for spec in specs:
        check_sheet_name(spec.sheet, spec.sheet)
    return check_unique(specs)
