"""Texts of the realisasi stage (Pengukuran Kinerja, Realisasi Anggaran, rkt capaian)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "realisasi.na": "n/a",
    "realisasi.ordinal": "{nilai} (ordinal)",
    "realisasi.skala-tidak-sah": "Skala predikat '{path}' tidak dapat dibaca: {detail}.",
    "realisasi.skala-urutan": "pita skala '{skala}' harus urut dari batas bawah terbesar, dan hanya pita terakhir tanpa batas bawah",
    "realisasi.skala-default": "skala bawaan '{skala}' tidak ada di berkas",
    "realisasi.efisien": "Efisien",
    "realisasi.cukup_efisien": "Cukup efisien",
    "realisasi.tidak_efisien": "Tidak efisien",
}

FINDINGS: dict[str, tuple[str, str, dict[str, object]]] = {}
