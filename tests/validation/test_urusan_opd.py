"""Issue 10 'done when': a Diskominfo-like workbook (urusan 2.16, codes not bundled) validates
with one coverage finding and no per-row galat; after `rkt nomenklatur tambah` (semicolon,
UTF-16 and cp1252 lists) it validates clean and its codes are in a new template's dropdown.
Also: Profil findings once per folder run, an empty bidang sheet across copies."""

from __future__ import annotations

import json

import pytest

from rkt_xl.cli import main
from rkt_xl.model import nomenclature as N
from rkt_xl.model.entities import Bidang, Indikator, IndikatorSasaran, Profil, Rkt, SubKegiatan
from rkt_xl.model.target import Target
from rkt_xl.validation.judge import judge
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.workbook.grids import load_grids
from rkt_xl.xlsx.template import write_workbook

CODES = [("2.16.02", "Program Informasi dan Komunikasi Publik"),
         ("2.16.02.2.01", "Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota"),
         ("2.16.02.2.01.0001", "Perumusan Kebijakan Teknis di Bidang Informasi dan Komunikasi Publik"),
         ("2.16.02.2.01.0002", "Monitoring Opini dan Aspirasi Publik — Média Sosial"),
         ("2.16.03", "Program Aplikasi Informatika"),
         ("2.16.03.2.02", "Pengelolaan e-Government di Lingkup Pemerintah Daerah Kabupaten/Kota"),
         ("2.16.03.2.02.0001", "Penatalaksanaan dan Pengawasan e-Government")]
VERSI = "Kepmendagri 050-5889 Tahun 2021 (TA 2022-2023)"


def diskominfo(subs=None) -> Rkt:
    names = dict(CODES)
    out = []
    for kode, pagu in subs or (("2.16.02.2.01.0001", 150_000_000), ("2.16.02.2.01.0002", 90_000_000),
                               ("2.16.03.2.02.0001", 420_000_000)):
        out.append(SubKegiatan(kode, names[kode[:7]], names[kode[:12]], names[kode], "S1.1", "DAU", pagu,
                               [Indikator("Jumlah dokumen kebijakan", "dokumen", Target.parse("4"))],
                               [Indikator("Persentase layanan informasi", "persen", Target.parse("90"))]))
    profil = Profil("Kabupaten Contoh", "Dinas Komunikasi dan Informatika", 2023, "KEPALA DINAS",
                    "196610201995031001", "Contoh", "Januari 2023", "2021")
    sasaran = [IndikatorSasaran("S1.1", "Meningkatkan keterbukaan informasi", "Meningkatnya layanan informasi",
                                "Indeks Keterbukaan Informasi", "nilai", Target.parse("80"), "positif")]
    return Rkt(profil, sasaran, [Bidang("Bidang IKP", "Bidang Informasi dan Komunikasi Publik", out)])


@pytest.fixture
def workbook(tmp_path):
    return write_workbook(tmp_path / "RKT_Diskominfo.xlsx", diskominfo()).path


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    N.reload()
    yield tmp_path / "config"
    monkeypatch.undo()
    N.reload()


def test_uncovered_urusan_is_one_finding_per_file_and_does_not_block(workbook, config):
    report = judge([workbook]).report
    assert report.flatten(["code", "severity", "sheet", "cell", "message"]) == [
        ["urusan-tidak-tercakup", "peringatan", "", "",
         "Kode sub kegiatan di berkas ini memakai urusan 2.16 (3 sub kegiatan, mis. 2.16.02.2.01.0001 di "
         f"'Bidang IKP'!A4) yang belum ada dalam daftar nomenklatur {VERSI}, jadi kodenya hanya diperiksa "
         "formatnya. Tambahkan daftar kode OPD Anda (CSV atau XLSX dari SIPD atau lampiran Kepmendagri, dengan "
         "kolom kode dan nama): rkt nomenklatur tambah DAFTAR.csv"]]
    assert report.valid


@pytest.mark.parametrize("sep, encoding", [(";", "utf-8"), ("\t", "utf-16"), (";", "cp1252")])
def test_after_rkt_nomenklatur_tambah_it_validates_clean_and_fills_the_dropdown(workbook, config, tmp_path,
                                                                                  capsys, sep, encoding):
    codes = tmp_path / "codes.csv"
    codes.write_bytes(("\r\n".join(sep.join(row) for row in [("KODE", "NOMENKLATUR"), *CODES]) + "\r\n").encode(encoding))
    assert main(["nomenklatur", "tambah", str(codes)]) == 0
    out = capsys.readouterr().out
    assert f"Daftar kode dari 'codes.csv' disimpan: {config / 'rkt_xl' / 'nomenklatur' / 'codes.csv'} " \
           "(2 program, 2 kegiatan, 3 sub kegiatan; versi 2021)." in " ".join(out.split())
    assert main(["validasi", str(workbook), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    assert main(["nomenklatur"]) == 0
    assert "2.16" in capsys.readouterr().out
    template = tmp_path / "templat.xlsx"
    assert main(["templat", "-o", str(template)]) == 0
    referensi = load_grids(template)["Referensi"]
    listed = [row[0] for row in referensi[3:] if row and row[0]]
    assert {"2.16.02.2.01.0001", "2.16.02.2.01.0002", "2.16.03.2.02.0001"} <= set(listed)
    name = next(row[1] for row in referensi if row and row[0] == "2.16.02.2.01.0002")
    assert name == "Monitoring Opini dan Aspirasi Publik — Média Sosial"
    import zipfile

    with zipfile.ZipFile(template) as zf:
        book = zf.read("xl/workbook.xml").decode()
    assert f"'Referensi'!$A$4:$A${3 + len(listed)}" in book       # DaftarKode covers every code


def test_missing_list_file_is_said_in_indonesian_with_exit_3(tmp_path, capsys, config):
    assert main(["nomenklatur", "tambah", str(tmp_path / "tidak_ada.csv")]) == 3
    assert f"GALAT: Berkas '{tmp_path / 'tidak_ada.csv'}' tidak ditemukan." in " ".join(capsys.readouterr().err.split())


def test_profil_findings_once_per_run_and_empty_sheet_across_copies(tmp_path, config):
    specs = [BidangSpec("Bidang IKP", "Bidang IKP"), BidangSpec("Bidang Aptika", "Bidang Aptika"),
             BidangSpec("Bidang Statistik", "Bidang Statistik")]
    ikp = diskominfo((("2.16.02.2.01.0001", 150_000_000),))
    aptika = diskominfo((("2.16.03.2.02.0001", 420_000_000),))
    aptika.bidang[0].sheet = "Bidang Aptika"
    for rkt in (ikp, aptika):
        rkt.profil.tempat = ""        # the same gap in both copies
    folder = tmp_path / "masuk"
    folder.mkdir()
    write_workbook(folder / "ikp.xlsx", ikp, specs)
    write_workbook(folder / "aptika.xlsx", aptika, specs)
    report = judge([folder]).report
    assert [(f.code, f.sheet, f.cell) for f in report.findings if f.code.startswith(("profil", "sheet-bidang"))] == [
        ("profil-belum-lengkap", "Profil", "B8"), ("sheet-bidang-kosong", "Bidang Statistik", "")]
