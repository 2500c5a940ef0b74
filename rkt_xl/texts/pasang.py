"""Texts of installing and releasing (issue 14) and of output names (issue 10)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # output names (checked for every output in rkt_xl.save)
    "keluaran.akhiran-salah": "Nama berkas hasil '{path}' harus berakhiran {akhiran}, karena isinya buku kerja/dokumen {akhiran}; dengan akhiran lain Excel/Word menolak membukanya. Pakai mis. '{saran}'.",
    # rkt --versi
    "pasang.versi": "rkt_xl {versi} (commit {commit})",
    "pasang.versi-tanpa-commit": "tidak diketahui",
    # rkt pasang
    "pasang.folder-gagal": "Folder kerja '{path}' tidak dapat dibuat: {detail}. Pilih folder lain dengan --folder.",
    "pasang.judul": "rkt pasang: menyiapkan folder kerja RKT",
    "pasang.berkas-xlsm": "Buku kerja bertombol (Python: {interpreter}): {path}",
    "pasang.berkas-templat": "Templat kosong tanpa tombol: {path}",
    "pasang.berkas-contoh": "Contoh RKT 2023 BKPSDM: {path}",
    "pasang.selesai": "Selesai. Folder kerja: {folder}",
    "pasang.langkah-judul": "Langkah berikutnya:",
    "pasang.langkah-1": "1. Di Excel: File > Options > Trust Center > Trust Center Settings > Trusted Locations > Add new location, pilih folder {folder}, centang 'Subfolders of this location are also trusted', OK.",
    "pasang.langkah-2": "2. Buka {xlsm}, isi sheet Profil, Sasaran dan sheet bidang, lalu klik tombol Validasi.",
    "pasang.langkah-3": "3. Simpan salinan untuk tiap tahun/bidang dengan nama lain di folder ini (Save As, tetap .xlsm); tombolnya ikut.",
    "pasang.langkah-bukan-windows": "Catatan: PC ini bukan Windows; tombol Excel hanya berjalan di Excel untuk Windows. Di sini pakai baris perintah: rkt validasi, rkt konsolidasi.",
    # help texts of the commands
    "pasang.help": "Siapkan folder kerja RKT di PC ini (bawaan: Documents\\RKT): buku kerja bertombol yang menunjuk Python lingkungan ini, templat kosong dan contoh 2023. Aman dijalankan ulang: berkas yang berbeda disimpan dulu di arsip/.",
    "pasang.help-folder": "Folder kerja (bawaan: folder RKT di dalam Documents pengguna).",
    "pasang.help-interpreter": "Program Python yang dijalankan tombol (ditulis ke sheet xlwings.conf sebagai INTERPRETER_WIN). Bawaan: %LOCALAPPDATA%\\rkt_xl\\venv\\Scripts\\pythonw.exe, tempat INSTAL.bat memasang rkt_xl; 'pythonw' berarti Python yang ada di PATH.",
}
