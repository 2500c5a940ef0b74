"""One test per realisasi check: the exact finding (code, severity, sheet, cell, message)."""

from rkt_xl.validation.judge import validate_grids
from tests.grids_factory import BIDANG, SASARAN_ROW, sub, valid_grids

KEYS = ["code", "severity", "sheet", "cell", "message"]
KOSONG_SASARAN = ["realisasi-kosong", "peringatan", "Sasaran", "H4", "Realisasi tahun ini indikator 'Indeks Profesionalitas ASN' (target 70) belum diisi di H4. Isi realisasinya, atau tulis n/a bila memang tidak dapat diukur."]
KOSONG_KELUARAN = ["realisasi-kosong", "peringatan", BIDANG, "O4", "Realisasi tahun ini indikator 'Jumlah ASN yang dimutasi' (target 200) belum diisi di O4. Isi realisasinya, atau tulis n/a bila memang tidak dapat diukur."]
KOSONG_HASIL = ["realisasi-kosong", "peringatan", BIDANG, "P4", "Realisasi tahun ini indikator 'Meningkatnya nilai Indeks Profesionalitas ASN' (target 70) belum diisi di P4. Isi realisasinya, atau tulis n/a bila memang tidak dapat diukur."]


def realisasi_findings(subs=None, sasaran=None):
    grids = valid_grids(subs, sasaran)
    return [f for f in validate_grids(grids)[1].flatten(KEYS) if f[0].startswith("realisasi-")]


def filled(**changes):
    """A sub kegiatan whose indicators all have their year realisasi, plus ``changes``."""
    return sub(**{"keluaran.realisasi": "200", "hasil.realisasi": "70", **changes})


SASARAN_DONE = [{**SASARAN_ROW, "realisasi": "70"}]


def test_plan_without_realisasi_is_silent():
    assert realisasi_findings() == []


def test_complete_realisasi_is_clean():
    assert realisasi_findings([filled(realisasi_anggaran=70_000_000)], SASARAN_DONE) == []


def test_anggaran_above_pagu():
    assert realisasi_findings([filled(realisasi_anggaran=80_000_000)], SASARAN_DONE) == [
        ["realisasi-anggaran-melebihi-pagu", "galat", BIDANG, "N4", "Realisasi anggaran Rp 80.000.000 (angka setahun) melebihi pagu Rp 74.685.500 sub kegiatan 5.03.02.2.02.0001 (sel N4). Periksa angka realisasi, atau isi pagu setelah perubahan anggaran."]]
    assert realisasi_findings([filled(realisasi_anggaran_tw1=50_000_000, realisasi_anggaran_tw2=30_000_000)], SASARAN_DONE) == [
        ["realisasi-anggaran-melebihi-pagu", "galat", BIDANG, "S4", "Realisasi anggaran Rp 80.000.000 (jumlah TW I-IV) melebihi pagu Rp 74.685.500 sub kegiatan 5.03.02.2.02.0001 (sel S4). Periksa angka realisasi, atau isi pagu setelah perubahan anggaran."]]


def test_anggaran_triwulan_do_not_add_up():
    row = filled(realisasi_anggaran=70_000_000, realisasi_anggaran_tw1=20_000_000, realisasi_anggaran_tw2=20_000_000,
                 realisasi_anggaran_tw3=20_000_000, realisasi_anggaran_tw4=9_500_000)
    assert realisasi_findings([row], SASARAN_DONE) == [
        ["realisasi-anggaran-triwulan-beda", "galat", BIDANG, "N4", "Realisasi anggaran setahun di N4 (Rp 70.000.000) tidak sama dengan jumlah TW I-IV (Rp 69.500.000) sub kegiatan 5.03.02.2.02.0001. Perbaiki salah satunya, atau kosongkan angka setahun agar dihitung dari triwulan."]]


def test_realisasi_for_a_composite_target():
    row = filled(**{"keluaran.target": "6 dan 150", "keluaran.realisasi": "6"})
    assert realisasi_findings([row], SASARAN_DONE) == [
        ["realisasi-target-gabungan", "peringatan", BIDANG, "O4", "Realisasi '6' di O4 diisi untuk indikator bertarget gabungan '6 dan 150'; capaiannya tidak dihitung. Pisahkan indikator itu menjadi satu indikator per nilai dan satuan, lalu isi realisasi masing-masing."]]


def test_realisasi_of_another_kind():
    assert realisasi_findings([filled(**{"keluaran.realisasi": "Baik"})], SASARAN_DONE) == [
        ["realisasi-jenis-beda", "galat", BIDANG, "O4", "Realisasi 'Baik' di O4 berupa kata, padahal target '200' berupa angka. Isi realisasi sejenis dengan targetnya."]]
    sasaran = [{**SASARAN_ROW, "satuan": "predikat", "target": "BB", "realisasi": "72"}]
    assert realisasi_findings([filled()], sasaran) == [
        ["realisasi-jenis-beda", "galat", "Sasaran", "H4", "Realisasi '72' di H4 berupa angka, padahal target 'BB' berupa kata. Isi realisasi sejenis dengan targetnya."]]


def test_percentage_for_a_count():
    assert realisasi_findings([filled(**{"keluaran.realisasi": "95%"})], SASARAN_DONE) == [
        ["realisasi-persen-untuk-jumlah", "peringatan", BIDANG, "O4", "Realisasi '95%' di O4 diisi sebagai persen, padahal target '200' bersatuan orang. Isi jumlah orang yang dicapai, bukan persentasenya."]]


def test_looks_like_the_capaian_percentage():
    row = filled(**{"keluaran.satuan": "dokumen", "keluaran.target": "6.500", "keluaran.realisasi": "95"})
    assert realisasi_findings([row], SASARAN_DONE) == [
        ["realisasi-mirip-persen", "peringatan", BIDANG, "O4", "Realisasi 95 di O4 tampak seperti persen capaian, bukan nilai yang dicapai: targetnya 6.500 dokumen, jadi capaiannya hanya 1,46 %. Bila 95 adalah persentase, isi jumlah dokumen yang dicapai."]]


def test_unreadable_range_composite_and_scale():
    rows = [filled(**{"keluaran.realisasi": "6.5", "hasil.realisasi": "70 - 75"})]
    sasaran = [{**SASARAN_ROW, "satuan": "predikat", "target": "Memuaskan", "realisasi": "Baik"},
               {**SASARAN_ROW, "kode": "S1.2", "realisasi": "70 dan Baik"}]
    assert realisasi_findings(rows, sasaran) == [
        ["realisasi-tanpa-skala", "peringatan", "Sasaran", "H4", "Target 'Memuaskan' dan realisasi 'Baik' (sel H4) tidak berada dalam satu skala bawaan (Kurang < Cukup < Baik < Sangat Baik, D < ... < AA, WTP), jadi capaiannya tidak dapat dihitung. Isi kolom Skala Kualitatif di sheet Sasaran dari terburuk ke terbaik, mis. Kurang < Cukup < Baik < Sangat Baik."],
        ["realisasi-gabungan", "galat", "Sasaran", "H5", "Realisasi '70 dan Baik' di H5 berisi lebih dari satu nilai. Isi satu nilai saja, sejenis dengan target '70'."],
        ["realisasi-tidak-terbaca", "galat", BIDANG, "O4", "Realisasi '6.5' di O4 tidak terbaca sebagai angka, persen atau kata. Titik untuk ribuan (6.500), koma untuk desimal (95,5); tulis n/a bila tidak dapat diukur."],
        ["realisasi-rentang", "galat", BIDANG, "P4", "Realisasi '70 - 75' di P4 berupa rentang. Realisasi adalah satu angka yang dicapai; rentang hanya untuk target."],
    ]
    own_scale = [{**SASARAN_ROW, "satuan": "predikat", "target": "Memuaskan", "realisasi": "Baik",
                  "skala": "Kurang < Baik < Memuaskan"}]
    assert realisasi_findings([filled()], own_scale) == []


def test_kumulatif_year_below_a_triwulan():
    sasaran = [{**SASARAN_ROW, "indikator": "Jumlah ASN dilatih", "satuan": "orang", "target": "100", "sifat": "kumulatif",
                "realisasi": "30", "realisasi_tw1": "20", "realisasi_tw2": "40", "realisasi_tw3": "30"}]
    assert realisasi_findings([filled()], sasaran) == [
        ["realisasi-kumulatif-lebih-kecil", "galat", "Sasaran", "H4", "Realisasi setahun 30 di H4 lebih kecil daripada realisasi TW II (40), padahal indikator 'Jumlah ASN dilatih' kumulatif (setahun = jumlah triwulan = 90). Perbaiki angka setahun, atau kosongkan agar dihitung dari triwulan."]]


def test_typed_year_contradicts_the_triwulan():
    sasaran = [{**SASARAN_ROW, "realisasi": "80", "realisasi_tw1": "72", "realisasi_tw2": "75"}]
    assert realisasi_findings([filled()], sasaran) == [
        ["realisasi-tahunan-beda", "galat", "Sasaran", "H4", "Realisasi setahun 80 di H4 tidak cocok dengan triwulan: indikator 'Indeks Profesionalitas ASN' non-kumulatif, jadi setahun = 75 (triwulan terakhir yang diisi). Perbaiki salah satunya, atau kosongkan angka setahun agar dihitung."]]
    counted = [{**SASARAN_ROW, "satuan": "orang", "realisasi": "80", "realisasi_tw1": "40", "realisasi_tw2": "45"}]
    assert realisasi_findings([filled()], counted) == [
        ["realisasi-tahunan-beda", "galat", "Sasaran", "H4", "Realisasi setahun 80 di H4 tidak cocok dengan triwulan: indikator 'Indeks Profesionalitas ASN' kumulatif, jadi setahun = 85 (jumlah triwulan). Perbaiki salah satunya, atau kosongkan angka setahun agar dihitung."]]


def test_unknown_sifat():
    sasaran = [{**SASARAN_ROW, "realisasi": "70", "sifat": "rata-rata"}]
    assert realisasi_findings([filled()], sasaran) == [
        ["realisasi-sifat-tidak-dikenal", "peringatan", "Sasaran", "M4", "Sifat realisasi 'rata-rata' di M4 tidak dikenal; dibaca menurut satuannya (non-kumulatif). Pilih kumulatif atau non-kumulatif."]]


def test_missing_at_year_end():
    assert realisasi_findings([sub(realisasi_anggaran=70_000_000)]) == [KOSONG_SASARAN, KOSONG_KELUARAN, KOSONG_HASIL]


def test_missing_in_a_triwulan_only_for_that_triwulan():
    rows = [sub(**{"keluaran.realisasi_tw1": "50", "keluaran.realisasi_tw2": "60", "hasil.realisasi_tw1": "68"})]
    sasaran = [{**SASARAN_ROW, "realisasi_tw2": "69"}]
    assert realisasi_findings(rows, sasaran) == [
        ["realisasi-kosong", "peringatan", BIDANG, "AA4", "Realisasi TW II indikator 'Meningkatnya nilai Indeks Profesionalitas ASN' (target 70) belum diisi di AA4. Isi realisasinya, atau tulis n/a bila memang tidak dapat diukur."]]


def test_na_says_not_measurable():
    assert realisasi_findings([sub(realisasi_anggaran=70_000_000, **{"keluaran.realisasi": "n/a", "hasil.realisasi": "-"})],
                              [{**SASARAN_ROW, "realisasi": "n/a"}]) == []


def test_missing_for_the_triwulan_of_the_run():
    rows = [sub(**{"keluaran.realisasi_tw1": "50", "keluaran.realisasi_tw2": "60", "keluaran.realisasi_tw3": "70",
                   "hasil.realisasi_tw1": "68", "hasil.realisasi_tw2": "69"})]
    sasaran = [{**SASARAN_ROW, "realisasi_tw1": "68", "realisasi_tw2": "69"}]
    grids = valid_grids(rows, sasaran)
    asked = [f for f in validate_grids(grids, triwulan=2)[1].flatten(KEYS) if f[0].startswith("realisasi-")]
    assert asked == []                                   # TW II is complete
    inferred = [f[3] for f in validate_grids(grids)[1].flatten(KEYS) if f[0] == "realisasi-kosong"]
    assert inferred == ["K4", "AB4"]                      # filled up to TW III: TW III asked for
