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
    "berkas-terlalu-besar": "Berkas '{path}' terlalu besar setelah dibuka ({size} MB, batas {limit} MB) dan ditolak. Berkas RKT biasa jauh lebih kecil: hapus baris dan kolom kosong yang diformat, simpan ulang dari Excel lalu kirim lagi.",
    "berkas-rasio-mencurigakan": "Berkas '{path}' ditolak: bagian '{part}' mengembang {ratio} kali saat dibuka (batas {limit} kali), ciri bom zip. Simpan ulang dari Excel lalu kirim lagi.",
    "berkas-ukuran-palsu": "Berkas '{path}' ditolak: bagian '{part}' ternyata lebih besar daripada ukuran yang tercatat di dalam arsip ({declared} byte), ciri bom zip. Simpan ulang dari Excel lalu kirim lagi.",
    "berkas-terlalu-banyak-bagian": "Berkas '{path}' ditolak: arsipnya berisi {count} bagian (batas {limit}), ciri bom zip. Simpan ulang dari Excel lalu kirim lagi.",
    "berkas-area-terlalu-luas": "Sheet '{sheet}' di berkas '{path}' berisi sel terisi sampai {cell}, sehingga areanya {cells} sel (batas {limit}). Hapus isi sel di luar tabel (Ctrl+End menunjukkan sel terakhir), simpan lalu kirim lagi.",
    "berkas-xml-berbahaya": "Berkas '{path}' berisi XML yang tidak aman (deklarasi DTD/entitas, ciri bom XML) dan ditolak sebelum dibaca. Simpan ulang dari Excel lalu kirim lagi.",
    "berkas-kunci-excel": "'{path}' adalah berkas kunci Excel (~$), dilewati: buku kerja '{asli}' sedang dibuka di Excel. Simpan dan tutup dulu di Excel supaya yang diperiksa versi terbaru.",
    "berkas-kunci-excel-sisa": "'{path}' adalah berkas kunci Excel (~$) yang tertinggal (buku kerja '{asli}' tidak ada di sebelahnya), dilewati. Berkas ini boleh dihapus.",
    "berkas-bukan-berkas": "'{path}' adalah folder, bukan berkas .xlsx.",
    "folder-tanpa-xlsx": "Folder '{path}' tidak berisi berkas .xlsx atau .xlsm, jadi tidak ada yang diperiksa. Periksa foldernya.",
    # details inside "berkas-rusak"
    "rusak-zip": "arsip zip tidak utuh atau terpotong",
    "rusak-bagian": "bagian '{part}' rusak",
    "rusak-bagian-hilang": "bagian '{part}' tidak ada",
    "rusak-isi": "isi buku kerjanya tidak terbaca",
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
    "hasil-xlsm": "Templat bertombol dibuat: {path} (buka di Excel Windows, klik Enable Content)",
    "hasil-contoh": "Contoh RKT {tahun} dibuat: {path} ({jumlah} sub kegiatan, total pagu Rp {total})",
    "hasil-baca": "Dibaca: {path}: {bidang} bidang, {jumlah} sub kegiatan, total pagu Rp {total}",
    "hasil-arsip": "Versi sebelumnya disimpan di {path}",
    "hasil-validasi": "{galat} galat, {peringatan} peringatan (masalah asli dokumen rujukan); laporan: {path}",
    "demo-judul": "rkt demo: seluruh alur pada contoh RKT BKPSDM 2023",
    "demo-selesai": "Selesai. Semua hasil ada di folder: {path}",
    "galat-berhenti": "GALAT: {detail}",
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
    "xlwings-conf-catatan": "Pengaturan tombol (xlwings). INTERPRETER_WIN: program Python yang dijalankan tombol, "
                            "biasanya %LOCALAPPDATA%\\rkt_xl\\venv\\Scripts\\pythonw.exe yang dipasang INSTAL.bat "
                            "(%LOCALAPPDATA% = folder AppData\\Local pengguna yang sedang masuk). "
                            "'pythonw' berarti Python yang ada di PATH.",
    "tombol-validasi": "Validasi",
    "tombol-konsolidasi": "Konsolidasi",
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
    "templat-konfig": "Berkas TOML berisi [[bidang]] (sheet, nama), mis. rkt_xl/samples/data/contoh_2023.toml.",
    "templat-versi": "Versi nomenklatur Kepmendagri untuk daftar kode sub kegiatan.",
    "contoh": "Buat buku kerja contoh: RKT 2023 BKPSDM Kabupaten Lima Puluh Kota (35 sub kegiatan, "
              "Rp 8.120.676.386), tiap sub kegiatan di sheet bidang pemiliknya.",
    "contoh-keluaran": "Berkas hasil.",
    "xlsm": "Buat templat dengan tombol Validasi dan Konsolidasi (buku kerja makro .xlsm untuk Excel di "
            "Windows; perlu Python dan rkt-xl[excel] di PC itu: INSTAL.bat dari zip rilis memasang keduanya, "
            "lalu rkt pasang membuat buku kerja ini dengan Python yang benar).",
    "demo": "Jalankan seluruh alur pada contoh 2023 dan tunjukkan di mana hasilnya.",
    "demo-folder": "Folder hasil demo.",
    "baca": "Baca buku kerja RKT yang sudah diisi dan tampilkan ringkasannya per bidang.",
    "baca-berkas": "Buku kerja .xlsx yang dibaca (tidak diubah).",
    "json": "Keluaran dalam JSON (untuk program lain).",
    "validasi": "Periksa buku kerja RKT (satu berkas, beberapa berkas, atau folder) dan tunjukkan "
                "setiap masalah beserta selnya. Kode keluar 0: lolos (boleh ada peringatan); "
                "1: ada galat; 3: ada berkas yang tidak terbaca.",
    "validasi-berkas": "Buku kerja .xlsx atau folder berisi buku kerja (tidak diubah).",
    "validasi-laporan": "Simpan juga laporan sebagai buku kerja Excel (sheet Validasi, tiap temuan bertaut ke selnya).",
    "validasi-versi": "Versi nomenklatur untuk pemeriksaan kode (bawaan: dari sheet Profil).",
    "validasi-semua": "Tampilkan semua temuan di layar (bawaan: 100 pertama, galat lebih dulu).",
    "konsolidasi": "Gabungkan sheet bidang (satu buku kerja berisi semua bidang, beberapa salinan "
                   "templat, atau folder) menjadi buku kerja baru dengan sheet RKT resmi, total berupa "
                   "rumus, sheet Validasi dan Ringkasan. Validasi berjalan dulu: galat menghentikan "
                   "konsolidasi (kode keluar 1) kecuali dengan --paksa.",
    "konsolidasi-berkas": "Buku kerja .xlsx atau folder (tidak diubah).",
    "konsolidasi-keluaran": "Berkas hasil (bawaan: RKT_konsolidasi_<tahun>.xlsx di folder masukan pertama).",
    "konsolidasi-paksa": "Tetap menyusun RKT walau ada galat (galat dicatat di sheet Validasi).",
}

# Headings of the help screen (click's own are English).
HELP_HEADINGS = {"usage": "Pemakaian: ", "options": "Pilihan", "commands": "Perintah",
                 "arguments": "Argumen"}

TABLE_TEXT = {
    "bidang": "Bidang", "sheet": "Sheet", "jumlah-sub": "Sub kegiatan", "pagu": "Pagu (Rp)",
    "total": "JUMLAH", "langkah": "Langkah", "hasil": "Hasil",
    "langkah-templat": "Templat kosong", "langkah-contoh": "Contoh RKT 2023",
    "langkah-baca": "Baca kembali contoh",
    "langkah-validasi": "Validasi contoh",
    "langkah-konsolidasi": "Konsolidasi contoh",
}

# --- validation findings: code -> (severity, message template, example parameters) ---
# Severity "galat" blocks consolidation, "peringatan" does not. Every template says what is
# wrong and what to do. docs/temuan.md is generated from this table (tests keep it fresh).
FINDINGS: dict[str, tuple[str, str, dict[str, object]]] = {
    # file-level (the file could not be read, or was skipped)
    "berkas-tidak-terbaca": ("galat", "{detail}", {"detail": "Berkas 'a.xlsx' rusak atau tidak lengkap."}),
    "berkas-kunci-excel": ("peringatan", "{detail}", {"detail": "'~$RKT.xlsx' adalah berkas kunci Excel (~$), dilewati: buku kerja 'RKT.xlsx' sedang dibuka di Excel. Simpan dan tutup dulu di Excel supaya yang diperiksa versi terbaru."}),
    # >>> validation findings (issue 3)
    # structure of the workbook
    "sheet-wajib-tidak-ada": ("galat", "Sheet '{nama}' tidak ditemukan{saran}. Sheet yang ada: {ada}. Kembalikan nama sheet seperti di templat.",
                              {"nama": "Sasaran", "saran": " (mungkin 'sasaran ' yang dimaksud)", "ada": "Petunjuk, Profil, sasaran "}),
    "sheet-bidang-tidak-ada": ("galat", "Tidak ada sheet bidang yang terbaca{saran}. Isi sub kegiatan di sheet bidang dari templat RKT (judul kolom di baris 3).",
                               {"saran": ""}),
    "sheet-tidak-dikenal": ("peringatan", "Sheet '{sheet}' bukan bagian templat dan tidak dibaca{saran}. Bila ini sheet bidang, salin baris judul kolom dari templat.",
                            {"sheet": "Data", "saran": " (mirip 'Sekretariat')"}),
    "sheet-tersembunyi": ("peringatan", "Sheet '{sheet}' disembunyikan ({keadaan}); isinya tetap dibaca. Tampilkan sheet itu (klik kanan tab > Unhide) agar pemeriksa melihat datanya.",
                          {"sheet": "Sekretariat", "keadaan": "hidden"}),
    "baris-tersembunyi": ("peringatan", "Baris {baris} di sheet '{sheet}' disembunyikan tetapi berisi data; data tetap dibaca. Tampilkan baris itu (Unhide) agar isinya terlihat.",
                          {"sheet": "Sekretariat", "baris": 7}),
    "sel-gabung": ("peringatan", "Sel {rentang} digabung (merge) di area data; hanya nilai sel kiri-atas {cell} yang dibaca. Pisahkan gabungan (Unmerge) dan isi setiap sel.",
                   {"rentang": "B5:B7", "cell": "B5"}),
    "kolom-hilang": ("galat", "Kolom '{judul}' tidak ada di baris judul sheet '{sheet}'. Kembalikan kolom itu seperti di templat; isinya tidak terbaca.",
                     {"judul": "Pagu (Rp)", "sheet": "Sekretariat"}),
    "judul-kolom-berubah": ("galat", "Judul kolom {cell} berisi '{value}', seharusnya '{judul}'. Kembalikan judulnya; kolom ini tidak terbaca.",
                            {"cell": "G3", "value": "Anggaran", "judul": "Pagu (Rp)"}),
    "kolom-pindah": ("peringatan", "Kolom '{judul}' ada di {cell}, seharusnya di kolom {seharusnya}. Data tetap dibaca menurut judulnya; kembalikan urutan kolom seperti templat.",
                     {"judul": "Pagu (Rp)", "cell": "H3", "seharusnya": "G"}),
    "baris-judul-pindah": ("peringatan", "Baris judul kolom sheet '{sheet}' ada di baris {baris}, seharusnya baris {seharusnya}. Data tetap dibaca; hapus baris yang disisipkan di atas judul.",
                           {"sheet": "Sekretariat", "baris": 4, "seharusnya": 3}),
    # cells
    "nilai-galat-excel": ("galat", "Sel {cell} berisi galat Excel {value}; nilainya tidak dihitung (bukan 0). Perbaiki rumusnya atau ketik nilainya.",
                          {"cell": "G5", "value": "#REF!"}),
    "rumus-tanpa-nilai": ("galat", "Sel {cell} berisi rumus tanpa nilai tersimpan, jadi nilainya tidak diketahui. Buka berkas di Excel, simpan ulang (Ctrl+S), atau ketik nilainya.",
                          {"cell": "G5"}),
    "teks-awalan-rumus": ("peringatan", "Teks di {cell} diawali '{awal}', yang bisa dianggap rumus oleh Excel. Teks tetap disimpan sebagai teks; hapus tanda itu bila tidak perlu.",
                          {"cell": "D5", "awal": "="}),
    "teks-karakter-kontrol": ("peringatan", "Teks di {cell} memuat karakter kontrol yang tak terlihat (biasanya terbawa saat menyalin dari PDF/web). Ketik ulang isinya.",
                              {"cell": "D5"}),
    "teks-terlalu-panjang": ("galat", "Teks di {cell} panjangnya {panjang} karakter, melebihi batas sel Excel 32.767. Ringkas isinya.",
                             {"cell": "D5", "panjang": 40000}),
    # required values
    "nilai-wajib-kosong": ("galat", "{judul} belum diisi (sel {cell}){untuk}. Isi kolom ini.",
                           {"judul": "Sumber Dana", "cell": "F5", "untuk": " untuk sub kegiatan 5.03.02.2.02.0001"}),
    "keluaran-kosong": ("galat", "Sub kegiatan {kode} belum punya indikator Keluaran (sel {cell}). Isi tolok ukur, satuan dan target keluaran.",
                        {"kode": "5.03.02.2.02.0001", "cell": "H5"}),
    "hasil-kosong": ("galat", "Sub kegiatan {kode} belum punya indikator Hasil (sel {cell}). Isi tolok ukur, satuan dan target hasil.",
                     {"kode": "5.03.02.2.02.0001", "cell": "K5"}),
    "profil-kosong": ("galat", "{judul} di sheet Profil belum diisi (sel {cell}). Isi agar judul RKT lengkap.",
                      {"judul": "Tahun Anggaran", "cell": "B5"}),
    "profil-belum-lengkap": ("peringatan", "{judul} di sheet Profil belum diisi (sel {cell}).",
                             {"judul": "Tempat Penetapan", "cell": "B8"}),
    "nip-bukan-teks": ("galat", "NIP di {cell} tersimpan sebagai angka ({value}); Excel hanya menyimpan 15 digit, jadi NIP rusak. Format sel sebagai Teks lalu ketik ulang NIP.",
                       {"cell": "B7", "value": "196610201995031000"}),
    "nip-format": ("peringatan", "NIP '{value}' di {cell} tidak terdiri dari 18 angka. Periksa kembali.",
                   {"value": "1966102", "cell": "B7"}),
    "tahun-tidak-sah": ("galat", "Tahun '{value}' di {cell} tidak sah. Isi tahun anggaran empat angka, mis. 2025.",
                        {"value": "23", "cell": "B5"}),
    "versi-tidak-dikenal": ("galat", "Versi nomenklatur '{value}' di {cell} tidak dikenal. Pilih {pilihan}.",
                            {"value": "2019", "cell": "B10", "pilihan": "2021 atau 2023"}),
    # codes and names
    "kode-format-salah": ("galat", "Kode '{value}' di {cell} tidak sesuai format U.BB.PP.2.KK.SSSS (mis. 5.03.02.2.02.0001).{saran}",
                          {"value": "5.03.02.2.01.03", "cell": "A5", "saran": " Mungkin maksudnya '5.03.02.2.01.0003'."}),
    "kode-tidak-dikenal": ("galat", "Kode {value} di {cell} tidak ada dalam nomenklatur {versi}. Pilih kode dari daftar di sheet Referensi{saran}.",
                           {"value": "5.03.02.2.09.0001", "cell": "A5", "versi": "Kepmendagri 050-5889 Tahun 2021", "saran": ""}),
    "nama-tidak-resmi": ("peringatan", "Nama {tingkat} '{value}' di {cell} berbeda dari nama resmi untuk kode {kode}: '{resmi}'. Gunakan nama resmi.",
                         {"tingkat": "sub kegiatan", "value": "Fasilitas Kunjungan Tamu", "cell": "D9", "kode": "5.03.01.2.06.0008", "resmi": "Fasilitasi Kunjungan Tamu"}),
    "induk-tidak-sesuai-kode": ("galat", "{Tingkat} '{value}' di {cell} adalah {tingkat} {kode_lain}, padahal kode {kode} termasuk {tingkat} {kode_induk} '{resmi}'. Periksa kode atau {tingkat}-nya.",
                                {"Tingkat": "Kegiatan", "tingkat": "kegiatan", "value": "Mutasi dan Promosi ASN", "cell": "C5", "kode_lain": "5.03.02.2.02", "kode": "5.03.02.2.01.0001", "kode_induk": "5.03.02.2.01", "resmi": "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN"}),
    "kode-ganda": ("galat", "Kode {value} dipakai dua kali: {cell} dan {lain}. Satu sub kegiatan cukup satu baris; hapus salah satu atau perbaiki kodenya.",
                   {"value": "5.03.02.2.02.0001", "cell": "A5", "lain": "'Bid Diklat Penilaian Kinerja'!A9"}),
    "kode-sasaran-ganda": ("galat", "Kode sasaran {value} dipakai dua kali: {cell} dan {lain}. Beri setiap indikator sasaran kode sendiri.",
                           {"value": "S1.1", "cell": "A5", "lain": "A7"}),
    # money
    "rupiah-teks": ("peringatan", "{judul} di {cell} diketik sebagai teks '{value}' dan dibaca Rp {nilai}. Ubah sel menjadi angka: ketik {angka} tanpa titik.",
                    {"judul": "Pagu (Rp)", "cell": "G5", "value": "1.699.983.250", "nilai": "1.699.983.250", "angka": "1699983250"}),
    "rupiah-pecahan": ("galat", "{judul} di {cell} bernilai pecahan ({value}); harus bilangan bulat Rupiah. Bulatkan sesuai DPA.",
                       {"judul": "Pagu (Rp)", "cell": "G5", "value": "1500,5"}),
    "rupiah-negatif": ("galat", "{judul} di {cell} negatif ({value}). Isi 0 atau lebih.",
                       {"judul": "Pagu (Rp)", "cell": "G5", "value": "-100"}),
    "rupiah-bukan-angka": ("galat", "{judul} di {cell} berisi '{value}', bukan angka Rupiah. Ketik angka bulat, mis. 171368000.",
                           {"judul": "Pagu (Rp)", "cell": "G5", "value": "seratus juta"}),
    # targets and units
    "target-gabungan": ("peringatan", "Target '{value}' di {cell} menggabungkan {jumlah} nilai. Pisahkan menjadi satu indikator per baris, masing-masing satu nilai dan satu satuan.",
                        {"value": "70 dan Baik", "cell": "M5", "jumlah": 2}),
    "satuan-gabungan": ("peringatan", "Satuan '{value}' di {cell} menggabungkan beberapa satuan. Pisahkan indikatornya, satu satuan per baris.",
                        {"value": "jenis dan lembar", "cell": "I9"}),
    "target-tidak-terbaca": ("peringatan", "Target '{value}' di {cell} tidak terbaca sebagai angka, persen, rentang atau kata. Titik untuk ribuan (6.500), koma untuk desimal (95,5).",
                             {"value": "6.5", "cell": "J5"}),
    "target-kualitatif": ("peringatan", "Target '{value}' di {cell} berupa kata, padahal satuan '{satuan}' mengharapkan angka. Gunakan target angka, atau satuan predikat/kategori.",
                          {"value": "Baik", "cell": "M5", "satuan": "persen"}),
    "satuan-tidak-cocok": ("peringatan", "Satuan '{value}' di {cell} tidak cocok dengan indikator '{indikator}': {alasan}. Gunakan satuan '{saran}'.",
                           {"value": "dokumen", "cell": "L20", "indikator": "Meningkatnya akurasi data kepegawaian", "alasan": "indikator ini mengukur tingkat, bukan banyaknya barang", "saran": "persen"}),
    "polaritas-tidak-sah": ("peringatan", "Polaritas '{value}' di {cell} tidak dikenal. Isi 'positif' (semakin tinggi semakin baik) atau 'negatif'.",
                            {"value": "naik", "cell": "G5"}),
    # links between sheets
    "sasaran-tidak-ada": ("galat", "Kode sasaran '{value}' di {cell} tidak ada di sheet Sasaran. Pilih kode dari daftar.",
                          {"value": "S9.1", "cell": "E5"}),
    "sasaran-tanpa-sub-kegiatan": ("peringatan", "Indikator sasaran {kode} '{indikator}' (sel {cell}) tidak didukung satu pun sub kegiatan. Kaitkan sub kegiatan ke indikator ini atau hapus indikatornya.",
                                   {"kode": "S2.2", "indikator": "Indeks Kepuasan Masyarakat", "cell": "A6"}),
    "target-hasil-di-bawah-sasaran": ("peringatan", "Target hasil '{value}' di {cell} lebih rendah dari target indikator sasaran {sasaran} '{target_sasaran}'. Selaraskan target hasil dengan target sasaran.",
                                      {"value": "68 dan Kurang", "cell": "M9", "sasaran": "S2.1", "target_sasaran": "70 dan Baik"}),
    # <<< validation findings
    # >>> consolidation findings (issue 4)
    "bidang-ganda-berkas": ("galat", "Bidang '{sheet}' diisi di dua berkas: '{berkas_lain}' dan '{file}' ({jumlah} sub kegiatan). Setiap bidang cukup diisi di satu berkas; kosongkan sheet itu di salah satunya. Sementara ini hanya isian dari '{berkas_lain}' yang dihitung.",
                            {"berkas_lain": "RKT_Sekretariat.xlsx", "jumlah": 16}),
    "profil-berbeda": ("galat", "{judul} di sheet Profil berbeda antar berkas: '{value}' di '{file}', '{nilai_lain}' di '{berkas_lain}'. Semua berkas harus untuk RKT yang sama; samakan isinya.",
                       {"judul": "Tahun Anggaran", "nilai_lain": 2023, "berkas_lain": "RKT_Sekretariat.xlsx"}),
    "profil-isian-berbeda": ("peringatan", "{judul} di sheet Profil berbeda antar berkas: '{value}' di '{file}', '{nilai_lain}' di '{berkas_lain}'. Yang dipakai '{nilai_lain}'; samakan isinya.",
                             {"judul": "Nama Kepala OPD", "nilai_lain": "ADRIAN WAHYUDI, SH, MH", "berkas_lain": "RKT_Sekretariat.xlsx"}),
    "sasaran-berbeda": ("galat", "Sheet Sasaran di '{file}' ({jumlah} indikator) berbeda dengan di '{berkas_lain}' ({jumlah_lain} indikator), mulai kode '{value}'. Isi sheet Sasaran yang sama di semua berkas, atau kosongkan di semua berkas kecuali satu.",
                        {"berkas_lain": "RKT_Sekretariat.xlsx", "jumlah": 6, "jumlah_lain": 5}),
    "tanpa-sub-kegiatan": ("galat", "Tidak ada sub kegiatan di berkas mana pun, jadi tidak ada yang dapat dikonsolidasi. Isi sheet bidang (mulai baris 4) lalu ulangi.", {}),
    "berkas-hasil-konsolidasi": ("peringatan", "'{file}' adalah hasil konsolidasi (ada sheet RKT) dan dilewati, bukan dibaca sebagai masukan.", {}),
    # <<< consolidation findings
}

# --- the Validasi sheet and the validation report on screen ---
VALIDASI_TEXT: dict[str, str] = {
    "judul": "HASIL VALIDASI RKT",
    "ringkasan": "{galat} galat (harus diperbaiki sebelum konsolidasi), {peringatan} peringatan, {berkas} berkas tidak terbaca.",
    "bersih": "Tidak ada temuan: semua isian lolos pemeriksaan.",
    "no": "No", "tingkat": "Tingkat", "kode": "Kode temuan", "berkas": "Berkas", "sheet": "Sheet",
    "sel": "Sel", "nilai": "Nilai", "pesan": "Pesan dan cara memperbaiki",
    "galat": "galat", "peringatan": "peringatan", "tidak-terbaca": "tidak terbaca",
    "layar-berkas": "Berkas: {path}",
    "layar-ringkasan": "Ringkasan: {galat} galat, {peringatan} peringatan, {berkas} berkas tidak terbaca.",
    "layar-lolos": "Lolos: tidak ada galat{catatan}.",
    "layar-lainnya": "... dan {jumlah} temuan lain tidak ditampilkan",
    "layar-lainnya-semua": " (semua ada dengan --semua, --json atau --laporan).",
    "layar-lainnya-sheet": " (semuanya ada di sheet Validasi buku kerja hasil).",
    "layar-catatan-peringatan": " ({peringatan} peringatan perlu dicek)",
    "layar-gagal": "Ada galat: perbaiki sel yang disebut lalu jalankan validasi lagi.",
    "laporan-disimpan": "Laporan validasi disimpan: {path}",
    "tanpa-sheet": "(berkas)",
}

# --- the buttons inside Excel (rkt_xl.excel) ---
EXCEL_TEXT: dict[str, str] = {
    "judul": "rkt_xl",
    "status-baca": "rkt_xl: membaca sheet {sheet}...",
    "status-periksa": "rkt_xl: memeriksa isian...",
    "status-tulis": "rkt_xl: menulis sheet {sheet}...",
    "status-tandai": "rkt_xl: menandai {jumlah} sel bermasalah...",
    "validasi-lolos": "Validasi selesai: tidak ada galat.{catatan}\n\nRincian ada di sheet Validasi.",
    "validasi-catatan": " Ada {peringatan} peringatan; sel yang perlu dicek diberi warna dan catatan.",
    "validasi-gagal": "Validasi selesai: {galat} galat dan {peringatan} peringatan.\n\nSel bermasalah diberi warna merah/kuning dan catatan; daftar lengkap (dengan tautan ke sel) ada di sheet Validasi. Perbaiki galat sebelum konsolidasi.",
    "konsolidasi-selesai": "Konsolidasi selesai: sheet RKT berisi {jumlah} sub kegiatan, JUMLAH Rp {total}.{catatan}",
    "konsolidasi-catatan": "\n\nAda {peringatan} peringatan di sheet Validasi.",
    "konsolidasi-kolom-pagu": "Konsolidasi dibatalkan: kolom Pagu (Rp) tidak berada di kolom G seperti di templat, jadi rumus RKT tidak dapat menunjuk selnya. Kembalikan urutan kolom seperti templat, lalu klik Konsolidasi lagi.",
    "konsolidasi-galat": "Konsolidasi dibatalkan: ada {galat} galat. Perbaiki sel yang ditandai (lihat sheet Validasi), lalu klik Konsolidasi lagi.",
    "galat-umum": "rkt_xl tidak dapat menyelesaikan perintah: {detail}\n\nCoba lagi; bila tetap gagal, kirim pesan ini ke pengelola rkt_xl.",
    "catatan-sel": "rkt_xl ({severity}): {message}",
}

# --- consolidation (issue 4): the RKT and Ringkasan sheets, progress and results ---
KONSOLIDASI_TEXT: dict[str, str] = {
    # title block and header of the RKT sheet
    "judul": "RENCANA KERJA TAHUNAN (RKT)",
    "tahun": "TAHUN {tahun}",
    "kol-tujuan": "TUJUAN", "kol-sasaran": "SASARAN", "kol-indikator": "INDIKATOR", "kol-target": "TARGET",
    "kol-no": "NO", "kol-kode": "KODE", "kol-uraian": "PROGRAM, KEGIATAN DAN SUB KEGIATAN",
    "kol-indikator-sub": "INDIKATOR SUB KEGIATAN",
    "kol-jenis": "INDIKATOR", "kol-tolok_ukur": "TOLOK UKUR", "kol-satuan": "SATUAN", "kol-nilai": "TARGET",
    # rows of the RKT sheet
    "program": "Program", "kegiatan": "Kegiatan", "tanpa-nama": "(nama belum diisi)",
    "masukan": "Masukan", "keluaran": "Keluaran", "hasil": "Hasil", "dana": "Dana {sumber}", "rp": "Rp",
    "jumlah": "JUMLAH",
    "sasaran-tidak-ada": "Kode sasaran '{kode}' tidak ada di sheet Sasaran",
    "tanpa-sasaran": "Sub kegiatan tanpa kode sasaran",
    "kaki": "&LRencana Kerja Tahunan (RKT)&RHalaman &P dari &N",
    "ttd-tempat": "{tempat}, {tanggal}",
    "ttd-jabatan": "KEPALA {opd}",
    "ttd-nip": "NIP. {nip}",
    # the Ringkasan sheet
    "ringkasan-judul": "RINGKASAN PAGU RKT {tahun}",
    "ringkasan-catatan": "Semua angka berupa rumus dari sheet bidang dan sheet RKT; ubah pagu di sheet bidang, total ikut berubah.",
    "ringkasan-bidang": "PAGU PER BIDANG",
    "ringkasan-program": "PAGU PER PROGRAM",
    "kol-r-no": "No", "kol-r-bidang": "Bidang", "kol-r-sheet": "Sheet", "kol-r-kode": "Kode",
    "kol-r-program": "Program", "kol-r-jumlah": "Sub Kegiatan", "kol-r-pagu": "Pagu (Rp)", "kol-r-persen": "Persen",
    "grafik-bidang": "Pagu per bidang (juta Rupiah)",
    "grafik-program": "Pagu per program (juta Rupiah)",
    # progress and results (shown by the CLI and the Excel button)
    "progres-baca": "Membaca {path} ({nomor}/{jumlah})",
    "progres-rkt": "Menyusun sheet RKT ({jumlah} sub kegiatan)",
    "progres-simpan": "Menyimpan {path}",
    "selesai": "Konsolidasi disimpan: {path} ({bidang} bidang, {jumlah} sub kegiatan, JUMLAH Rp {total})",
    "hasil-program": "  {kode} {nama}: Rp {total}",
    "berhenti": "Konsolidasi dihentikan: {galat} galat, {berkas} berkas tidak terbaca; tidak ada berkas yang ditulis. Perbaiki sel yang disebut lalu ulangi, atau jalankan dengan --paksa untuk tetap menyusun RKT.",
    "dipaksa": "Dengan --paksa: {galat} galat diabaikan dan dicatat di sheet Validasi.",
}
