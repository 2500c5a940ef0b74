"""The 2023 sample with its FICTITIOUS realisasi: committed file = generator, every capaian
rule present once, no galat, the plan part unchanged."""

from decimal import Decimal

from rkt_xl.realisasi import format_persen, ukur
from rkt_xl.realisasi.indikator import pilih_realisasi, ukuran
from rkt_xl.samples.realisasi_fiktif import load_sample_realisasi, write_sample_realisasi
from rkt_xl.samples.sample import load_sample
from rkt_xl.validation.judge import validate_workbook
from tests.helpers import ROOT, parts

COMMITTED = ROOT / "workbooks" / "contoh" / "RKT_BKPSDM_2023_realisasi_fiktif.xlsx"


def test_committed_sample_with_realisasi_equals_generator(tmp_path):
    saved, _ = write_sample_realisasi(tmp_path / "r.xlsx")
    assert parts(COMMITTED) == parts(saved.path), "run `rkt contoh` and commit the result"


def test_every_rule_once_and_plan_unchanged():
    rkt, _ = load_sample_realisasi()
    plan, _ = load_sample()
    assert [s.kode for s in rkt.sasaran][:len(plan.sasaran)] == [s.kode for s in plan.sasaran]
    assert [(s.kode, s.pagu, [i.target for i in s.keluaran]) for s in rkt.all_sub_kegiatan()] == \
        [(s.kode, s.pagu, [i.target for i in s.keluaran]) for s in plan.all_sub_kegiatan()]
    table = {}
    for u in ukuran(rkt):
        if u.level == "sasaran":
            m = ukur(u.target.raw, pilih_realisasi(u).text, u.polaritas, u.skala or None)
            table[u.sasaran.kode] = (format_persen(m.nilai), m.alasan)
    assert table == {
        "S1.1": ("n/a", "komposit"), "S2.1": ("n/a", "komposit"),
        "S2.2": ("103,00", ""),            # positive, non-kumulatif: the last triwulan
        "S3.1": ("97,89", ""),             # 93 against 95
        "S3.2": ("95,63", ""), "S4.1": ("n/a", ""),   # missing
        "S9.1": ("107,14", ""),            # range 7 - 8 bulan, negative, 6,5
        "S9.2": ("85,71", ""),             # negative
        "S9.3": ("87,50", ""),             # range 80 - 90, positive, 70
        "S9.4": ("66,67 (ordinal)", ""),   # qualitative on its scale
        "S9.5": ("101,67", ""),            # kumulatif: sum of the triwulan
    }
    assert all(s.keterangan.startswith("FIKTIF") for s in rkt.all_sub_kegiatan())
    assert all("[FIKTIF]" in s.indikator for s in rkt.sasaran[len(plan.sasaran):])
    serapan = Decimal(sum(s.realisasi_anggaran or sum(s.realisasi_anggaran_triwulan) for s in rkt.all_sub_kegiatan()))
    assert 0 < serapan < sum(s.pagu for s in rkt.all_sub_kegiatan())


def test_no_galat_and_the_expected_realisasi_warnings():
    _, report = validate_workbook(COMMITTED)
    assert report.counts["galat"] == 0
    assert [(f.code, f.sheet, f.cell) for f in report.findings if f.code.startswith("realisasi-")] == [
        ("realisasi-target-gabungan", "Sasaran", "H4"),
        ("realisasi-kosong", "Sasaran", "H9"),
        ("realisasi-target-gabungan", "Sekretariat", "O16"),
    ]
