"""The realisasi columns of the template: written from the model, read back the same,
folded in outline groups after every older column."""

from openpyxl import load_workbook

from rkt_xl.model.target import Target
from rkt_xl.samples.sample import load_sample
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.reader import read_workbook
from rkt_xl.xlsx.template import write_workbook


def test_triwulan_fields_round_trip(tmp_path):
    rkt, specs = load_sample()
    sub = rkt.bidang[0].sub_kegiatan[0]
    sub.realisasi_anggaran_tw1, sub.realisasi_anggaran_tw4 = 1_000_000, 2_500_000
    sub.keluaran[0].realisasi_tw2 = Target.parse("6.500")
    sub.hasil[0].realisasi_tw3 = Target.parse("95,5")
    s = rkt.sasaran[0]
    s.realisasi_tw1, s.realisasi_tw2 = Target.parse("40"), Target.parse("Baik")
    s.sifat, s.realisasi_n1, s.target_renstra = "kumulatif", Target.parse("7 - 8"), Target.parse("90")
    s.skala = "Kurang < Cukup < Baik < Sangat Baik"
    path = write_workbook(tmp_path / "rkt.xlsx", rkt, specs).path
    back = read_workbook(path)
    assert back.sasaran == rkt.sasaran
    assert back.bidang == rkt.bidang
    got = back.bidang[0].sub_kegiatan[0]
    assert got.realisasi_anggaran_triwulan == (1_000_000, None, None, 2_500_000)
    assert got.loc["realisasi_anggaran_tw1"].cell == f"R{got.loc['_row'].raw}"
    assert back.sasaran[0].loc["skala"].cell.startswith("P")


def test_new_columns_come_after_the_old_and_fold(tmp_path):
    old = [c for c in C.BIDANG_COLUMNS if not c.optional]
    assert C.BIDANG_COLUMNS[:len(old)] == tuple(old)
    assert all(c.optional for c in C.BIDANG_COLUMNS[len(old):])
    assert [c.header for c in C.SASARAN_COLUMNS if c.optional] == [
        "Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV", "Sifat Realisasi",
        "Realisasi Tahun Lalu (N-1)", "Target Akhir Renstra", "Skala Kualitatif"]
    path = write_workbook(tmp_path / "t.xlsx").path
    wb = load_workbook(path)
    ws = wb["Sekretariat"]
    levels = {}
    for d in ws.column_dimensions.values():
        levels.update(dict.fromkeys(range(d.min, d.max + 1), d.outline_level))
    assert [levels[i + 1] for i, c in enumerate(C.BIDANG_COLUMNS)] == \
        [0] * 13 + [1] * 4 + [2] * 12   # plan, then realisasi (year), then folded triwulan
    assert ws["R2"].value == "REALISASI ANGGARAN PER TRIWULAN"
    sas = wb["Sasaran"]
    sifat = next(dv for dv in sas.data_validations.dataValidation if "M4" in str(dv.sqref))
    assert sifat.formula1 == '"kumulatif,non-kumulatif"'
