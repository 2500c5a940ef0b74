"""Texts of the documents stage (``rkt pk``, ``rkt lkjip``, ``rkt templat-dokumen``).

``TEXTS`` holds messages, command help and the standard sentences written into the Word
templates. The templates are generated from these texts by rkt_xl/documents/templates_*.py,
so a reviewer checks the documents' wording here.
"""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- command help ---
    "dokumen.bantuan-pk": "Susun Perjanjian Kinerja (Word .docx) Kepala Perangkat Daerah dari buku kerja RKT: "
                          "pernyataan, tanda tangan, lampiran Sasaran | Indikator | Target dan Program | Anggaran. "
                          "Validasi berjalan dulu seperti konsolidasi: galat menghentikannya kecuali dengan --paksa.",
    "dokumen.bantuan-lkjip": "Susun kerangka Laporan Kinerja (LKjIP, Word .docx) dari buku kerja RKT berisi "
                             "realisasi: BAB I-IV, lampiran, grafik; setiap angka dihitung ulang dari buku kerja. "
                             "Bagian yang harus ditulis sendiri ditandai stabilo kuning.",
    "dokumen.bantuan-berkas": "Buku kerja .xlsx (satu berisi semua bidang, beberapa salinan, atau folder; tidak diubah).",
    "dokumen.bantuan-keluaran-pk": "Berkas hasil (bawaan: PK_<OPD>_<tahun>.docx di folder masukan pertama).",
    "dokumen.bantuan-keluaran-lkjip": "Berkas hasil (bawaan: LKjIP_<OPD>_<tahun>.docx di folder masukan pertama).",
    "dokumen.bantuan-paksa": "Tetap menyusun dokumen walau ada galat; dokumen diberi tanda DRAF di setiap halaman.",
    "dokumen.bantuan-templat": "Templat Word milik kantor (salinan dari rkt templat-dokumen yang sudah diubah).",
    "dokumen.bantuan-pdf": "Simpan juga PDF (perlu LibreOffice terpasang).",
    "dokumen.bantuan-templat-dokumen": "Tulis salinan templat Word (PK dan LKjIP) yang boleh diubah kantor: "
                                       "kop, huruf, logo, kalimat baku. Pakai dengan --templat.",
    "dokumen.bantuan-folder": "Folder tujuan salinan templat.",
    # --- results and messages ---
    "dokumen.progres-baca": "Membaca {path} ({nomor}/{jumlah})",
    "dokumen.progres-susun": "Menyusun {jenis}",
    "dokumen.progres-pdf": "Membuat PDF dengan LibreOffice",
    "dokumen.selesai": "{jenis} disimpan: {path}",
    "dokumen.selesai-draf": "{jenis} disimpan sebagai DRAF (ada {galat} galat di buku kerja): {path}",
    "dokumen.berhenti": "{jenis} tidak disusun: {galat} galat di {berkas} berkas. Perbaiki galat di atas, "
                        "atau pakai --paksa untuk draf bertanda DRAF.",
    "dokumen.pdf-disimpan": "PDF disimpan: {path}",
    "dokumen.templat-ditulis": "Templat Word ditulis: {path}",
    "dokumen.jenis-pk": "Perjanjian Kinerja",
    "dokumen.jenis-lkjip": "Laporan Kinerja (LKjIP)",
    # errors (TemplateError / FileError family, exit code 3)
    "dokumen.templat-tag-rusak": "Templat '{path}' memuat tag yang rusak: {tag} ({alasan}). Perbaiki atau hapus "
                                 "tag itu di Word, atau ambil templat baru dengan 'rkt templat-dokumen'.",
    "dokumen.templat-tag-tak-dikenal": "Templat '{path}' memuat tag {tag} yang tidak dikenal ({alasan}). Nama yang "
                                       "boleh dipakai ada di docs/dokumen.md; perbaiki tag itu di Word.",
    "dokumen.templat-tidak-terbaca": "Templat '{path}' tidak dapat dibuka sebagai dokumen Word .docx ({detail}). "
                                     "Simpan ulang dari Word sebagai 'Word Document (*.docx)'.",
    "dokumen.pdf-tanpa-libreoffice": "PDF tidak dibuat: LibreOffice (soffice) tidak ditemukan. Pasang LibreOffice "
                                     "(https://www.libreoffice.org) lalu ulangi, atau simpan sebagai PDF dari Word. "
                                     "Dokumen Word sudah disimpan: {path}",
    "dokumen.pdf-gagal": "PDF tidak dibuat: LibreOffice gagal mengubah '{path}' ({detail}). Dokumen Word sudah "
                         "disimpan; simpan sebagai PDF dari Word.",
    # jinja reasons, translated
    "dokumen.alasan-sintaks": "penulisan tag salah: {detail}",
    "dokumen.alasan-tak-tertutup": "tag tidak ditutup",
    "dokumen.alasan-tanpa-pasangan": "tidak ada pasangan pembuka/penutupnya",
    "dokumen.alasan-pasangan-salah": "ditutup dengan {tag_lain}",
    "dokumen.alasan-tak-dikenal": "{detail}",
    # --- document words ---
    "dokumen.draf": "DRAF - disusun dengan --paksa walau buku kerja masih memuat {galat} galat; bukan dokumen final",
    "dokumen.fiktif": "CATATAN: angka realisasi dalam dokumen ini FIKTIF (contoh rkt_xl untuk latihan), bukan realisasi "
                      "sebenarnya BKPSDM.",
    "dokumen.na": "n/a",
    "dokumen.jumlah": "JUMLAH",
    "dokumen.placeholder": "[{instruksi}]",
    "dokumen.pemda-kepala": "Bupati {nama}",
    "dokumen.jabatan-kepala-opd": "Kepala {opd}",
    "dokumen.nip": "NIP. {nip}",
    "dokumen.tahun": "TAHUN {tahun}",
    "dokumen.komposit": "target gabungan; pisahkan menjadi indikator tersendiri",
    "dokumen.tak-terukur": "tidak dapat diukur: {alasan}",
    "dokumen.belum-ada-realisasi": "realisasi belum diisi",
    "dokumen.tercapai": "tercapai",
    "dokumen.tidak-tercapai": "belum tercapai",
    "dokumen.efisien": "efisien",
    "dokumen.cukup_efisien": "cukup efisien",
    "dokumen.tidak_efisien": "tidak efisien",
    # generated sentences
    "dokumen.kalimat-ikhtisar": "Pada tahun {tahun} {opd} menetapkan {n_indikator} indikator kinerja sasaran dalam "
                                "Perjanjian Kinerja. Dari {n_terukur} indikator yang dapat diukur, {n_tercapai} "
                                "mencapai atau melampaui target ({n_belum} belum tercapai); rata-rata capaian "
                                "kinerja {rata} %. {tak_terukur}",
    "dokumen.kalimat-tak-terukur": "{n} indikator belum dapat diukur (target gabungan atau realisasi kosong) dan "
                                   "perlu diuraikan tersendiri.",
    "dokumen.kalimat-predikat": "Menurut skala {skala}: {daftar}.",
    "dokumen.kalimat-predikat-item": "{jumlah} indikator {predikat}",
    "dokumen.kalimat-anggaran": "Realisasi anggaran Rp {realisasi} dari pagu Rp {pagu} (serapan {serapan} %), "
                                "sisa Rp {sisa}, untuk {n_program} program, {n_kegiatan} kegiatan dan {n_sub} sub kegiatan.",
    "dokumen.kalimat-anggaran-kosong": "Pagu anggaran Rp {pagu} untuk {n_program} program, {n_kegiatan} kegiatan "
                                       "dan {n_sub} sub kegiatan; realisasi anggaran belum diisi di buku kerja.",
    "dokumen.kalimat-penutup": "Secara umum, {n_tercapai} dari {n_terukur} indikator kinerja sasaran {opd} tahun "
                               "{tahun} tercapai dengan rata-rata capaian {rata} % dan serapan anggaran {serapan} %.",
    "dokumen.kalimat-struktur": "{opd} terdiri atas {n} unit kerja: {daftar}.",
    "dokumen.kalimat-rkt": "RKT tahun {tahun} memuat {n_program} program, {n_kegiatan} kegiatan dan {n_sub} sub "
                           "kegiatan dengan pagu Rp {pagu}.",
    "dokumen.analisis-fakta": "Sasaran ini didukung {n_sub} sub kegiatan dengan pagu Rp {pagu}{serapan}: {daftar}.",
    "dokumen.analisis-serapan": ", realisasi Rp {realisasi} (serapan {serapan} %)",
    "dokumen.analisis-tanpa-sub": "Tidak ada sub kegiatan di buku kerja yang menyebut sasaran ini (kolom Kode "
                                  "Sasaran); jelaskan program apa yang mendukungnya.",
    "dokumen.analisis-sub": "{nama} (Rp {pagu})",
    "dokumen.analisis-instruksi": "Uraikan penyebab keberhasilan/kegagalan, upaya yang dilakukan dan solusinya; "
                                  "fakta dari buku kerja di atas boleh dipakai",
    "dokumen.banding-tidak-ada": "Data realisasi tahun lalu dan target akhir Renstra belum ada di buku kerja; "
                                 "isi tabel perbandingan bila datanya tersedia",
    "dokumen.tanggal-kosong": "tanggal penandatanganan",
}
