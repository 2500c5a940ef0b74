"""The buttons inside Excel (rkt_xl.excel): status bar, message boxes, cell notes."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- status bar, message boxes, notes ---
    "excel.judul": "rkt_xl",
    "excel.status-baca": "rkt_xl: membaca sheet {sheet}...",
    "excel.status-periksa": "rkt_xl: memeriksa isian...",
    "excel.status-tulis": "rkt_xl: menulis sheet {sheet}...",
    "excel.status-tandai": "rkt_xl: menandai {jumlah} sel bermasalah...",
    "excel.validasi-lolos": "Validasi selesai: tidak ada galat.{catatan}\n\nRincian ada di sheet Validasi.",
    "excel.validasi-catatan": " Ada {peringatan} peringatan; sel yang perlu dicek diberi warna dan catatan.",
    "excel.validasi-gagal": "Validasi selesai: {galat} galat dan {peringatan} peringatan.\n\nSel bermasalah diberi warna merah/kuning dan catatan; daftar lengkap (dengan tautan ke sel) ada di sheet Validasi. Perbaiki galat sebelum konsolidasi.",
    "excel.konsolidasi-selesai": "Konsolidasi selesai: sheet RKT berisi {jumlah} sub kegiatan, JUMLAH Rp {total}.{catatan}",
    "excel.konsolidasi-catatan": "\n\nAda {peringatan} peringatan di sheet Validasi.",
    "excel.konsolidasi-kolom-realisasi": "\n\nSheet Pengukuran Kinerja dan Realisasi Anggaran tidak diperbarui: kolom realisasi anggaran (tahunan dan TW I–IV) tidak berada di tempatnya seperti di templat, jadi rumusnya tidak dapat menunjuk selnya. Kembalikan urutan kolom seperti templat, lalu klik Konsolidasi lagi.",
    "excel.konsolidasi-kolom-pagu": "Konsolidasi dibatalkan: kolom Pagu (Rp) tidak berada di kolom G seperti di templat, jadi rumus RKT tidak dapat menunjuk selnya. Kembalikan urutan kolom seperti templat, lalu klik Konsolidasi lagi.",
    "excel.konsolidasi-galat": "Konsolidasi dibatalkan: ada {galat} galat. Perbaiki sel yang ditandai (lihat sheet Validasi), lalu klik Konsolidasi lagi.",
    "excel.galat-umum": "rkt_xl tidak dapat menyelesaikan perintah: {detail}\n\nCoba lagi; bila tetap gagal, kirim pesan ini ke pengelola rkt_xl.",
    "excel.catatan-sel": "rkt_xl ({severity}): {message}",
}
