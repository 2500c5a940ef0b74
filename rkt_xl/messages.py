"""The catalogue of every user-visible Indonesian text, keyed by a stable code.

A reviewer who does not read Python can check this file alone. Templates use
``str.format`` fields; :func:`message` fills them.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- file problems (exceptions, exit code 3) ---
    "berkas-tidak-ada": "Berkas '{path}' tidak ditemukan. Periksa nama dan foldernya.",
    "berkas-kosong": "Berkas '{path}' kosong (0 byte). Simpan ulang dari Excel lalu kirim lagi.",
    "berkas-bukan-xlsx": "Isi berkas '{path}' bukan buku kerja Excel .xlsx ({found}). Buka di Excel lalu Simpan Sebagai 'Excel Workbook (*.xlsx)'.",
    "berkas-xls-lama": "Berkas '{path}' berformat .xls (Excel 97-2003) yang tidak didukung. Buka di Excel lalu Simpan Sebagai .xlsx.",
    "berkas-terkunci-sandi": "Berkas '{path}' dilindungi kata sandi. Buka proteksinya di Excel (File > Info > Protect Workbook) lalu kirim ulang.",
    "berkas-rusak": "Berkas '{path}' rusak atau tidak lengkap ({detail}). Minta pengirim menyimpan ulang dan mengirim lagi.",
    "berkas-terlalu-besar": "Berkas '{path}' terlalu besar setelah dibuka ({size} MB, batas {limit} MB) atau rasio kompresinya mencurigakan. Periksa isinya; berkas RKT biasa jauh lebih kecil.",
    "berkas-xml-berbahaya": "Berkas '{path}' berisi XML yang tidak aman (entitas bersarang) dan ditolak. Simpan ulang dari Excel.",
    "berkas-kunci-excel": "'{path}' adalah berkas kunci Excel (~$), dilewati. Buku kerja aslinya sedang dibuka di Excel; tutup dulu bila ingin memakai versi terbaru.",
    "berkas-bukan-berkas": "'{path}' adalah folder, bukan berkas .xlsx.",
    "sheet-wajib-hilang": "Buku kerja '{path}' tidak memiliki sheet '{sheet}'. Gunakan templat RKT (rkt templat) sebagai dasar.",
    # --- saving (exit code 3) ---
    "simpan-gagal": "Gagal menyimpan '{path}': {detail}. Periksa folder, izin tulis dan ruang disk; hasil sebelumnya tidak berubah.",
    "simpan-terkunci": "'{path}' sedang dibuka di program lain (Excel?). Tutup dulu lalu ulangi. Hasil baru disimpan sebagai '{alt}'.",
    "folder-tidak-ada": "Folder '{path}' tidak ada. Buat foldernya dulu atau pilih lokasi lain.",
    # --- configuration and usage (exit code 2) ---
    "bidang-tidak-sah": "Nama bidang '{value}' tidak dapat dipakai: {reason}.",
    "bidang-ganda": "Bidang '{value}' disebut dua kali. Setiap bidang cukup satu sheet.",
    "konfig-tidak-sah": "Berkas pengaturan '{path}' tidak dapat dibaca: {detail}.",
    "versi-tidak-dikenal": "Versi nomenklatur '{value}' tidak dikenal. Pilihan: {choices}.",
    # --- progress and results shown by the CLI ---
    "hasil-templat": "Templat dibuat: {path}",
    "hasil-contoh": "Contoh RKT {tahun} dibuat: {path} ({jumlah} sub kegiatan, total pagu Rp {total})",
    "hasil-baca": "Dibaca: {path}: {bidang} bidang, {jumlah} sub kegiatan, total pagu Rp {total}",
    "hasil-arsip": "Versi sebelumnya disimpan di {path}",
    "demo-judul": "rkt demo: seluruh alur pada contoh RKT BKPSDM 2023",
    "demo-selesai": "Selesai. Semua hasil ada di folder: {path}",
    "galat-tak-terduga": "Terjadi kesalahan tak terduga: {detail}. Jalankan ulang dengan --debug dan kirim keluarannya ke pengelola rkt_xl.",
}

# Reasons used inside "bidang-tidak-sah".
REASONS: dict[str, str] = {
    "kosong": "nama kosong",
    "terlalu-panjang": "nama sheet lebih dari 31 karakter; beri nama sheet pendek dengan format 'Nama Sheet=Nama lengkap bidang'",
    "karakter-terlarang": "nama sheet tidak boleh memuat karakter [ ] : * ? / \\",
    "nama-dipakai": "nama itu dipakai oleh sheet bawaan templat",
}


def message(code: str, **params: object) -> str:
    """The Indonesian text for ``code`` with ``params`` filled in."""
    template = MESSAGES[code]
    return template.format(**params) if params else template


# --- texts written into the template workbook ---
SHEET_TEXT: dict[str, str] = {
    "petunjuk-judul": "PETUNJUK PENGISIAN RENCANA KERJA TAHUNAN (RKT)",
    "profil-judul": "PROFIL PERANGKAT DAERAH",
    "sasaran-judul": "TUJUAN, SASARAN DAN INDIKATOR SASARAN (RENSTRA)",
    "referensi-judul": "DAFTAR REFERENSI (jangan diubah; dipakai oleh pilihan/dropdown)",
    "bidang-judul": "{nama}",
    "kelompok-sub": "SUB KEGIATAN",
    "kelompok-keluaran": "INDIKATOR KELUARAN",
    "kelompok-hasil": "INDIKATOR HASIL",
    "kelompok-realisasi": "REALISASI",
    "kelompok-sasaran": "RENCANA",
    "validasi-judul-kode": "Kode sub kegiatan",
    "validasi-pesan-kode": "Pilih kode dari daftar (sheet Referensi). Kode di luar daftar akan dilaporkan saat validasi.",
    "validasi-judul-satuan": "Satuan",
    "validasi-pesan-satuan": "Pilih satuan dari daftar. Satuan lain boleh, tetapi akan diperiksa saat validasi.",
    "validasi-judul-sumber": "Sumber dana",
    "validasi-pesan-sumber": "Pilih sumber dana dari daftar.",
    "validasi-judul-sasaran": "Kode sasaran",
    "validasi-pesan-sasaran": "Pilih kode indikator sasaran dari sheet Sasaran.",
    "validasi-judul-rupiah": "Rupiah",
    "validasi-pesan-rupiah": "Isi angka bulat Rupiah tanpa titik/koma desimal, mis. 171368000.",
    "validasi-galat-rupiah": "Pagu harus bilangan bulat Rupiah (0 atau lebih), tanpa sen.",
    "validasi-judul-tahun": "Tahun",
    "validasi-pesan-tahun": "Isi tahun anggaran, mis. 2025.",
    "validasi-judul-polaritas": "Polaritas",
    "validasi-pesan-polaritas": "positif: semakin tinggi semakin baik; negatif: semakin kecil semakin baik.",
    "validasi-judul-versi": "Versi nomenklatur",
    "validasi-pesan-versi": "2021 = Kepmendagri 050-5889/2021 (TA 2022-2023); 2023 = Kepmendagri 900.1.15.5-1317/2023 (TA 2024 dst.).",
}

# The Petunjuk sheet: (style, text) lines. Styles: h = heading, p = paragraph, b = bullet.
PETUNJUK: tuple[tuple[str, str], ...] = (
    ("p", "Buku kerja ini adalah templat RKT. Setiap bidang mengisi sheet bidangnya sendiri; "
          "Sub Bagian Perencanaan menggabungkan semuanya menjadi tabel RKT resmi."),
    ("h", "Urutan pengisian"),
    ("b", "1. Sheet Profil: nama Pemda, OPD, tahun, kepala OPD dan NIP (NIP diketik sebagai teks)."),
    ("b", "2. Sheet Sasaran: satu baris per indikator sasaran, dengan kode (mis. S1.1), tujuan, sasaran, satuan, target dan polaritas."),
    ("b", "3. Sheet bidang: satu baris per sub kegiatan. Pilih kode dari daftar, isi pagu (angka bulat Rupiah), indikator keluaran dan hasil."),
    ("b", "4. Indikator tambahan: pakai baris di bawahnya dengan kolom kode dikosongkan; baris itu ikut sub kegiatan di atasnya."),
    ("b", "5. Satu indikator satu baris: jangan menulis '70 dan Baik' dalam satu sel; pisahkan menjadi dua indikator."),
    ("b", "6. Kolom REALISASI diisi pada akhir tahun untuk Laporan Kinerja (LKjIP)."),
    ("h", "Arti warna"),
    ("legend-rencana", "Sel kuning muda: diisi oleh bidang (rencana)."),
    ("legend-realisasi", "Sel hijau muda: diisi pada akhir tahun (realisasi)."),
    ("legend-kunci", "Sel lain terkunci (sheet diproteksi tanpa kata sandi: Review > Unprotect Sheet bila perlu)."),
    ("h", "Perintah (tombol di Excel atau baris perintah)"),
    ("b", "rkt validasi BERKAS.xlsx: memeriksa isian dan menunjukkan sel yang perlu diperbaiki."),
    ("b", "rkt konsolidasi BERKAS.xlsx: menyusun tabel RKT resmi dengan total yang berupa rumus."),
    ("b", "rkt lkjip BERKAS.xlsx: menyusun kerangka Laporan Kinerja dari realisasi."),
    ("b", "rkt kirim BERKAS.xlsx: mengirim hasil konsolidasi lewat surel."),
    ("h", "Aturan angka"),
    ("b", "Pagu: angka bulat Rupiah. Bila diketik sebagai teks, '1.699.983.250' dibaca 1699983250 dan dilaporkan agar sel diubah menjadi angka."),
    ("b", "Target: titik = pemisah ribuan (6.500 = enam ribu lima ratus), koma = desimal (95,5). '6.5' ditolak karena ambigu."),
)

# --- command-line help (rkt --help) ---
HELP: dict[str, str] = {
    "rkt": "rkt_xl: Rencana Kerja Tahunan (RKT) dan Laporan Kinerja dengan Excel sebagai "
           "antarmuka. Setiap bidang mengisi sheet-nya; rkt memeriksa, menggabungkan dan menyusun laporan.",
    "debug": "Tampilkan traceback Python bila terjadi galat (untuk pengelola).",
    "versi-program": "Tampilkan versi rkt_xl lalu keluar.",
    "bantuan": "Tampilkan bantuan ini lalu keluar.",
    "templat": "Buat templat buku kerja RKT kosong: Petunjuk, Profil, Sasaran, satu sheet per "
               "bidang dan Referensi, dengan pilihan (dropdown) dan proteksi.",
    "templat-keluaran": "Berkas hasil.",
    "templat-bidang": "Bidang (boleh berulang): 'Nama sheet=Nama lengkap' atau nama lengkap saja "
                      "(nama sheet dipendekkan otomatis, maks. 31 karakter). Bawaan: empat bidang BKPSDM.",
    "templat-konfig": "Berkas TOML berisi [[bidang]] (sheet, nama), mis. rkt_xl/data/contoh_2023.toml.",
    "templat-versi": "Versi nomenklatur Kepmendagri untuk daftar kode sub kegiatan.",
    "contoh": "Buat buku kerja contoh: RKT 2023 BKPSDM Kabupaten Lima Puluh Kota (35 sub kegiatan, "
              "Rp 8.120.676.386), tiap sub kegiatan di sheet bidang pemiliknya.",
    "contoh-keluaran": "Berkas hasil.",
    "demo": "Jalankan seluruh alur pada contoh 2023 dan tunjukkan di mana hasilnya.",
    "demo-folder": "Folder hasil demo.",
    "baca": "Baca buku kerja RKT yang sudah diisi dan tampilkan ringkasannya per bidang.",
    "baca-berkas": "Buku kerja .xlsx yang dibaca (tidak diubah).",
    "json": "Keluaran dalam JSON (untuk program lain).",
}

# Headings of the help screen (click's own are English).
HELP_HEADINGS = {"usage": "Pemakaian: ", "options": "Pilihan", "commands": "Perintah",
                 "arguments": "Argumen"}

TABLE_TEXT = {
    "bidang": "Bidang", "sheet": "Sheet", "jumlah-sub": "Sub kegiatan", "pagu": "Pagu (Rp)",
    "total": "JUMLAH", "langkah": "Langkah", "hasil": "Hasil",
    "langkah-templat": "Templat kosong", "langkah-contoh": "Contoh RKT 2023",
    "langkah-baca": "Baca kembali contoh",
}

# --- validation findings: code -> (severity, message template, example parameters) ---
# Severity "galat" blocks consolidation, "peringatan" does not. Every template says what is
# wrong and what to do. docs/temuan.md is generated from this table (tests keep it fresh).
FINDINGS: dict[str, tuple[str, str, dict[str, object]]] = {
    # file-level (the file could not be read, or was skipped)
    "berkas-tidak-terbaca": ("galat", "{detail}", {"detail": "Berkas 'a.xlsx' rusak atau tidak lengkap."}),
    "berkas-kunci-excel": ("peringatan", "{detail}", {"detail": "'~$RKT.xlsx' adalah berkas kunci Excel (~$), dilewati."}),
    # >>> validation findings (issue 3)
    # <<< validation findings
    # >>> consolidation findings (issue 4)
    # <<< consolidation findings
}
