"""Texts of the realisasi stage (Pengukuran Kinerja, Realisasi Anggaran, rkt capaian)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "realisasi.na": "n/a",
    "realisasi.ordinal": "{nilai} (ordinal)",
    "realisasi.skala-tidak-sah": "Skala predikat '{path}' tidak dapat dibaca: {detail}.",
    "realisasi.skala-urutan": "pita skala '{skala}' harus urut dari batas bawah terbesar, dan hanya pita terakhir tanpa batas bawah",
    "realisasi.skala-default": "skala bawaan '{skala}' tidak ada di berkas",
    # groups and dropdowns of the realisasi columns in the template
    "realisasi.kelompok-anggaran-tw": "REALISASI ANGGARAN PER TRIWULAN",
    "realisasi.kelompok-keluaran-tw": "REALISASI KELUARAN PER TRIWULAN",
    "realisasi.kelompok-hasil-tw": "REALISASI HASIL PER TRIWULAN",
    "realisasi.kelompok-triwulan": "REALISASI PER TRIWULAN",
    "realisasi.kelompok-pembanding": "PEMBANDING DAN SKALA",
    "realisasi.validasi-judul-sifat": "Sifat realisasi",
    "realisasi.validasi-pesan-sifat": "kumulatif: setahun = jumlah triwulan; non-kumulatif: setahun = triwulan terakhir.",
    "realisasi.efisien": "Efisien",
    "realisasi.cukup_efisien": "Cukup efisien",
    "realisasi.tidak_efisien": "Tidak efisien",
}

FINDINGS: dict[str, tuple[str, str, dict[str, object]]] = {}
