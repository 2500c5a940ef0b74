"""Small summaries of a model, shared by the CLI and the Excel button."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rkt_xl.model.entities import Rkt
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text


@dataclass(frozen=True)
class BidangSummary:
    sheet: str
    nama: str
    jumlah: int
    pagu: int


def per_bidang(rkt: Rkt) -> list[BidangSummary]:
    return [BidangSummary(b.sheet, b.nama, len(b.sub_kegiatan), sum(s.pagu or 0 for s in b.sub_kegiatan))
            for b in rkt.bidang]


def read_summary(code: str, path: Path, rkt: Rkt) -> str:
    """One line saying what a workbook holds (messages 'hasil-contoh', 'hasil-baca')."""
    return text(code, path=path, tahun=rkt.profil.tahun, bidang=len(rkt.bidang),
                   jumlah=len(rkt.all_sub_kegiatan()), total=format_id(rkt.total_pagu()))
