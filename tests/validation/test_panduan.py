"""Issue 10: guidance to the right code and target, exact messages on minimal workbooks."""

from __future__ import annotations

import pytest

from rkt_xl.validation.findings import one_line
from rkt_xl.validation.judge import validate_grids
from rkt_xl.workbook import layout as C
from tests.grids_factory import BIDANG, SASARAN_ROW, profil_grid, sub, table, valid_grids

KEYS = ["code", "severity", "sheet", "cell", "message"]
FORMAT = "tidak sesuai format U.BB.PP.2.KK.SSSS (mis. 5.03.02.2.02.0001)."
KEGIATAN_0101 = (
    "adalah kode kegiatan 5.03.01.2.01 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', "
    "bukan kode sub kegiatan. RKT disusun per sub kegiatan: isi satu baris untuk setiap sub kegiatan yang "
    "dilaksanakan, dengan kodenya sendiri. Sub kegiatan dari kegiatan ini: "
    "5.03.01.2.01.0001 'Penyusunan Dokumen Perencanaan Perangkat Daerah'; "
    "5.03.01.2.01.0002 'Koordinasi dan Penyusunan Dokumen RKA-SKPD'; "
    "5.03.01.2.01.0003 'Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD'; "
    "5.03.01.2.01.0004 'Koordinasi dan Penyusunan DPA-SKPD'; "
    "5.03.01.2.01.0005 'Koordinasi dan Penyusunan Perubahan DPA-SKPD'; "
    "5.03.01.2.01.0006 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD'; "
    "5.03.01.2.01.0007 'Evaluasi Kinerja Perangkat Daerah'.")
PENUNJANG = {"program": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
             "kegiatan": "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"}


def findings(*rows, sasaran=None):
    return validate_grids(valid_grids(list(rows), sasaran))[1].flatten(KEYS)


@pytest.mark.parametrize("typed", ["5.03.01.2.01", "5 03 01 2.01"])
def test_kegiatan_code_in_the_sub_kegiatan_column_lists_its_sub_kegiatan(typed):
    assert findings(sub(kode=typed, **PENUNJANG)) == [
        ["kode-kegiatan-bukan-sub", "galat", BIDANG, "A4", f"Kode '{typed}' di A4 {KEGIATAN_0101}"]]


@pytest.mark.parametrize("typed, nama, meant", [
    ("03.02.2.01.0001", "Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN",
     "5.03.02.2.01.0001 'Penyusunan Rencana Kebutuhan, Jenis dan Jumlah Jabatan untuk Pelaksanaan Pengadaan ASN'"),
    ("5.03.02.2.02.01", "Pengelolaan Mutasi ASN", "5.03.02.2.02.0001 'Pengelolaan Mutasi ASN'"),        # 2-digit sub
    ("5.03.02.2.02.00001", "Pengelolaan Mutasi ASN", "5.03.02.2.02.0001 'Pengelolaan Mutasi ASN'"),     # extra digit
    ("5.03.02.02.0001", "Pengelolaan Mutasi ASN", "5.03.02.2.02.0001 'Pengelolaan Mutasi ASN'"),        # missing digit
    ("503022020001", "Pengelolaan Mutasi ASN", "5.03.02.2.02.0001 'Pengelolaan Mutasi ASN'"),           # no dots
])
def test_mistyped_code_gets_maksud_anda(typed, nama, meant):
    row = sub(kode=typed, nama=nama)
    if typed.startswith("03"):
        row["kegiatan"] = "Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN"
    assert findings(row) == [
        ["kode-format-salah", "galat", BIDANG, "A4", f"Kode '{typed}' di A4 {FORMAT} Maksud Anda {meant}?"]]


def test_several_candidates_are_listed_when_the_name_does_not_decide():
    # one digit off from two known codes (.0002 and .0003); the typed name fits neither
    assert findings(sub(kode="5.03.02.2.02.00023", nama="Sesuatu")) == [
        ["kode-format-salah", "galat", BIDANG, "A4",
         f"Kode '5.03.02.2.02.00023' di A4 {FORMAT} Maksud Anda salah satu dari: "
         "5.03.02.2.02.0002 'Pengelolaan Kenaikan Pangkat ASN'; 5.03.02.2.02.0003 'Pengelolaan Promosi ASN'?"]]


def test_code_of_another_sub_kegiatan_is_a_galat():
    gaji = sub(kode="5.03.01.2.02.0001", nama="Koordinasi dan Kerjasama Pelaksanaan Diklat",
               program=PENUNJANG["program"], kegiatan="Administrasi Keuangan Perangkat Daerah")
    assert findings(gaji) == [["kode-milik-sub-kegiatan-lain", "galat", BIDANG, "A4",
        "Kode 5.03.01.2.02.0001 di A4: kode ini milik sub kegiatan lain: 'Penyediaan Gaji dan Tunjangan ASN', "
        "padahal nama yang diketik 'Koordinasi dan Kerjasama Pelaksanaan Diklat' (sel D4). Pagu baris ini akan "
        "tercatat di bawah sub kegiatan itu; perbaiki kodenya. Nama yang diketik cocok dengan 5.03.02.2.03.0002 "
        "'Koordinasi dan Kerjasama Pelaksanaan Diklat'."]]
    training = sub(kode="5.04.02.2.01.0003", nama="Penyediaan Gaji dan Tunjangan ASN",
                   program="Program Pengembangan Sumber Daya Manusia", kegiatan="Pengembangan Kompetensi Teknis")
    (code, severity, _, cell, message), = findings(training)
    assert (code, severity, cell) == ("kode-milik-sub-kegiatan-lain", "galat", "A4")
    assert message.startswith("Kode 5.04.02.2.01.0003 di A4: kode ini milik sub kegiatan lain: 'Penyelenggaraan "
                              "Pengembangan Kompetensi Teknis Umum, Inti dan Pilihan")
    assert message.endswith("Nama yang diketik cocok dengan 5.03.01.2.02.0001 'Penyediaan Gaji dan Tunjangan ASN'.")


def test_a_name_variant_stays_a_warning():
    assert findings(sub(kode="5.03.02.2.02.0002", nama="Penataan sistem administrasi kenaikan pangkat otomatis PNS")) == [
        ["nama-tidak-resmi", "peringatan", BIDANG, "D4",
         "Nama sub kegiatan 'Penataan sistem administrasi kenaikan pangkat otomatis PNS' di D4 berbeda dari nama "
         "resmi untuk kode 5.03.02.2.02.0002: 'Pengelolaan Kenaikan Pangkat ASN'. Gunakan nama resmi."]]


@pytest.mark.parametrize("target, satuan, cocok", [
    ("26 dokumen", "dokumen", " (sama dengan kolom Satuan)"),
    ("30\nDokumen", "laporan", " (kolom Satuan berisi 'laporan', tidak sama)"),
    ("50 Orang", "orang", " (sama dengan kolom Satuan)"),
    ("6 laporan", "Laporan", " (sama dengan kolom Satuan)"),
])
def test_target_with_its_unit_is_split_exactly(target, satuan, cocok):
    row = sub(**{"hasil.target": target, "hasil.satuan": satuan, "hasil.tolok_ukur": "Tersedianya layanan"})
    number, unit = target.split()
    assert findings(row) == [["target-dengan-satuan", "peringatan", BIDANG, "M4",
        f"Target '{target}' di M4 memuat angka dan satuan: target {number}, satuan '{unit.lower()}'{cocok}. "
        f"Tulis {number} saja di kolom target dan satuannya di kolom Satuan."]]


def test_several_number_unit_pairs_are_a_composite_target():
    assert findings(sub(**{"keluaran.target": "2900 orang 10 kali"})) == [
        ["target-gabungan", "peringatan", BIDANG, "J4",
         "Target '2900 orang 10 kali' di J4 menggabungkan 2 nilai. Pisahkan menjadi satu indikator per baris, "
         "masing-masing satu nilai dan satu satuan."]]


def test_satuan_typo_is_caught():
    assert findings(sub(**{"hasil.satuan": "Dukumen", "hasil.tolok_ukur": "Jumlah dokumen kepegawaian"})) == [
        ["satuan-salah-ketik", "peringatan", BIDANG, "L4",
         "Satuan 'Dukumen' di L4 tidak ada dalam daftar satuan. Maksud Anda 'dokumen'? Pilih satuan dari daftar "
         "(sheet Referensi)."]]


def test_newlines_are_shown_as_return_signs_on_screen():
    assert one_line("Target '30\nDokumen' di J4") == "Target '30⏎Dokumen' di J4"
    assert one_line("a\r\nb\rc") == "a⏎b⏎c"


def test_sasaran_rows_as_renstra_prints_them():
    second = dict(SASARAN_ROW, kode="S1.2", tujuan=None, sasaran=None, indikator="Indeks Sistem Merit")
    rows = [sub(), sub(kode="5.03.02.2.02.0002", nama="Pengelolaan Kenaikan Pangkat ASN", sasaran="S1.2")]
    assert findings(*rows, sasaran=[dict(SASARAN_ROW), second]) == []
    first_blank = dict(SASARAN_ROW, tujuan=None)
    assert findings(*rows, sasaran=[first_blank, second]) == [
        ["sasaran-baris-pertama-kosong", "galat", "Sasaran", "B4",
         "Tujuan di baris pertama sheet Sasaran (sel B4) belum diisi. Isi Tujuan di baris pertama; baris di "
         "bawahnya boleh dikosongkan dan ikut baris di atasnya, seperti tabel Renstra."]]
    new_tujuan = dict(second, tujuan="Tujuan lain")     # a new Tujuan needs its own Sasaran
    assert findings(*rows, sasaran=[dict(SASARAN_ROW), new_tujuan]) == [
        ["nilai-wajib-kosong", "galat", "Sasaran", "C5",
         "Sasaran di sheet Sasaran belum diisi (sel C5) untuk indikator sasaran S1.2. Isi kolom ini."]]


def test_sasaran_inherited_rows_group_in_the_rkt_plan():
    from rkt_xl.workbook.reader import read_grids

    second = dict(SASARAN_ROW, kode="S1.2", tujuan=None, sasaran=None, indikator="Indeks Sistem Merit")
    rkt = read_grids(valid_grids(None, [dict(SASARAN_ROW), second]))
    assert [(s.tujuan, s.sasaran) for s in rkt.sasaran] == [(SASARAN_ROW["tujuan"], SASARAN_ROW["sasaran"])] * 2
    assert rkt.sasaran[1].loc["tujuan"].raw is None      # the cell itself stays as typed (blank)


def test_empty_bidang_sheet_and_empty_template():
    grids = valid_grids()
    grids["Bid Kosong"] = table("Bidang Kosong", C.BIDANG_COLUMNS, [])
    assert validate_grids(grids)[1].flatten(KEYS)[-1:] == [
        ["sheet-bidang-kosong", "peringatan", "Bid Kosong", "",
         "Sheet 'Bid Kosong' belum berisi sub kegiatan. Isi mulai baris 4, atau abaikan bila bidang ini memang "
         "tidak punya sub kegiatan tahun ini."]]
    empty = {C.SHEET_PROFIL: profil_grid({f.key: None for f in C.PROFIL_FIELDS}),
             C.SHEET_SASARAN: table("SASARAN", C.SASARAN_COLUMNS, []),
             BIDANG: table("Bidang", C.BIDANG_COLUMNS, []), "Bid Kosong": table("Bidang", C.BIDANG_COLUMNS, [])}
    assert validate_grids(empty)[1].flatten(KEYS) == [
        ["belum-ada-isian", "peringatan", "", "",
         "Berkas ini belum berisi sub kegiatan maupun indikator sasaran, jadi belum ada yang dapat diperiksa. "
         "Isi sheet Profil, Sasaran dan sheet bidang (mulai baris 4), lalu jalankan validasi lagi."]]


def test_empty_template_file_through_the_cli(built, capsys):
    import json

    from rkt_xl.cli import main

    assert main(["validasi", str(built["template"]), "--json"]) == 1     # nothing to consolidate either
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert codes == ["belum-ada-isian", "tanpa-sub-kegiatan"]
