"""One test per rule: the exact finding (code, sheet, cell, message) on a minimal workbook."""

import pytest

from rkt_xl.validation.judge import validate_grids, validate_workbook
from rkt_xl.workbook import layout as C
from tests.grids_factory import (
    BIDANG,
    SASARAN_ROW,
    profil_grid,
    sub,
    table,
    valid_grids,
    write_file,
)

KEYS = ["code", "severity", "sheet", "cell", "message"]


def findings(grids):
    return validate_grids(grids)[1].flatten(KEYS)


def test_minimal_workbook_is_clean():
    assert findings(valid_grids()) == []


def test_required_values_and_indicators():
    row = sub(sumber_dana=None, pagu=None)
    for k in ("keluaran.tolok_ukur", "keluaran.satuan", "keluaran.target"):
        row[k] = None
    row["hasil.target"] = None
    assert findings(valid_grids([row])) == [
        ["nilai-wajib-kosong", "galat", BIDANG, "F4", "Sumber Dana belum diisi (sel F4) untuk sub kegiatan 5.03.02.2.02.0001. Isi kolom ini."],
        ["nilai-wajib-kosong", "galat", BIDANG, "G4", "Pagu (Rp) belum diisi (sel G4) untuk sub kegiatan 5.03.02.2.02.0001. Isi kolom ini."],
        ["keluaran-kosong", "galat", BIDANG, "H4", "Sub kegiatan 5.03.02.2.02.0001 belum punya indikator Keluaran (sel H4). Isi tolok ukur, satuan dan target keluaran."],
        ["nilai-wajib-kosong", "galat", BIDANG, "M4", "Target Hasil belum diisi (sel M4) untuk sub kegiatan 5.03.02.2.02.0001. Isi kolom ini."],
    ]


def test_kode_format_with_suggestion_and_unknown_code():
    rows = [sub(kode="5.03.02.2.02.01"), sub(kode="5.03.02.2.09.0001", nama="Pengelolaan Promosi ASN")]
    assert findings(valid_grids(rows)) == [
        ["kode-format-salah", "galat", BIDANG, "A4", "Kode '5.03.02.2.02.01' di A4 tidak sesuai format U.BB.PP.2.KK.SSSS (mis. 5.03.02.2.02.0001). Maksud Anda 5.03.02.2.02.0001 'Pengelolaan Mutasi ASN'?"],
        ["kode-tidak-dikenal", "galat", BIDANG, "A5", "Kode 5.03.02.2.09.0001 di A5 tidak ada dalam nomenklatur Kepmendagri 050-5889 Tahun 2021 (TA 2022-2023). Pilih kode dari daftar di sheet Referensi; nama sub kegiatan ini memakai kode 5.03.02.2.02.0003."],
    ]


def test_official_names_and_parent_consistent_with_code():
    rows = [sub(nama="Pengelolaan Mutasi PNS", kegiatan="Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN",
                program="Program Kepegawaian")]
    assert findings(valid_grids(rows)) == [
        ["nama-tidak-resmi", "peringatan", BIDANG, "B4", "Nama program 'Program Kepegawaian' di B4 berbeda dari nama resmi untuk kode 5.03.02: 'Program Kepegawaian Daerah'. Gunakan nama resmi."],
        ["induk-tidak-sesuai-kode", "galat", BIDANG, "C4", "Kegiatan 'Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN' di C4 adalah kegiatan 5.03.02.2.01, padahal kode 5.03.02.2.02.0001 termasuk kegiatan 5.03.02.2.02 'Mutasi dan Promosi ASN'. Periksa kode atau kegiatan-nya."],
        ["nama-tidak-resmi", "peringatan", BIDANG, "D4", "Nama sub kegiatan 'Pengelolaan Mutasi PNS' di D4 berbeda dari nama resmi untuk kode 5.03.02.2.02.0001: 'Pengelolaan Mutasi ASN'. Gunakan nama resmi."],
    ]


@pytest.mark.parametrize("pagu, expected", [
    ("1.699.983.250", ["rupiah-teks", "peringatan", "Pagu (Rp) di G4 diketik sebagai teks '1.699.983.250' dan dibaca Rp 1.699.983.250. Ubah sel menjadi angka: ketik 1699983250 tanpa titik."]),
    (1500.5, ["rupiah-pecahan", "galat", "Pagu (Rp) di G4 bernilai pecahan (1.500,5); harus bilangan bulat Rupiah. Bulatkan sesuai DPA."]),
    ("1.500,50", ["rupiah-pecahan", "galat", "Pagu (Rp) di G4 bernilai pecahan (1.500,5); harus bilangan bulat Rupiah. Bulatkan sesuai DPA."]),
    (-100, ["rupiah-negatif", "galat", "Pagu (Rp) di G4 negatif (-100). Isi 0 atau lebih."]),
    ("seratus juta", ["rupiah-bukan-angka", "galat", "Pagu (Rp) di G4 berisi 'seratus juta', bukan angka Rupiah. Ketik angka bulat, mis. 171368000."]),
    ("6.5", ["rupiah-bukan-angka", "galat", "Pagu (Rp) di G4 berisi '6.5', bukan angka Rupiah. Ketik angka bulat, mis. 171368000."]),
])
def test_pagu(pagu, expected):
    assert [[f[0], f[1], f[4]] for f in findings(valid_grids([sub(pagu=pagu)]))] == [expected]


def test_pagu_text_is_read_by_the_explicit_rule():
    rkt, _ = validate_grids(valid_grids([sub(pagu="1.699.983.250")]))
    assert rkt.bidang[0].sub_kegiatan[0].pagu == 1_699_983_250


def test_targets_and_units():
    rows = [sub(keluaran__target="6 dan 140.000", keluaran__satuan="jenis dan lembar",
                keluaran__tolok_ukur="Jumlah paket barang cetak"),
            sub(kode="5.03.02.2.02.0003", nama="Pengelolaan Promosi ASN", keluaran__target="6.5",
                keluaran__tolok_ukur="Jumlah ASN yang dipromosikan", keluaran__satuan="dokumen"),
            sub(kode="5.03.02.2.02.0002", nama="Pengelolaan Kenaikan Pangkat ASN", keluaran__target="Baik",
                keluaran__satuan="persen", keluaran__tolok_ukur="Persentase kenaikan pangkat tepat waktu",
                hasil__tolok_ukur="Tingkat akurasi data", hasil__satuan="dokumen")]
    assert findings(valid_grids(rows)) == [
        ["satuan-gabungan", "peringatan", BIDANG, "I4", "Satuan 'jenis dan lembar' di I4 menggabungkan beberapa satuan. Pisahkan indikatornya, satu satuan per baris."],
        ["target-gabungan", "peringatan", BIDANG, "J4", "Target '6 dan 140.000' di J4 menggabungkan 2 nilai. Pisahkan menjadi satu indikator per baris, masing-masing satu nilai dan satu satuan."],
        ["satuan-tidak-cocok", "peringatan", BIDANG, "I5", "Satuan 'dokumen' di I5 tidak cocok dengan indikator 'Jumlah ASN yang dipromosikan': yang dihitung adalah ASN, bukan dokumen. Gunakan satuan 'orang'."],
        ["target-tidak-terbaca", "peringatan", BIDANG, "J5", "Target '6.5' di J5 tidak terbaca sebagai angka, persen, rentang atau kata. Titik untuk ribuan (6.500), koma untuk desimal (95,5)."],
        ["target-kualitatif", "peringatan", BIDANG, "J6", "Target 'Baik' di J6 berupa kata, padahal satuan 'persen' mengharapkan angka. Gunakan target angka, atau satuan predikat/kategori."],
        ["satuan-tidak-cocok", "peringatan", BIDANG, "L6", "Satuan 'dokumen' di L6 tidak cocok dengan indikator 'Tingkat akurasi data': indikator ini mengukur tingkat, bukan banyaknya dokumen. Gunakan satuan 'persen'."],
    ]


def test_sasaran_links_orphans_and_weaker_hasil():
    sas = [dict(SASARAN_ROW, target="70 dan Baik"), dict(SASARAN_ROW, kode="S1.2", indikator="Indeks Kepuasan Masyarakat", target="80")]
    rows = [sub(hasil__target="68 dan Kurang"), sub(kode="5.03.02.2.02.0003", nama="Pengelolaan Promosi ASN", sasaran="S9.9")]
    got = findings(valid_grids(rows, sas))
    assert [f for f in got if f[0] not in ("target-gabungan",)] == [
        ["sasaran-tanpa-sub-kegiatan", "peringatan", "Sasaran", "A5", "Indikator sasaran S1.2 'Indeks Kepuasan Masyarakat' (sel A5) tidak didukung satu pun sub kegiatan. Kaitkan sub kegiatan ke indikator ini atau hapus indikatornya."],
        ["target-hasil-di-bawah-sasaran", "peringatan", BIDANG, "M4", "Target hasil '68 dan Kurang' di M4 lebih rendah dari target indikator sasaran S1.1 '70 dan Baik'. Selaraskan target hasil dengan target sasaran."],
        ["sasaran-tidak-ada", "galat", BIDANG, "E5", "Kode sasaran 'S9.9' di E5 tidak ada di sheet Sasaran. Pilih kode dari daftar."],
    ]


def test_negative_polarity_compares_the_other_way():
    sas = [dict(SASARAN_ROW, polaritas="negatif", target="10")]
    assert findings(valid_grids([sub(hasil__target="8")], sas)) == []
    assert [f[0] for f in findings(valid_grids([sub(hasil__target="12")], sas))] == ["target-hasil-di-bawah-sasaran"]


def test_duplicate_codes_name_both_cells():
    grids = valid_grids([sub(), sub()])
    grids["Bid Lain"] = table("Bidang Lain", C.BIDANG_COLUMNS, [sub()])
    assert findings(grids) == [
        ["kode-ganda", "galat", BIDANG, "A5", "Kode 5.03.02.2.02.0001 dipakai dua kali: A5 dan 'Bid Mutasi'!A4. Satu sub kegiatan cukup satu baris; hapus salah satu atau perbaiki kodenya."],
        ["kode-ganda", "galat", "Bid Lain", "A4", "Kode 5.03.02.2.02.0001 dipakai dua kali: A4 dan 'Bid Mutasi'!A4. Satu sub kegiatan cukup satu baris; hapus salah satu atau perbaiki kodenya."],
    ]


def test_text_hazards():
    rows = [sub(nama="=HYPERLINK(\"http://x\")", keterangan="@catatan", keluaran__tolok_ukur="Jumlah\x07 ASN", program="x" * 32_768)]
    got = [f[:4] for f in findings(valid_grids(rows))]
    assert ["teks-terlalu-panjang", "galat", BIDANG, "B4"] in got
    assert ["teks-awalan-rumus", "peringatan", BIDANG, "D4"] in got
    assert ["teks-awalan-rumus", "peringatan", BIDANG, "Q4"] in got
    assert ["teks-karakter-kontrol", "peringatan", BIDANG, "H4"] in got
    msg = next(f[4] for f in findings(valid_grids(rows)) if f[3] == "Q4")
    assert msg == "Teks di Q4 diawali '@', yang bisa dianggap rumus oleh Excel. Teks tetap disimpan sebagai teks; hapus tanda itu bila tidak perlu."


def test_negative_number_target_is_not_a_formula_hazard():
    assert findings(valid_grids([sub(keluaran__target="-5")])) == []


def test_profil_nip_year_and_edition():
    grids = valid_grids()
    grids[C.SHEET_PROFIL] = profil_grid({"nip": 196610201995031001, "tahun": "23", "versi_nomenklatur": "2019", "opd": None})
    assert findings(grids) == [
        ["profil-kosong", "galat", "Profil", "B4", "Nama Perangkat Daerah (OPD) di sheet Profil belum diisi (sel B4). Isi agar judul RKT lengkap."],
        ["tahun-tidak-sah", "galat", "Profil", "B5", "Tahun '23' di B5 tidak sah. Isi tahun anggaran empat angka, mis. 2025."],
        ["nip-bukan-teks", "galat", "Profil", "B7", "NIP di B7 tersimpan sebagai angka (196610201995031001); Excel hanya menyimpan 15 digit, jadi NIP rusak. Format sel sebagai Teks lalu ketik ulang NIP."],
        ["versi-tidak-dikenal", "galat", "Profil", "B10", "Versi nomenklatur '2019' di B10 tidak dikenal. Pilih 2021 atau 2023."],
    ]


def test_sheets_missing_renamed_and_unknown():
    grids = valid_grids()
    grids["sasaran "] = grids.pop(C.SHEET_SASARAN)
    grids["Catatan"] = [["bebas"]]
    got = findings(grids)
    assert got[0] == ["sheet-wajib-tidak-ada", "galat", "", "", "Sheet 'Sasaran' tidak ditemukan (mungkin 'sasaran ' yang dimaksud). Sheet yang ada: Profil, Bid Mutasi, sasaran , Catatan. Kembalikan nama sheet seperti di templat."]
    assert ["sheet-tidak-dikenal", "peringatan", "Catatan", "", "Sheet 'Catatan' bukan bagian templat dan tidak dibaca. Bila ini sheet bidang, salin baris judul kolom dari templat."] in got
    assert not any(f[0] == "sheet-tidak-dikenal" and f[2] == "sasaran " for f in got)


def test_no_bidang_sheet():
    grids = valid_grids()
    del grids[BIDANG]
    assert [f[0] for f in findings(grids)] == ["sheet-bidang-tidak-ada", "sasaran-tanpa-sub-kegiatan"]
    assert findings(grids)[0] == ["sheet-bidang-tidak-ada", "galat", "", "", "Tidak ada sheet bidang yang terbaca. Isi sub kegiatan di sheet bidang dari templat RKT (judul kolom di baris 3)."]


def test_headers_changed_moved_missing():
    grids = valid_grids()
    g = grids[BIDANG]
    g[2][6] = "Anggaran"                              # renamed Pagu
    g[2][13], g[2][14] = g[2][14], g[2][13]           # swapped two realisasi headers
    g[2][16] = None                                   # Keterangan removed (later columns stay put)
    got = findings(grids)
    assert got == [
        ["judul-kolom-berubah", "galat", BIDANG, "G3", "Judul kolom G3 berisi 'Anggaran', seharusnya 'Pagu (Rp)'. Kembalikan judulnya; kolom ini tidak terbaca."],
        ["kolom-pindah", "peringatan", BIDANG, "N3", "Kolom 'Realisasi Keluaran' ada di N3, seharusnya di kolom O. Data tetap dibaca menurut judulnya; kembalikan urutan kolom seperti templat."],
        ["kolom-pindah", "peringatan", BIDANG, "O3", "Kolom 'Realisasi Anggaran (Rp)' ada di O3, seharusnya di kolom N. Data tetap dibaca menurut judulnya; kembalikan urutan kolom seperti templat."],
        ["kolom-hilang", "galat", BIDANG, "Q3", "Kolom 'Keterangan' tidak ada di baris judul sheet 'Bid Mutasi'. Kembalikan kolom itu seperti di templat; isinya tidak terbaca."],
    ]


def test_header_row_moved_is_still_read():
    grids = valid_grids()
    grids[BIDANG].insert(0, ["baris sisipan"])
    rkt, report = validate_grids(grids)
    assert report.flatten(["code", "cell"]) == [["baris-judul-pindah", "A4"]]
    assert rkt.bidang[0].sub_kegiatan[0].pagu == 74685500


def test_structure_from_a_real_file(tmp_path):
    grids = valid_grids([sub(), sub(kode="5.03.02.2.02.0003", nama="Pengelolaan Promosi ASN", pagu="=G4*2"),
                         sub(kode="5.03.02.2.02.0002", nama="Pengelolaan Kenaikan Pangkat ASN", pagu="#REF!")])
    path = write_file(tmp_path / "s.xlsx", grids, merges={BIDANG: ["B4:B5", "A1:D1"]},
                      hidden_rows={BIDANG: [6, 40]}, hidden_sheets=(BIDANG,))
    _, report = validate_workbook(path)
    assert report.flatten(["code", "sheet", "cell", "message"]) == [
        ["sheet-tersembunyi", BIDANG, "", "Sheet 'Bid Mutasi' disembunyikan (hidden); isinya tetap dibaca. Tampilkan sheet itu (klik kanan tab > Unhide) agar pemeriksa melihat datanya."],
        ["sel-gabung", BIDANG, "B4", "Sel B4:B5 digabung (merge) di area data; hanya nilai sel kiri-atas B4 yang dibaca. Pisahkan gabungan (Unmerge) dan isi setiap sel."],
        ["rumus-tanpa-nilai", BIDANG, "G5", "Sel G5 berisi rumus tanpa nilai tersimpan, jadi nilainya tidak diketahui. Buka berkas di Excel, simpan ulang (Ctrl+S), atau ketik nilainya."],
        ["baris-tersembunyi", BIDANG, "A6", "Baris 6 di sheet 'Bid Mutasi' disembunyikan tetapi berisi data; data tetap dibaca. Tampilkan baris itu (Unhide) agar isinya terlihat."],
        ["nilai-galat-excel", BIDANG, "G6", "Sel G6 berisi galat Excel #REF!; nilainya tidak dihitung (bukan 0). Perbaiki rumusnya atau ketik nilainya."],
    ]
    assert report.counts == {"galat": 2, "peringatan": 3, "berkas": 0}


def test_nan_and_infinity_in_a_live_workbook_are_not_money():
    for raw in (float("nan"), float("inf")):
        assert [f[0] for f in findings(valid_grids([sub(pagu=raw)]))] == ["rupiah-bukan-angka"]


def test_an_empty_folder_is_reported_not_passed(tmp_path, capsys):
    from rkt_xl.cli import main

    assert main(["validasi", str(tmp_path)]) == 3
    assert f"Folder '{tmp_path}' tidak berisi berkas .xlsx atau .xlsm, jadi tidak ada yang diperiksa." in capsys.readouterr().err


def test_a_bidang_copy_may_leave_profil_and_sasaran_to_another_copy():
    grids = valid_grids()
    grids[C.SHEET_PROFIL] = profil_grid({k: None for k in ("pemda", "opd", "tahun", "kepala", "nip", "tempat", "tanggal")})
    grids[C.SHEET_SASARAN] = table("SASARAN", C.SASARAN_COLUMNS, [])
    assert validate_grids(grids, partial=True)[1].flatten(["code"]) == []
    alone = [f[0] for f in validate_grids(grids)[1].flatten(["code"])]
    assert alone == ["profil-kosong"] * 3 + ["profil-belum-lengkap"] * 4 + ["sasaran-tidak-ada"]


def test_validasi_sheet_stops_linking_at_excels_limit(tmp_path, monkeypatch):
    import openpyxl
    import xlsxwriter

    from rkt_xl.validation.findings import Finding, Report
    from rkt_xl.xlsx import validasi_sheet as report_sheet

    monkeypatch.setattr(report_sheet, "LINKS_MAX", 2)
    report = Report(findings=[Finding("kode-ganda", "galat", "", "S", f"A{i}", "x", "pesan") for i in range(1, 5)])
    wb = xlsxwriter.Workbook(tmp_path / "v.xlsx")
    report_sheet.write_validasi_sheet(wb, report, internal_sheets={"S"})
    wb.close()
    ws = openpyxl.load_workbook(tmp_path / "v.xlsx")["Validasi"]
    assert [ws.cell(r, 6).value for r in range(5, 9)] == ["A1", "A2", "A3", "A4"]
    assert [ws.cell(r, 6).hyperlink is not None for r in range(5, 9)] == [True, True, False, False]


def test_an_office_adds_codes_of_its_urusan_through_rkt_nomenklatur(tmp_path, monkeypatch):
    from rkt_xl.model import nomenclature

    row = sub(kode="2.17.05.2.08.0013", program="Program X", kegiatan="Kegiatan Y", nama="Sub Z")
    codes = [f[0] for f in findings(valid_grids([row]))]
    assert codes == ["urusan-tidak-tercakup"]   # issue 10: one finding per file, format checks only
    extra = tmp_path / "urusan.csv"
    extra.write_text("versi,kode,tingkat,nama,status,catatan\n"
                     "2021,2.17.05,program,Program X,terverifikasi,\n"
                     "2021,2.17.05.2.08,kegiatan,Kegiatan Y,terverifikasi,\n"
                     "2021,2.17.05.2.08.0013,sub_kegiatan,Sub Z,terverifikasi,\n", encoding="utf-8")
    monkeypatch.setenv("RKT_NOMENKLATUR", str(extra))
    nomenclature.reload()
    try:
        assert findings(valid_grids([row])) == []
    finally:
        monkeypatch.delenv("RKT_NOMENKLATUR")
        nomenclature.reload()
