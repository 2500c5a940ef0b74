"""Issue 9: hostile inputs that used to take the process down, hang it, or make a whole file
"rusak". Each bad file is judged next to a good one: one Indonesian line (or the right
finding), exit code 3 for an unreadable file, the good file still judged exactly as alone,
and every input unchanged (made read-only, SHA-256 and mtime compared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rkt_xl.cli import main
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text
from rkt_xl.validation.judge import judge
from rkt_xl.workbook import limits
from rkt_xl.workbook.reader import read_workbook
from rkt_xl.workbook.sniff import sniff
from tests import factories as F
from tests import grids_factory as G
from tests import hostile as H
from tests.conftest import fingerprint


def run(capsys: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, dict]:
    code = main(["validasi", "--json", *map(str, paths)])
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def read_only(*paths: Path) -> dict[Path, tuple[str, int]]:
    for p in paths:
        if p.is_file():
            p.chmod(0o444)
    return {p: fingerprint(p) for p in paths if p.is_file()}


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return H.good(tmp_path / "baik.xlsx")


def assert_unreadable_beside_good(capsys, bad: Path, good: Path, message: str) -> None:
    prints = read_only(bad, good)
    code, out = run(capsys, bad, good)
    assert code == 3
    assert [u["message"] for u in out["unreadable"]] == [message]
    assert out["findings"] == []          # the good file: judged, and clean as when alone
    assert str(good) in out["files"]
    assert {p: fingerprint(p) for p in prints} == prints


def test_huge_unique_count_is_refused_before_calamine_reserves_it(built, tmp_path, capsys, good):
    bad = H.unique_count(built["sample"], tmp_path / "teks.xlsx")
    assert_unreadable_beside_good(capsys, bad, good, text(
        "andal.berkas-teks-terlalu-banyak", path=bad, count=format_id(4294967295),
        limit=format_id(limits.MAX_SHARED_STRINGS)))


def test_many_sheets_each_with_one_far_value_are_bounded_per_workbook(tmp_path, capsys, good):
    bad = H.many_far_sheets(tmp_path / "jauh.xlsx", sheets=40)
    assert bad.stat().st_size < 100_000
    assert_unreadable_beside_good(capsys, bad, good, text(
        "andal.berkas-sel-terlalu-banyak", path=bad, cells=format_id(8 * 1048576),
        limit=format_id(limits.MAX_WORKBOOK_CELLS)))


def test_cells_over_a_run_are_bounded(tmp_path, capsys, monkeypatch):
    """Files each within every limit; together past the per-run cell limit (lowered here)."""
    files = [H.good(tmp_path / f"b{i}.xlsx", bidang=f"Bid {i}") for i in range(3)]
    one = limits.Budget()
    sniff(files[0], one)
    per_file = one.cells
    assert per_file > 0
    monkeypatch.setattr(limits, "MAX_RUN_CELLS", per_file * 2)
    report = judge(files).report
    assert [u.message for u in report.unreadable] == [
        text("andal.batas-proses-sel", path=files[2], limit=format_id(per_file * 2))]
    assert report.files[:2] == [str(files[0]), str(files[1])]


def test_bytes_over_a_run_are_bounded(tmp_path, monkeypatch):
    files = [H.good(tmp_path / f"b{i}.xlsx", bidang=f"Bid {i}") for i in range(2)]
    monkeypatch.setattr(limits, "MAX_RUN_UNCOMPRESSED", 20_000)
    report = judge(files).report
    assert [u.message for u in report.unreadable][-1] == text("andal.batas-proses-byte", path=files[-1], limit=0)


def test_a_fifo_named_xlsx_is_refused_without_opening_it(tmp_path, capsys, good):
    folder = tmp_path / "masuk"
    folder.mkdir()
    bad = H.fifo(folder / "pipa.xlsx")
    moved = good.rename(folder / good.name)
    code, out = run(capsys, folder)       # would hang forever if the pipe were opened
    assert code == 3
    assert [u["message"] for u in out["unreadable"]] == [text("andal.berkas-bukan-berkas-biasa", path=bad)]
    assert out["findings"] == [] and str(moved) in out["files"]


def test_corrupt_deflate_in_workbook_xml_is_one_line_and_konsolidasi_goes_on(tmp_path, capsys):
    folder = tmp_path / "masuk"
    folder.mkdir()
    good = H.good(folder / "baik.xlsx")
    bad = H.corrupt_deflate(good, folder / "rusak.xlsx")
    prints = read_only(good, bad)
    expected = text("berkas-rusak", path=bad, detail=text("rusak-bagian", part="xl/workbook.xml"))
    assert main(["konsolidasi", str(folder), "-o", str(tmp_path / "hasil.xlsx")]) == 3
    err = capsys.readouterr().err
    assert expected in err and "tak terduga" not in err
    assert not (tmp_path / "hasil.xlsx").exists()
    assert main(["konsolidasi", str(folder), "-o", str(tmp_path / "hasil.xlsx"), "--paksa"]) == 3
    assert expected in capsys.readouterr().err
    assert (tmp_path / "hasil.xlsx").exists()      # --paksa writes the good one; exit still 3
    assert {p: fingerprint(p) for p in prints} == prints


@pytest.mark.parametrize("value", ["#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
                                   "#UNKNOWN!", "#GETTING_DATA"])
def test_newer_error_values_are_error_cells_not_a_broken_file(tmp_path, value):
    src = H.good(tmp_path / "baik.xlsx")
    bad = H.error_value(src, tmp_path / "galat.xlsx", value)
    before = fingerprint(bad)
    report = judge([bad]).report
    assert report.unreadable == []
    assert report.flatten(["code", "sheet", "cell", "value"]) == [["nilai-galat-excel", G.BIDANG, "G4", value]]
    assert report.findings[0].message == text_of("nilai-galat-excel", cell="G4", value=value)
    assert fingerprint(bad) == before


def test_external_link_formula_is_a_warning(tmp_path):
    bad = H.external_formula(H.good(tmp_path / "baik.xlsx"), tmp_path / "luar.xlsx")
    report = judge([bad]).report
    assert report.flatten(["code", "severity", "sheet", "cell"]) == [
        ["rumus-tautan-luar", "peringatan", G.BIDANG, "G4"]]


def test_pagu_above_the_sane_bound_is_a_galat(tmp_path):
    bad = H.good(tmp_path / "besar.xlsx", subs=[G.sub(pagu=10**16)])
    report = judge([bad]).report
    assert report.flatten(["code", "cell", "message"]) == [
        ["pagu-terlalu-besar", "G4", f"Pagu di G4 ({format_id(10**16)}) melebihi batas wajar Rp "
         f"{format_id(10**15)}; angka sebesar ini tidak lagi tepat di Excel. Periksa angkanya "
         "(mungkin salah ketik atau tertempel kode)."]]


def test_merged_pagu_reads_and_sums_only_the_top_left_cell(tmp_path):
    other = G.sub(kode="5.03.02.2.02.0002", nama="Pengelolaan Promosi ASN", pagu=1_000_000)
    src = H.good(tmp_path / "baik.xlsx", subs=[G.sub(), other])
    bad = H.merged(src, tmp_path / "gabung.xlsx", "G4:G5")
    report = judge([bad]).report
    merge = [f for f in report.findings if f.code == "sel-gabung"]
    assert [(f.cell, f.message) for f in merge] == [("G4", text_of("sel-gabung", rentang="G4:G5", cell="G4"))]
    rkt = read_workbook(bad)
    assert rkt.total_pagu() == G.SUB_ROW["pagu"]          # G5 is covered: read as empty, not summed
    assert [s.pagu for s in rkt.all_sub_kegiatan()] == [G.SUB_ROW["pagu"], None]


def text_of(code: str, **params: object) -> str:
    from rkt_xl.texts import FINDINGS

    return FINDINGS[code][1].format(**params)


def test_text_longer_than_excel_allows_is_a_galat_in_a_file(tmp_path):
    src = H.good(tmp_path / "baik.xlsx", subs=[G.sub(nama="TEKS-PANJANG")])
    bad = F.rezip(src, tmp_path / "panjang.xlsx", {H.BIDANG_PART: lambda x: x.replace(b"TEKS-PANJANG", b"x" * 40_000)})
    report = judge([bad]).report
    assert ["teks-terlalu-panjang", "D4"] in report.flatten(["code", "cell"])
    assert not report.valid


def test_sheet_parts_inflated_once_by_us(built, monkeypatch):
    """Reading once (#8 item 5): the sniff and the structure scan share one pass."""
    from rkt_xl.workbook import sniff, zipstream

    seen: list[str] = []
    real = zipstream.iter_part

    def counting(path, fh, info, *args, **kwargs):
        seen.append(info.filename)
        return real(path, fh, info, *args, **kwargs)

    monkeypatch.setattr(sniff, "iter_part", counting)
    monkeypatch.setattr(sniff, "read_part", lambda path, fh, info, charge=None:
                        b"".join(counting(path, fh, info, charge=charge)))
    judge([built["sample"]])
    assert len(seen) == len(set(seen))
    assert F.SAMPLE_SHEET in seen
