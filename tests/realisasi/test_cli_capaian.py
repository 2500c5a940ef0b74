import json

from rkt_xl.cli import main
from tests.helpers import ROOT

SAMPLE = ROOT / "workbooks" / "contoh" / "RKT_BKPSDM_2023_realisasi_fiktif.xlsx"


def test_capaian_json_each_value_with_its_cells(capsys):
    assert main(["capaian", str(SAMPLE), "--json"]) == 0
    table = json.loads(capsys.readouterr().out)
    rows = {r["kode"]: r for r in table["indikator"] if r["tingkat"] == "sasaran"}
    assert len(table["indikator"]) == 81 and len(table["anggaran"]) == 35
    s31 = rows["S3.1"]
    assert (s31["capaian_tampil"], s31["predikat"], s31["sel_target"], s31["sel_realisasi"]) == \
        ("97,89", "Sangat Tinggi", "Sasaran!F7", ["Sasaran!H7"])
    assert (rows["S9.1"]["capaian_tampil"], rows["S9.3"]["capaian_tampil"]) == ("107,14", "87,50")
    assert (rows["S1.1"]["capaian"], rows["S1.1"]["alasan"]) == (None, "komposit")
    assert rows["S9.4"]["ordinal"] is True and rows["S9.4"]["capaian_tampil"] == "66,67 (ordinal)"
    assert rows["S9.5"]["sel_realisasi"] == ["Sasaran!I14", "Sasaran!J14", "Sasaran!K14", "Sasaran!L14"]
    first = table["anggaran"][0]
    assert (first["pagu"], first["realisasi"], first["serapan_tampil"], first["sel_pagu"]) == \
        (31250000, 28750000, "92,00", "Sekretariat!G4")


def test_capaian_triwulan(capsys):
    assert main(["capaian", str(SAMPLE), "--json", "--triwulan", "1"]) == 0
    rows = {r["kode"]: r for r in json.loads(capsys.readouterr().out)["indikator"] if r["tingkat"] == "sasaran"}
    assert (rows["S9.5"]["realisasi"], rows["S9.5"]["capaian_tampil"]) == ("300", "25,00")
    assert rows["S2.2"]["sel_realisasi"] == ["Sasaran!I6"]
