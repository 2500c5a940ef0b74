"""Texts of the guidance stage (issue 10): the office's own code list (``rkt nomenklatur``),
guidance to the right code and target, the DRAF marks of a forced output, the Rekapitulasi
per Program block."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # fragments inside findings
    "panduan.maksud-satu": " Maksud Anda {kode} '{nama}'?",
    "panduan.maksud-banyak": " Maksud Anda salah satu dari: {daftar}?",
    "panduan.maksud-pola": " Mungkin maksudnya '{kode}'.",
    "panduan.kode-nama": "{kode} '{nama}'",
    "panduan.daftar-sub": "Sub kegiatan dari kegiatan ini: {daftar}.",
    "panduan.daftar-sub-kosong": "Sub kegiatannya belum ada dalam daftar nomenklatur; lihat DPA atau SIPD untuk kodenya.",
    "panduan.nama-cocok": " Nama yang diketik cocok dengan {kode} '{nama}'.",
    "panduan.satuan-sama": " (sama dengan kolom Satuan)",
    "panduan.satuan-beda": " (kolom Satuan berisi '{kolom}', tidak sama)",
    "panduan.satuan-kosong": " (kolom Satuan masih kosong)",
    # DRAF marks of a forced consolidation (--paksa with galat)
    "panduan.draf": "DRAF — {galat} galat belum diperbaiki",
    "panduan.draf-judul": "{judul} (DRAF — {galat} galat belum diperbaiki)",
    "panduan.draf-kepala": "&C&\"-,Bold\"&KC00000DRAF — {galat} galat belum diperbaiki",
    "panduan.draf-validasi": "{draf}: sheet RKT belum boleh dipakai sebagai dokumen resmi.",
    "panduan.pagu-tak-terbaca": "Pagu yang tidak terbaca ({jumlah} sel, tidak ikut JUMLAH di sheet RKT):",
    "panduan.pagu-tak-terbaca-sel": "'{sheet}'!{cell}: '{value}'",
    "panduan.draf-selesai": "DRAF — {galat} galat belum diperbaiki. {selesai}",
    # the Rekapitulasi per Program block under the JUMLAH of the RKT sheet
    "panduan.rekap-judul": "REKAPITULASI PER PROGRAM",
    "panduan.rekap-program": "PROGRAM",
    "panduan.rekap-pagu": "PAGU (Rp)",
    # rkt nomenklatur
    "panduan.bantuan-nomenklatur": "Daftar kode nomenklatur yang dikenal (bawaan dan daftar OPD sendiri), per versi dan urusan.",
    "panduan.bantuan-tambah": "Tambahkan daftar kode OPD sendiri dari berkas CSV atau XLSX (kolom kode dan nama/nomenklatur/uraian; tingkat dan versi boleh ada). Disimpan di folder pengaturan pengguna; berlaku untuk validasi dan templat berikutnya.",
    "panduan.bantuan-tambah-versi": "Versi nomenklatur daftar ini bila berkasnya tidak punya kolom versi.",
    "panduan.tersimpan": "Daftar kode dari '{sumber}' disimpan: {path} ({program} program, {kegiatan} kegiatan, {sub} sub kegiatan; versi {versi}).",
    "panduan.ditolak-judul": "{jumlah} baris tidak diambil:",
    "panduan.ditolak": "  baris {baris}: {alasan}",
    "panduan.dilewati-urusan": "{jumlah} baris kode urusan/bidang urusan dilewati (yang disimpan: program, kegiatan, sub kegiatan).",
    "panduan.kolom-env": "kolom harus versi,kode,tingkat,nama,status,catatan; daftar kode dari SIPD atau Excel lebih mudah ditambahkan dengan: rkt nomenklatur tambah BERKAS",
    "panduan.tidak-ada-baris": "tidak ada baris kode yang dapat diambil",
    "panduan.kolom-hilang": "kolom '{kolom}' tidak ditemukan di baris judul (judul yang ada: {ada}); beri judul kolom 'kode' dan 'nama' (atau 'nomenklatur'/'uraian')",
    "panduan.alasan-kode": "kode '{kode}' tidak berbentuk kode program (U.BB.PP), kegiatan (U.BB.PP.2.KK) atau sub kegiatan (U.BB.PP.2.KK.SSSS)",
    "panduan.alasan-nama": "kode {kode} tanpa nama",
    "panduan.alasan-tingkat": "tingkat '{tingkat}' tidak dikenal (pilihan: program, kegiatan, sub kegiatan)",
    "panduan.alasan-tingkat-beda": "kode {kode} berbentuk kode {bentuk}, tetapi ditandai '{tingkat}'",
    "panduan.alasan-versi": "versi '{versi}' tidak dikenal (pilihan: {pilihan})",
    "panduan.alasan-ganda": "kode {kode} sudah ada di baris {baris}",
    "panduan.tabel-versi": "Versi", "panduan.tabel-urusan": "Urusan", "panduan.tabel-program": "Program",
    "panduan.tabel-kegiatan": "Kegiatan", "panduan.tabel-sub": "Sub kegiatan", "panduan.tabel-sumber": "Sumber",
    "panduan.sumber-bawaan": "bawaan rkt_xl",
    "panduan.sumber-env": "RKT_NOMENKLATUR: {path}",
    "panduan.folder-daftar": "Daftar kode OPD disimpan di: {path}",
    "panduan.catatan-impor": "impor dari {sumber} ({tanggal})",
}

FINDINGS: dict[str, tuple[str, str, dict[str, object]]] = {
    "kode-kegiatan-bukan-sub": ("galat", "Kode '{value}' di {cell} adalah kode kegiatan {kode} '{nama}', bukan kode sub kegiatan. RKT disusun per sub kegiatan: isi satu baris untuk setiap sub kegiatan yang dilaksanakan, dengan kodenya sendiri. {daftar}",
                                {"value": "5.03.01.2.01", "cell": "A5", "kode": "5.03.01.2.01", "nama": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                                 "daftar": "Sub kegiatan dari kegiatan ini: 5.03.01.2.01.0006 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD'."}),
    "kode-milik-sub-kegiatan-lain": ("galat", "Kode {value} di {cell}: kode ini milik sub kegiatan lain: '{resmi}', padahal nama yang diketik '{nama}' (sel {sel_nama}). Pagu baris ini akan tercatat di bawah sub kegiatan itu; perbaiki kodenya.{saran}",
                                     {"value": "5.03.01.2.02.0001", "cell": "A5", "resmi": "Penyediaan Gaji dan Tunjangan ASN", "nama": "Koordinasi dan Kerjasama Pelaksanaan Diklat", "sel_nama": "D5",
                                      "saran": " Nama yang diketik cocok dengan 5.03.02.2.03.0002 'Koordinasi dan Kerjasama Pelaksanaan Diklat'."}),
    "urusan-tidak-tercakup": ("peringatan", "Kode sub kegiatan di berkas ini memakai urusan {urusan} ({jumlah} sub kegiatan, mis. {contoh} di {cell_contoh}) yang belum ada dalam daftar nomenklatur {versi}, jadi kodenya hanya diperiksa formatnya. Tambahkan daftar kode OPD Anda (CSV atau XLSX dari SIPD atau lampiran Kepmendagri, dengan kolom kode dan nama): rkt nomenklatur tambah DAFTAR.csv",
                              {"urusan": "2.16", "jumlah": 12, "contoh": "2.16.02.2.01.0001", "cell_contoh": "'Bidang IKP'!A4", "versi": "Kepmendagri 050-5889 Tahun 2021 (TA 2022-2023)"}),
    "target-dengan-satuan": ("peringatan", "Target '{value}' di {cell} memuat angka dan satuan: target {angka}, satuan '{satuan}'{cocok}. Tulis {angka} saja di kolom target dan satuannya di kolom Satuan.",
                             {"value": "26 dokumen", "cell": "J5", "angka": "26", "satuan": "dokumen", "cocok": " (sama dengan kolom Satuan)"}),
    "satuan-salah-ketik": ("peringatan", "Satuan '{value}' di {cell} tidak ada dalam daftar satuan. Maksud Anda '{saran}'? Pilih satuan dari daftar (sheet Referensi).",
                           {"value": "Dukumen", "cell": "I5", "saran": "dokumen"}),
    "sasaran-baris-pertama-kosong": ("galat", "{judul} di baris pertama sheet Sasaran (sel {cell}) belum diisi. Isi {judul} di baris pertama; baris di bawahnya boleh dikosongkan dan ikut baris di atasnya, seperti tabel Renstra.",
                                     {"judul": "Tujuan", "cell": "B4"}),
    "sheet-bidang-kosong": ("peringatan", "Sheet '{sheet}' belum berisi sub kegiatan. Isi mulai baris 4, atau abaikan bila bidang ini memang tidak punya sub kegiatan tahun ini.",
                            {"sheet": "Sekretariat"}),
    "belum-ada-isian": ("peringatan", "Berkas ini belum berisi sub kegiatan maupun indikator sasaran, jadi belum ada yang dapat diperiksa. Isi sheet Profil, Sasaran dan sheet bidang (mulai baris 4), lalu jalankan validasi lagi.", {}),
}
