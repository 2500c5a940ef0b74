"""Texts of the read path's limits, the save path and the rules that keep "validasi passes"
meaning "konsolidasi writes" (issue 9)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- files that cannot be read (exit code 3) ---
    "andal.berkas-bukan-berkas-biasa": "'{path}' bukan berkas biasa (pipa/FIFO, perangkat atau soket) dan dilewati tanpa dibuka. Simpan buku kerjanya sebagai berkas .xlsx biasa.",
    "andal.berkas-tanpa-izin": "Berkas '{path}' tidak boleh dibaca oleh pengguna ini (izin berkas). Minta pemilik berkas atau admin memberi izin baca, atau salin berkasnya ke folder Anda.",
    "andal.folder-tanpa-izin": "Folder '{path}' tidak boleh dibaca oleh pengguna ini (izin folder), jadi isinya tidak diperiksa. Minta admin memberi izin baca atau salin berkasnya ke folder Anda.",
    "andal.berkas-sel-terlalu-banyak": "Berkas '{path}' ditolak: semua sheetnya bersama berisi area {cells} sel (batas {limit} per buku kerja). Hapus isi sel di luar tabel (Ctrl+End menunjukkan sel terakhir) di setiap sheet, simpan lalu kirim lagi.",
    "andal.berkas-teks-terlalu-banyak": "Berkas '{path}' ditolak: daftar teksnya (sharedStrings.xml) menyebut {count} teks (batas {limit}), ciri berkas rusak atau buatan. Buka dan simpan ulang dari Excel lalu kirim lagi.",
    "andal.batas-proses-byte": "Berkas '{path}' tidak dibaca: proses ini sudah membuka {limit} MB isi XML dari semua berkas bersama (batas per proses). Periksa folder dalam beberapa bagian yang lebih kecil.",
    "andal.batas-proses-sel": "Berkas '{path}' tidak dibaca: proses ini sudah membaca area {limit} sel dari semua berkas bersama (batas per proses). Periksa folder dalam beberapa bagian yang lebih kecil.",
    "andal.batas-proses-teks": "Berkas '{path}' tidak dibaca: proses ini sudah membaca {limit} teks dari semua berkas bersama (batas per proses). Periksa folder dalam beberapa bagian yang lebih kecil.",
    # --- saving (exit code 3); {folder} is where the output was to go ---
    "andal.simpan-hanya-baca": "Gagal menyimpan '{path}': folder '{folder}' hanya-baca (tidak boleh ditulisi). Pilih folder lain dengan -o; hasil sebelumnya tidak berubah.",
    "andal.simpan-penuh": "Gagal menyimpan '{path}': disk folder '{folder}' penuh. Kosongkan ruang atau pilih folder lain dengan -o; hasil sebelumnya tidak berubah.",
    "andal.simpan-tanpa-izin": "Gagal menyimpan '{path}': pengguna ini tidak boleh menulis di folder '{folder}'. Minta izin tulis atau pilih folder lain dengan -o; hasil sebelumnya tidak berubah.",
    "andal.simpan-terkunci": "Gagal menyimpan '{path}': berkas itu atau folder '{folder}' sedang dikunci program lain (Excel?). Tutup dulu lalu ulangi; hasil sebelumnya tidak berubah.",
    "andal.simpan-folder-hilang": "Gagal menyimpan '{path}': folder '{folder}' tidak ada (lagi). Buat foldernya atau pilih lokasi lain dengan -o.",
    "andal.simpan-tidak-utuh": "Gagal menyimpan '{path}' di folder '{folder}': berkas yang baru ditulis tidak utuh ({detail}). Periksa ruang disk lalu ulangi; hasil sebelumnya tidak berubah.",
    "andal.arsip-berbeda": "salinan di arsip tidak sama dengan hasil sebelumnya",
    "andal.keluaran-sama-dengan-masukan": "Berkas hasil '{path}' adalah juga salah satu berkas masukan. Masukan tidak pernah ditimpa: pilih nama lain dengan -o.",
}

FINDINGS: dict[str, tuple[str, str, dict[str, object]]] = {
    # --- our own outputs inside an input folder ---
    "berkas-hasil-rkt-xl": ("peringatan", "'{file}' adalah hasil rkt_xl ({jenis}), dilewati, bukan dibaca sebagai masukan.",
                            {"file": "RKT_konsolidasi_2023.xlsx", "jenis": "konsolidasi"}),
    # --- sheet names the output workbook could not carry ---
    "sheet-nama-terlalu-panjang": ("galat", "Nama sheet '{sheet}' panjangnya {panjang} karakter; Excel membatasi 31. Pendekkan nama sheet (nama lengkap bidang tetap di judul A1).",
                                   {"sheet": "Bidang Pengadaan, Pemberhentian dan Informasi", "panjang": 46}),
    "sheet-nama-karakter-terlarang": ("galat", "Nama sheet '{sheet}' memuat karakter {karakter} yang tidak boleh ada di nama sheet Excel ([ ] : * ? / \\). Ganti karakternya.",
                                      {"sheet": "Mutasi/Promosi", "karakter": "'/'"}),
    "sheet-nama-kutip": ("galat", "Nama sheet '{sheet}' diawali atau diakhiri tanda kutip (') yang tidak boleh di Excel. Hapus tanda kutipnya.",
                         {"sheet": "'Sekretariat"}),
    "sheet-nama-keluaran": ("galat", "Sheet bidang '{sheet}' bernama seperti sheet hasil '{keluaran}' (huruf besar/kecil tidak dibedakan Excel), sehingga tidak dapat ikut konsolidasi. Ganti nama sheet bidangnya.",
                            {"sheet": "ringkasan", "keluaran": "Ringkasan"}),
    "sheet-nama-ganda": ("galat", "Sheet '{sheet}' dan sheet '{lain}'{berkas} hanya berbeda pada huruf besar/kecil atau spasi di tepi, yang tidak dibedakan Excel; isinya akan tertukar atau hilang. Beri nama yang jelas berbeda atau gabungkan isinya.",
                         {"sheet": "Sekretariat", "lain": "SEKRETARIAT", "berkas": ""}),
    # --- the same sub kegiatan in two split copies ---
    "kode-ganda-berkas": ("galat", "Kode {value} ada di dua berkas: '{file}' sheet '{sheet}' sel {cell} dan '{berkas_lain}' sheet '{sheet_lain}' sel {sel_lain}. Satu sub kegiatan cukup satu baris di satu berkas; hapus salah satunya supaya pagunya tidak terhitung dua kali.",
                          {"value": "5.03.01.2.01.0001", "file": "b.xlsx", "sheet": "Mutasi", "cell": "A5",
                           "berkas_lain": "a.xlsx", "sheet_lain": "Sekretariat", "sel_lain": "A4"}),
    # --- values beyond what is exact or sane ---
    "pagu-terlalu-besar": ("galat", "Pagu di {cell} ({value}) melebihi batas wajar Rp {batas}; angka sebesar ini tidak lagi tepat di Excel. Periksa angkanya (mungkin salah ketik atau tertempel kode).",
                           {"cell": "G4", "value": "10000000000000001", "batas": "1.000.000.000.000.000"}),
    "rumus-tautan-luar": ("peringatan", "Sel {cell} berisi rumus yang mengambil nilai dari buku kerja lain; nilai tersimpannya bisa usang dan tidak ikut dikirim. Ganti dengan nilainya (Salin, lalu Tempel Khusus > Nilai).",
                          {"cell": "G4"}),
    "tautan-terlalu-banyak": ("peringatan", "Ada {jumlah} temuan; sheet Validasi hanya dapat memuat {batas} tautan ke sel (batas Excel). Temuan setelahnya ditulis tanpa tautan: perbaiki dulu yang pertama lalu validasi ulang.",
                              {"jumlah": "70.000", "batas": "65.530"}),
}
