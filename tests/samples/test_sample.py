"""The bundled 2023 sample and the reader."""

from collections import Counter

import openpyxl

from rkt_xl import read_grids, read_workbook
from rkt_xl.model.nomenclature import nomenclature
from rkt_xl.samples.sample import load_sample


def test_sample_reads_back_35_sub_kegiatan_summing_to_the_jumlah(built):
    rkt = read_workbook(built["sample"])
    subs = rkt.all_sub_kegiatan()
    assert len(subs) == 35
    assert rkt.total_pagu() == 8_120_676_386
    by_program = Counter()
    for s in subs:
        by_program[s.kode_program] += s.pagu
    assert by_program == {"5.03.02": 3_442_694_750, "5.04.02": 479_927_500, "5.03.01": 4_198_054_136}
    assert [(b.sheet, len(b.sub_kegiatan)) for b in rkt.bidang] == [
        ("Sekretariat", 16), ("Bid Pengembangan Disiplin ASN", 7),
        ("Bid Informasi Pengadaan Status", 6), ("Bid Diklat Penilaian Kinerja", 6)]
    assert rkt.profil.nip == "19661020 199503 1 001" and rkt.profil.tahun == 2023
    assert [s.kode for s in rkt.sasaran] == ["S1.1", "S2.1", "S2.2", "S3.1", "S3.2", "S4.1"]


def test_sample_equals_its_data_file(built):
    rkt, _ = load_sample()
    assert read_workbook(built["sample"]) == rkt


def test_reader_records_cell_addresses(built):
    rkt = read_workbook(built["sample"])
    first = rkt.bidang[0].sub_kegiatan[0]
    assert first.loc["kode"].sheet == "Sekretariat" and first.loc["kode"].cell == "A4"
    assert first.loc["pagu"].cell == "G4" and first.loc["pagu"].raw == 31250000
    assert first.keluaran[0].loc["target"].cell == "J4"
    gaji = rkt.bidang[0].sub_kegiatan[1]
    assert (gaji.kode, gaji.pagu, gaji.loc["pagu"].cell) == ("5.03.01.2.02.0001", 3_069_590_936, "G5")
    cetak = next(s for s in rkt.all_sub_kegiatan() if s.kode == "5.03.01.2.06.0005")
    assert cetak.keluaran[0].target.raw == "6 dan 140.000" and cetak.keluaran[0].target.kind == "komposit"
    assert rkt.sasaran[0].loc["target"].cell == "F4"


def test_grid_entry_point_gives_the_same_model(built):
    """What the Excel button hands over: plain values per sheet (ints, floats or None)."""
    wb = openpyxl.load_workbook(built["sample"], read_only=True)
    grids = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    as_floats = {name: [[float(v) if isinstance(v, int) else v for v in row] for row in g]
                 for name, g in grids.items()}
    expected = read_workbook(built["sample"])
    assert read_grids(grids) == expected
    assert read_grids(as_floats) == expected


def test_extra_indicator_rows_belong_to_the_sub_kegiatan_above():
    header = ["Kode Sub Kegiatan", "Program", "Kegiatan", "Sub Kegiatan", "Kode Sasaran", "Sumber Dana",
              "Pagu (Rp)", "Tolok Ukur Keluaran", "Satuan Keluaran", "Target Keluaran",
              "Tolok Ukur Hasil", "Satuan Hasil", "Target Hasil"]
    grid = [["Bidang X"], [], header,
            ["5.03.02.2.02.0001", "P", "K", "S", "S1.1", "DAU", 100.0, "Jumlah A", "dokumen", "5", "Nilai", "nilai", "70"],
            [None] * 7 + ["Jumlah B", "orang", "6.500"],
            [],
            [None] * 10 + ["Indeks", "nilai", "Baik"]]
    rkt = read_grids({"Bid X": grid})
    (sub,) = rkt.bidang[0].sub_kegiatan
    assert rkt.bidang[0].nama == "Bidang X"
    assert [k.tolok_ukur for k in sub.keluaran] == ["Jumlah A", "Jumlah B"]
    assert [h.target.raw for h in sub.hasil] == ["70", "Baik"]
    assert sub.keluaran[1].loc["target"].cell == "J5" and sub.hasil[1].loc["target"].cell == "M7"
    assert sub.pagu == 100


def test_nomenclature_covers_the_sample():
    rkt, _ = load_sample()
    codes = nomenclature("2021")
    for s in rkt.all_sub_kegiatan():
        assert codes[s.kode].tingkat == "sub_kegiatan"
        assert s.kode_kegiatan in codes and s.kode_program in codes
    assert {e.status for e in codes.values()} <= {"terverifikasi", "pola_terverifikasi", "belum_terverifikasi"}
