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
    "dokumen.catatan-peringatan": " ({peringatan} peringatan di buku kerja; rinciannya: rkt validasi)",
    "dokumen.selesai-draf": "{jenis} disimpan sebagai DRAF (ada {galat} galat di buku kerja): {path}",
    "dokumen.berhenti": "{jenis} tidak disusun: {galat} galat, {berkas} berkas tidak terbaca. Perbaiki sel yang "
                        "disebut di atas lalu ulangi, atau pakai --paksa untuk draf bertanda DRAF.",
    "dokumen.pdf-disimpan": "PDF disimpan: {path}",
    "dokumen.templat-ditulis": "Templat Word ditulis: {path}",
    "dokumen.excel-galat": "{jenis} tidak disusun: ada {galat} galat. Perbaiki sel yang ditandai (lihat sheet "
                           "Validasi), lalu klik tombolnya lagi.",
    "dokumen.excel-selesai": "{jenis} disimpan sebagai '{nama}' di folder:\n{folder}\n\nBuka di Word, lengkapi "
                             "bagian berstabilo kuning, lalu tanda tangani.",
    "dokumen.tombol-lkjip": "Buat LKjIP",
    "dokumen.tombol-pk": "Buat PK",
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
    "dokumen.pdf-rusak": "berkas PDF dari LibreOffice tidak utuh",
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
    "dokumen.jabatan-kepala-opd": "Kepala {opd}",
    "dokumen.nip": "NIP. {nip}",
    "dokumen.tahun": "TAHUN {tahun}",
    "dokumen.belum-ada-realisasi": "realisasi belum diisi",
    "dokumen.tercapai": "tercapai",
    "dokumen.tidak-tercapai": "belum tercapai",
    "dokumen.alasan-komposit": "target/realisasi gabungan; pisahkan menjadi indikator tersendiri",
    "dokumen.alasan-tidak_dikenal": "angka tidak terbaca (mis. 6.5)",
    "dokumen.alasan-jenis_berbeda": "jenis target dan realisasi berbeda",
    "dokumen.alasan-realisasi_rentang": "realisasi berupa rentang",
    "dokumen.alasan-skala_tidak_ada": "skala kualitatif belum ditentukan",
    "dokumen.alasan-bukan_anggota_skala": "kata di luar skala indikator",
    "dokumen.alasan-polaritas_tidak_sah": "polaritas tidak sah",
    # generated sentences
    "dokumen.kalimat-ikhtisar": "Pada tahun {tahun} {opd} menetapkan {n_indikator} indikator kinerja sasaran dalam "
                                "Perjanjian Kinerja. Dari {n_terukur} indikator yang dapat diukur, {n_tercapai} "
                                "mencapai atau melampaui target ({n_belum} belum tercapai); rata-rata capaian "
                                "kinerja {rata}. {tak_terukur}",
    "dokumen.kalimat-tak-terukur": "{n} indikator belum dapat diukur (target gabungan atau realisasi kosong) dan "
                                   "perlu diuraikan tersendiri.",
    "dokumen.kalimat-predikat": "Menurut skala {skala}: {daftar}.",
    "dokumen.kalimat-predikat-item": "{jumlah} indikator {predikat}",
    "dokumen.kalimat-anggaran": "Realisasi anggaran Rp {realisasi} dari pagu Rp {pagu} (serapan {serapan}), "
                                "sisa Rp {sisa}, untuk {n_program} program, {n_kegiatan} kegiatan dan {n_sub} sub kegiatan.",
    "dokumen.kalimat-anggaran-kosong": "Pagu anggaran Rp {pagu} untuk {n_program} program, {n_kegiatan} kegiatan "
                                       "dan {n_sub} sub kegiatan; realisasi anggaran belum diisi di buku kerja.",
    "dokumen.kalimat-penutup": "Secara umum, {n_tercapai} dari {n_terukur} indikator kinerja sasaran {opd} tahun "
                               "{tahun} tercapai dengan rata-rata capaian {rata} dan serapan anggaran {serapan}.",
    "dokumen.kalimat-struktur": "{opd} terdiri atas {n} unit kerja: {daftar}.",
    "dokumen.kalimat-rkt": "RKT tahun {tahun} memuat {n_program} program, {n_kegiatan} kegiatan dan {n_sub} sub "
                           "kegiatan dengan pagu Rp {pagu}.",
    "dokumen.analisis-fakta": "Sasaran ini didukung {n_sub} sub kegiatan dengan pagu Rp {pagu}{serapan}: {daftar}.",
    "dokumen.analisis-serapan": ", realisasi Rp {realisasi} (serapan {serapan})",
    "dokumen.analisis-tanpa-sub": "Tidak ada sub kegiatan di buku kerja yang menyebut sasaran ini (kolom Kode "
                                  "Sasaran); jelaskan program apa yang mendukungnya.",
    "dokumen.analisis-sub": "{nama} (Rp {pagu})",
    "dokumen.analisis-instruksi": "Uraikan penyebab keberhasilan/kegagalan, upaya yang dilakukan dan solusinya; "
                                  "fakta dari buku kerja di atas boleh dipakai",
}

# --- standard sentences of the Word templates (an office may change them in its copy) ---
TEXTS.update({
    "dokumen.t-pk-judul": "PERJANJIAN KINERJA TAHUN {{ tahun }}",
    "dokumen.t-pk-pembuka": "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel "
                            "serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "dokumen.t-nama": "Nama",
    "dokumen.t-jabatan": "Jabatan",
    "dokumen.t-pk-pihak-pertama": "selanjutnya disebut pihak pertama.",
    "dokumen.t-pk-pihak-kedua": "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "dokumen.t-pk-janji": "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
                          "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
                          "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
                          "tersebut menjadi tanggung jawab kami.",
    "dokumen.t-pk-supervisi": "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi "
                              "terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan "
                              "dalam rangka pemberian penghargaan dan sanksi.",
    "dokumen.t-pihak-kedua": "Pihak Kedua,",
    "dokumen.t-pihak-pertama": "Pihak Pertama,",
    "dokumen.t-isi-nama-kepala-daerah": "tulis nama kepala daerah",
    "dokumen.t-isi-tanggal": "tulis tanggal penandatanganan",
    "dokumen.t-pk-lampiran": "LAMPIRAN PERJANJIAN KINERJA TAHUN {{ tahun }}",
    "dokumen.t-pk-tabel-sasaran": "Sasaran, indikator kinerja dan target",
    "dokumen.t-pk-tabel-program": "Program dan anggaran",
    "dokumen.t-no": "No",
    "dokumen.t-sasaran-strategis": "Sasaran Strategis",
    "dokumen.t-indikator-kinerja": "Indikator Kinerja",
    "dokumen.t-target": "Target",
    "dokumen.t-program": "Program",
    "dokumen.t-anggaran": "Anggaran",
    "dokumen.t-keterangan": "Keterangan",
})

TEXTS.update({
    "dokumen.grafik-sumbu-capaian": "Capaian (%); garis putus-putus = target 100 %",
    "dokumen.grafik-sumbu-anggaran": "Juta Rupiah",
    "dokumen.grafik-pagu": "Pagu",
    "dokumen.grafik-realisasi": "Realisasi",
    # LKjIP template
    "dokumen.t-logo": "tempel logo Pemda di sini (Sisipkan > Gambar), atau hapus baris ini",
    "dokumen.t-lkjip-judul": "LAPORAN KINERJA INSTANSI PEMERINTAH",
    "dokumen.t-lkjip-singkat": "(LKjIP)",
    "dokumen.t-kata-pengantar": "KATA PENGANTAR",
    "dokumen.t-kata-pengantar-isi": "Laporan Kinerja Instansi Pemerintah (LKjIP) {{ opd }} Tahun {{ tahun }} disusun "
                                    "sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta "
                                    "pencapaian sasaran yang telah ditetapkan dalam Perjanjian Kinerja Tahun {{ tahun }}, "
                                    "sesuai Peraturan Presiden Nomor 29 Tahun 2014 dan Peraturan Menteri PANRB Nomor 53 "
                                    "Tahun 2014.",
    "dokumen.t-isi-kata-pengantar": "tambahkan ucapan terima kasih dan harapan pimpinan",
    "dokumen.t-ikhtisar": "IKHTISAR EKSEKUTIF",
    "dokumen.t-isi-ikhtisar": "tambahkan capaian penting, permasalahan utama dan langkah ke depan dalam satu-dua paragraf",
    "dokumen.t-daftar-isi": "DAFTAR ISI",
    "dokumen.t-daftar-tabel": "DAFTAR TABEL",
    "dokumen.t-daftar-gambar": "DAFTAR GAMBAR",
    "dokumen.t-isi-daftar": "di Word: klik kanan di sini lalu pilih Update Field (Perbarui Bidang) untuk menyusun daftar ini",
    "dokumen.t-bab1": "BAB I PENDAHULUAN",
    "dokumen.t-latar": "A. Latar Belakang",
    "dokumen.t-latar-isi": "Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) mewajibkan setiap perangkat daerah "
                           "melaporkan capaian kinerjanya setiap tahun. Laporan ini menyajikan capaian kinerja "
                           "{{ opd }} {{ pemda }} Tahun {{ tahun }} terhadap Perjanjian Kinerja yang ditetapkan.",
    "dokumen.t-isi-latar": "uraikan latar belakang dan peran strategis perangkat daerah",
    "dokumen.t-dasar-hukum": "B. Dasar Hukum",
    "dokumen.t-dasar-1": "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
    "dokumen.t-dasar-2": "Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;",
    "dokumen.t-dasar-3": "Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, "
                         "Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;",
    "dokumen.t-dasar-4": "Peraturan Menteri PANRB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah;",
    "dokumen.t-dasar-5": "Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, "
                         "Pengendalian dan Evaluasi Pembangunan Daerah;",
    "dokumen.t-isi-dasar": "tambahkan Perda/Perbup tentang susunan organisasi, Renstra dan dasar hukum lain",
    "dokumen.t-struktur": "C. Struktur Organisasi",
    "dokumen.t-unit-kerja": "Unit Kerja",
    "dokumen.t-tabel-unit": "Unit kerja {{ opd }}",
    "dokumen.t-isi-struktur": "sisipkan bagan struktur organisasi dan jumlah pegawai (SDM) serta aset",
    "dokumen.t-tugas": "D. Tugas dan Fungsi",
    "dokumen.t-isi-tugas": "tuliskan tugas pokok dan fungsi sesuai peraturan kepala daerah tentang kedudukan, "
                           "susunan organisasi, tugas dan fungsi",
    "dokumen.t-isu": "E. Isu Strategis",
    "dokumen.t-isi-isu": "uraikan isu strategis dan permasalahan utama yang dihadapi",
    "dokumen.t-sistematika": "F. Sistematika Penyajian",
    "dokumen.t-sistematika-isi": "Laporan ini terdiri atas Ikhtisar Eksekutif; BAB I Pendahuluan; BAB II Perencanaan "
                                 "Kinerja; BAB III Akuntabilitas Kinerja (capaian kinerja organisasi dan realisasi "
                                 "anggaran); BAB IV Penutup; dan Lampiran.",
    "dokumen.t-bab2": "BAB II PERENCANAAN KINERJA",
    "dokumen.t-renstra": "A. Rencana Strategis",
    "dokumen.t-renstra-isi": "Tujuan, sasaran dan indikator kinerja {{ opd }} menurut Rencana Strategis, dengan "
                             "target tahun {{ tahun }}:",
    "dokumen.t-isi-visi": "tuliskan visi dan misi kepala daerah yang didukung perangkat daerah",
    "dokumen.t-tabel-renstra": "Tujuan, sasaran, indikator dan target tahun {{ tahun }}",
    "dokumen.t-tujuan": "Tujuan",
    "dokumen.t-sasaran": "Sasaran",
    "dokumen.t-indikator": "Indikator",
    "dokumen.t-rkt": "B. Rencana Kerja Tahunan",
    "dokumen.t-tabel-rkt": "Program, kegiatan dan pagu RKT tahun {{ tahun }}",
    "dokumen.t-kegiatan": "Kegiatan",
    "dokumen.t-sub-kegiatan": "Sub Kegiatan",
    "dokumen.t-pagu-rp": "Pagu (Rp)",
    "dokumen.t-pk": "C. Perjanjian Kinerja",
    "dokumen.t-pk-isi": "Perjanjian Kinerja Tahun {{ tahun }} ditandatangani {{ jabatan }} dengan {{ kepala_daerah }} "
                        "dan memuat sasaran, indikator dan target berikut serta anggaran programnya.",
    "dokumen.t-bab3": "BAB III AKUNTABILITAS KINERJA",
    "dokumen.t-capaian-organisasi": "A. Capaian Kinerja Organisasi",
    "dokumen.t-capaian-isi": "Capaian tiap indikator dihitung dari target dan realisasi di buku kerja: realisasi/target "
                             "x 100 untuk indikator yang semakin tinggi semakin baik, (2 x target - realisasi)/target "
                             "x 100 untuk yang semakin kecil semakin baik. Predikat menurut {{ skala_predikat }}. "
                             "Rata-rata capaian {{ jumlah_terukur }} indikator yang dapat diukur: {{ rata_capaian }}.",
    "dokumen.t-grafik-capaian": "Capaian indikator kinerja sasaran tahun {{ tahun }}",
    "dokumen.t-sasaran-ke": "Sasaran {{ s.no }}: {{ s.sasaran }}",
    "dokumen.t-tabel-capaian": "Capaian kinerja sasaran {{ s.no }}",
    "dokumen.t-satuan": "Satuan",
    "dokumen.t-realisasi": "Realisasi",
    "dokumen.t-capaian": "Capaian",
    "dokumen.t-predikat": "Predikat",
    "dokumen.t-tabel-banding": "Perbandingan realisasi sasaran {{ s.no }} dengan tahun lalu dan target akhir Renstra",
    "dokumen.t-realisasi-lalu": "Realisasi tahun lalu",
    "dokumen.t-realisasi-ini": "Realisasi tahun ini",
    "dokumen.t-target-renstra": "Target akhir Renstra",
    "dokumen.t-capaian-renstra": "Capaian thd. Renstra",
    "dokumen.t-isi-sel": "isi",
    "dokumen.t-analisis": "Analisis capaian",
    "dokumen.t-anggaran-judul": "B. Realisasi Anggaran",
    "dokumen.t-grafik-anggaran": "Pagu dan realisasi anggaran per program tahun {{ tahun }}",
    "dokumen.t-tabel-anggaran": "Realisasi anggaran per program, kegiatan dan sub kegiatan",
    "dokumen.t-kode": "Kode",
    "dokumen.t-uraian": "Uraian",
    "dokumen.t-realisasi-rp": "Realisasi (Rp)",
    "dokumen.t-sisa-rp": "Sisa (Rp)",
    "dokumen.t-serapan": "Serapan",
    "dokumen.t-efisiensi-isi": "Efisiensi dinilai dua cara. Efisiensi kinerja: rata-rata capaian sasaran dibandingkan "
                               "serapan anggarannya (selisih lebih dari 5 poin = efisien; paling banyak 5 poin = cukup "
                               "efisien; selebihnya tidak efisien). Efisiensi anggaran: sisa/pagu x 100.",
    "dokumen.t-tabel-efisiensi": "Efisiensi penggunaan anggaran per sasaran",
    "dokumen.t-capaian-rata": "Capaian rata-rata",
    "dokumen.t-efisiensi-kinerja": "Efisiensi kinerja",
    "dokumen.t-efisiensi-anggaran": "Efisiensi anggaran",
    "dokumen.t-bab4": "BAB IV PENUTUP",
    "dokumen.t-simpulan": "A. Simpulan",
    "dokumen.t-isi-simpulan": "tambahkan simpulan atas capaian kinerja dan anggaran",
    "dokumen.t-kendala": "B. Kendala",
    "dokumen.t-isi-kendala": "uraikan kendala yang dihadapi dalam mencapai target",
    "dokumen.t-langkah": "C. Langkah Perbaikan",
    "dokumen.t-isi-langkah": "uraikan langkah perbaikan dan rencana tindak lanjut tahun berikutnya",
    "dokumen.t-lampiran": "LAMPIRAN",
    "dokumen.t-lampiran-pk": "Lampiran 1. Perjanjian Kinerja Tahun {{ tahun }}",
    "dokumen.t-lampiran-ukur": "Lampiran 2. Pengukuran Kinerja Tahun {{ tahun }}",
    "dokumen.t-tabel-ukur": "Pengukuran kinerja seluruh indikator sasaran",
    "dokumen.t-lampiran-anggaran": "Lampiran 3. Realisasi Anggaran Tahun {{ tahun }}",
    "dokumen.t-isi-lampiran": "lampirkan pula pernyataan telah direviu, IKU dan rencana aksi bila diminta",
    "dokumen.t-tanda-tangan-tempat": "{{ tempat }}, {{ tanggal_laporan }}",
})
