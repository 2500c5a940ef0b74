"""`rkt nomenklatur tambah`: code lists as offices have them, built in code in every
separator and encoding Excel writes; rejected rows with line and reason; the stored list."""

from __future__ import annotations

import codecs

import pytest

from rkt_xl.errors import ConfigError, FileError
from rkt_xl.model import nomenclature as N
from rkt_xl.model.nomenclature import decode
from rkt_xl.model.nomenclature_import import add_list, coverage, parse_list

ROWS = [
    ("Kode", "Nomenklatur Urusan Kabupaten/Kota"),
    ("2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"),
    ("2.16", "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA"),
    ("2.16.02", "PROGRAM INFORMASI DAN KOMUNIKASI PUBLIK"),
    ("2.16.02.2.01", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota"),
    ("2.16.02.2.01.0001", "Perumusan Kebijakan Teknis di Bidang Informasi dan Komunikasi Publik"),
    ("2.16.02.2.01.02", "Monitoring Opini dan Aspirasi Publik di Lingkup Pemerintah Daerah"),   # 2-digit sub
    ("2.16.03", "PROGRAM APLIKASI INFORMATIKA"),
    ("2.16.03.2.02", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota"),
    ("2.16.03.2.02.0001", "Penatalaksanaan dan Pengawasan e-Government — Café Digital"),   # cp1252-only dash
    ("2.16.x", "Salah ketik"),
    ("2.16.03.2.02.0002", ""),
    ("2.16.03.2.02.0001", "Dua kali"),
]
ACCEPTED = {"2.16.02": "program", "2.16.02.2.01": "kegiatan", "2.16.02.2.01.0001": "sub_kegiatan",
            "2.16.02.2.01.0002": "sub_kegiatan", "2.16.03": "program", "2.16.03.2.02": "kegiatan",
            "2.16.03.2.02.0001": "sub_kegiatan"}
REJECTED = [
    (11, "kode '2.16.x' tidak berbentuk kode program (U.BB.PP), kegiatan (U.BB.PP.2.KK) atau sub kegiatan (U.BB.PP.2.KK.SSSS)"),
    (12, "kode 2.16.03.2.02.0002 tanpa nama"),
    (13, "kode 2.16.03.2.02.0001 sudah ada di baris 10"),
]


def csv_text(sep: str, rows=ROWS) -> str:
    return "\r\n".join(sep.join(f'"{c}"' if sep in c else c for c in row) for row in rows) + "\r\n"


@pytest.mark.parametrize("sep, encoding", [
    (",", "utf-8"), (";", "utf-8-sig"), ("\t", "utf-16"), (";", "cp1252"), (",", "utf-16-le-nobom"),
])
def test_every_separator_and_encoding(tmp_path, sep, encoding):
    path = tmp_path / "daftar.csv"
    text = csv_text(sep)
    data = text.encode("utf-16-le") if encoding == "utf-16-le-nobom" else text.encode(encoding)
    path.write_bytes(data)
    result = parse_list(path)
    assert {e.kode: e.tingkat for e in result.entries} == ACCEPTED
    assert [(r.line, r.reason) for r in result.rejected] == REJECTED
    assert result.skipped_urusan == 2
    assert next(e.nama for e in result.entries if e.kode == "2.16.03.2.02.0001") == \
        "Penatalaksanaan dan Pengawasan e-Government — Café Digital"


def test_decode_knows_the_boms():
    assert decode(codecs.BOM_UTF8 + b"kode") == "kode"
    assert decode("kode;nama".encode("utf-16")) == "kode;nama"
    assert decode("Caf\xe9".encode("cp1252")) == "Café"


def test_xlsx_list_with_tingkat_and_versi_columns(tmp_path):
    import xlsxwriter

    path = tmp_path / "sipd.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Sub Kegiatan")
    rows = [("DAFTAR NOMENKLATUR",), (), ("No", "Kode", "Uraian", "Tingkat", "Versi"),
            (1, "2.16.02", "Program Informasi", "Program", "2023"),
            (2, "2.16.02.2.01", "Kegiatan Informasi", "Sub Kegiatan", "2023"),
            (3, "2.16.02.2.01.0001", "Sub Informasi", "sub kegiatan", "2019"),
            (4, "2.16.02.2.01.0002", "Sub Lain", "subkegiatan", "2023"),
            (5, "2.16.02.2.01.0003", "Sub Aneh", "aktivitas", "2023")]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    wb.close()
    result = parse_list(path)
    assert [(e.versi, e.kode, e.tingkat) for e in result.entries] == [
        ("2023", "2.16.02", "program"), ("2023", "2.16.02.2.01.0002", "sub_kegiatan")]
    assert [(r.line, r.reason) for r in result.rejected] == [
        (5, "kode 2.16.02.2.01 berbentuk kode kegiatan, tetapi ditandai 'Sub Kegiatan'"),
        (6, "versi '2019' tidak dikenal (pilihan: 2021, 2023)"),
        (8, "tingkat 'aktivitas' tidak dikenal (pilihan: program, kegiatan, sub kegiatan)")]


def test_no_header_and_missing_file(tmp_path):
    path = tmp_path / "tanpa_judul.csv"
    path.write_text("2.16.02;Program Informasi\n", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        parse_list(path)
    assert str(exc.value) == (f"Berkas pengaturan '{path}' tidak dapat dibaca: kolom 'kode' tidak ditemukan di baris "
                              "judul (judul yang ada: 2.16.02, Program Informasi); beri judul kolom 'kode' dan 'nama' "
                              "(atau 'nomenklatur'/'uraian').")
    with pytest.raises(FileError) as exc:
        parse_list(tmp_path / "tidak_ada.csv")
    assert str(exc.value) == f"Berkas '{tmp_path / 'tidak_ada.csv'}' tidak ditemukan. Periksa nama dan foldernya."


def test_stored_in_the_configuration_folder_and_listed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    N.reload()
    try:
        source = tmp_path / "Kominfo 2024.csv"
        source.write_text(csv_text(";"), encoding="utf-8")
        result, stored = add_list(source)
        assert stored == tmp_path / "config" / "rkt_xl" / "nomenklatur" / "Kominfo_2024.csv"
        assert N.nomenclature("2021")["2.16.02.2.01.0002"].nama == "Monitoring Opini dan Aspirasi Publik di Lingkup Pemerintah Daerah"
        assert "2.16" in N.covered_urusan("2021")
        rows = {(c.versi, c.urusan): c for c in coverage()}
        kominfo = rows[("2021", "2.16")]
        assert (kominfo.program, kominfo.kegiatan, kominfo.sub_kegiatan) == (2, 2, 3)
        assert kominfo.sumber == f"impor dari Kominfo 2024.csv ({result.date})"
        assert rows[("2021", "5.03")].sumber == "bawaan rkt_xl"
    finally:
        monkeypatch.undo()
        N.reload()


def test_parent_names_read_alone_equal_the_whole_list_without_sub_kegiatan(tmp_path, monkeypatch):
    extra = tmp_path / "opd.csv"
    extra.write_text("versi;kode;tingkat;nama;status\n2021;9.99.01;program;PROGRAM UJI;daftar_opd\n"
                     "2021;9.99.01.2.01;kegiatan;Kegiatan Uji;daftar_opd\n"
                     "2021;9.99.01.2.01.0001;sub_kegiatan;Sub Uji;daftar_opd\n", encoding="utf-8")
    monkeypatch.setenv(N.ENV_EXTRA, str(extra))
    N.reload()
    try:
        alone = N.parent_names("2021")                   # read without the sub kegiatan entries
        assert N._all_entries.cache_info().currsize == 0
        assert alone["9.99.01"].nama == "PROGRAM UJI" and "9.99.01.2.01.0001" not in alone
        N.parent_names.cache_clear()
        whole = {k: e for k, e in N.nomenclature("2021").items() if e.tingkat != "sub_kegiatan"}
        assert N.parent_names("2021") == whole == alone
    finally:
        monkeypatch.delenv(N.ENV_EXTRA)
        N.reload()


def test_lines_keep_every_ending_excel_writes():
    assert list(N.lines("a\r\nb\rc\n\nd")) == ["a\r\n", "b\r", "c\n", "\n", "d"]
    assert list(N.lines("")) == []


def test_list_with_mac_line_endings_and_a_quoted_line_break(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(b'versi;kode;tingkat;nama;status\r2021;9.01.01;program;"PROGRAM\rUJI";daftar_opd\r')
    [entry] = N.read_list(path)
    assert (entry.kode, entry.nama, entry.status) == ("9.01.01", "PROGRAM\rUJI", "daftar_opd")
