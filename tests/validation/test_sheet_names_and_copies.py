"""Issue 9: what validasi passes, konsolidasi writes. Sheet names the output could not carry,
bidang sheets named like output sheets, names that differ only in what Excel ignores, and
the same sub kegiatan in two split copies are galat naming the places; konsolidasi refuses
them without --paksa and with --paksa still writes (never "kesalahan tak terduga")."""

from __future__ import annotations

import pytest

from rkt_xl.cli import main
from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.texts import FINDINGS
from rkt_xl.validation.judge import judge
from tests import grids_factory as G
from tests import hostile as H
from tests.conftest import fingerprint


def msg(code: str, **params: object) -> str:
    return FINDINGS[code][1].format(**params)


NAMES = [
    ("x" * 32, "sheet-nama-terlalu-panjang", {"panjang": 32}),
    ("Mutasi/Promosi", "sheet-nama-karakter-terlarang", {"karakter": "'/'"}),
    ("Bid [1]: A*?", "sheet-nama-karakter-terlarang", {"karakter": "'*', ':', '?', '[', ']'"}),
    ("'Sekretariat", "sheet-nama-kutip", {}),
    ("Sekretariat'", "sheet-nama-kutip", {}),
    ("rkt", "sheet-nama-keluaran", {"keluaran": "RKT"}),
    ("RINGKASAN", "sheet-nama-keluaran", {"keluaran": "Ringkasan"}),
    ("validasi", "sheet-nama-keluaran", {"keluaran": "Validasi"}),
    ("pengukuran kinerja", "sheet-nama-keluaran", {"keluaran": "Pengukuran Kinerja"}),
    ("Realisasi ANGGARAN", "sheet-nama-keluaran", {"keluaran": "Realisasi Anggaran"}),
    ("profil ", "sheet-tidak-dikenal", {}),     # not a bidang name problem: a near-miss of Profil
]


@pytest.mark.parametrize("name,code,params", NAMES[:-1], ids=[n[1] + ":" + n[0] for n in NAMES[:-1]])
def test_bidang_sheet_name_the_writer_would_refuse_is_a_galat(tmp_path, name, code, params):
    bad = H.rename_sheet(H.good(tmp_path / "baik.xlsx"), tmp_path / "nama.xlsx", G.BIDANG, name)
    report = judge([bad]).report
    found = [f for f in report.findings if f.code == code]
    assert [(f.sheet, f.cell, f.message) for f in found] == [(name, "A1", msg(code, sheet=name, **params))]
    assert found[0].severity == "galat"


@pytest.mark.parametrize("name", ["RKT", "Ringkasan", "Validasi"])
def test_a_bidang_sheet_named_exactly_like_an_output_is_not_silently_skipped(tmp_path, name):
    bad = H.rename_sheet(H.good(tmp_path / "baik.xlsx"), tmp_path / "nama.xlsx", G.BIDANG, name)
    report = judge([bad]).report
    assert ["sheet-nama-keluaran", name, "A1"] in report.flatten(["code", "sheet", "cell"])
    assert not report.valid


def test_two_sheets_differing_only_in_case_in_one_file(tmp_path):
    grids = G.valid_grids()
    src = G.write_file(tmp_path / "baik.xlsx", {**grids, "Lain1": grids[G.BIDANG], "Lain2": grids[G.BIDANG]})
    H.rename_sheet(src, tmp_path / "satu.xlsx", "Lain1", "BID MUTASI")
    bad = H.rename_sheet(tmp_path / "satu.xlsx", tmp_path / "ganda.xlsx", "Lain2", "bid mutasi ")
    report = judge([bad]).report
    got = [(f.sheet, f.message) for f in report.findings if f.code == "sheet-nama-ganda"]
    assert got == [("BID MUTASI", msg("sheet-nama-ganda", sheet="BID MUTASI", lain=G.BIDANG, berkas="")),
                   ("bid mutasi ", msg("sheet-nama-ganda", sheet="bid mutasi ", lain=G.BIDANG, berkas=""))]


def test_konsolidasi_with_paksa_writes_despite_a_name_the_writer_refuses(tmp_path, capsys):
    folder = tmp_path / "masuk"
    folder.mkdir()
    good = H.good(folder / "a_baik.xlsx", bidang="Sekretariat")
    bad = H.rename_sheet(H.good(tmp_path / "x.xlsx"), folder / "b_nama.xlsx", G.BIDANG, "rkt")
    prints = {p: fingerprint(p) for p in (good, bad)}
    out = tmp_path / "hasil.xlsx"
    assert main(["konsolidasi", str(folder), "-o", str(out)]) == 1
    assert not out.exists()
    assert main(["konsolidasi", str(folder), "-o", str(out), "--paksa"]) == 0
    text = capsys.readouterr()
    assert "tak terduga" not in text.out + text.err
    import openpyxl

    names = openpyxl.load_workbook(out, read_only=True).sheetnames
    assert "Sekretariat" in names and "rkt" not in names
    assert {p: fingerprint(p) for p in prints} == prints


def test_same_sub_kegiatan_in_two_split_copies_is_a_galat_naming_both(tmp_path, capsys):
    folder = tmp_path / "masuk"
    folder.mkdir()
    a = H.good(folder / "a.xlsx", bidang="Sekretariat")
    b = H.good(folder / "b.xlsx", bidang="Mutasi")
    report = judge([folder]).report
    dup = [f for f in report.findings if f.code == "kode-ganda-berkas"]
    kode = G.SUB_ROW["kode"]
    assert [(f.file, f.sheet, f.cell, f.message) for f in dup] == [(str(b), "Mutasi", "A4", msg(
        "kode-ganda-berkas", value=kode, file=b, sheet="Mutasi", cell="A4", berkas_lain=a,
        sheet_lain="Sekretariat", sel_lain="A4"))]
    result = konsolidasi([folder], tmp_path / "hasil.xlsx")
    assert result.stopped and result.saved is None
    assert main(["konsolidasi", str(folder), "-o", str(tmp_path / "hasil.xlsx")]) == 1


def test_bidang_names_differing_only_in_case_across_copies(tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    a = H.good(folder / "a.xlsx", bidang="Sekretariat")
    b = H.good(folder / "b.xlsx", subs=[G.sub(kode="5.03.02.2.02.0002")], bidang="SEKRETARIAT")
    report = judge([folder]).report
    got = [(f.file, f.sheet) for f in report.findings if f.code == "sheet-nama-ganda"]
    assert got == [(str(b), "SEKRETARIAT")]
    assert [f for f in report.findings if f.code == "sheet-nama-ganda"][0].message == msg(
        "sheet-nama-ganda", sheet="SEKRETARIAT", lain="Sekretariat", berkas=f" (berkas '{a}')")
    assert not report.valid


def test_validasi_links_to_a_sheet_with_an_apostrophe(tmp_path):
    import openpyxl

    from rkt_xl.validation.findings import Finding, Report
    from rkt_xl.xlsx.validasi_sheet import write_report_workbook

    f = Finding("kode-ganda", "galat", str(tmp_path / "a.xlsx"), "Bid'ang Umum", "A4", "x", "pesan")
    out = write_report_workbook(tmp_path / "laporan.xlsx", Report(findings=[f])).path
    link = openpyxl.load_workbook(out)["Validasi"]["F5"].hyperlink
    assert link.location == "'Bid''ang Umum'!A4"


def test_more_findings_than_excel_links_is_said(tmp_path, monkeypatch):
    from rkt_xl.validation import judge as J

    monkeypatch.setattr(J, "EXCEL_LINKS_MAX", 2)
    subs = [G.sub(kode=f"5.03.02.2.02.{i:04d}", pagu=-1) for i in range(1, 5)]
    report = judge([H.good(tmp_path / "a.xlsx", subs=subs)]).report
    last = report.findings[-1]
    assert last.code == "tautan-terlalu-banyak"
    assert last.message == msg("tautan-terlalu-banyak", jumlah=len(report.findings) - 1, batas=2)
