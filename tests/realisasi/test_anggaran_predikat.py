from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rkt_xl.errors import ConfigError
from rkt_xl.realisasi import efisiensi_anggaran, efisiensi_kinerja, predikat, serapan, sisa, skala
from rkt_xl.realisasi.anggaran import serapan_total
from rkt_xl.realisasi.display import format_persen
from rkt_xl.realisasi.predikat import load_scales


def test_serapan_and_sisa():
    # a printed LKjIP says 80,5 %; the figures give 77,08 %
    assert format_persen(serapan(307055630, 398379650)) == "77,08"
    assert sisa(307055630, 398379650) == 91324020
    assert serapan(0, 0) is None and serapan(None, 10) is None and serapan(5, None) is None
    assert serapan(120, 100) == 120                             # above pagu is shown, not capped


def test_efisiensi_both_forms():
    assert efisiensi_anggaran(75, 100) == 25
    assert efisiensi_kinerja(Decimal(100), Decimal(90)) == "efisien"
    assert efisiensi_kinerja(Decimal(100), Decimal(95)) == "cukup_efisien"
    assert efisiensi_kinerja(Decimal(80), Decimal(95)) == "tidak_efisien"
    assert efisiensi_kinerja(None, Decimal(95)) is None
    assert efisiensi_kinerja(Decimal(100), Decimal(90), margin=Decimal(10)) == "cukup_efisien"


@settings(max_examples=50)
@given(st.lists(st.tuples(st.integers(0, 10**10), st.integers(1, 10**10)), min_size=1, max_size=30))
def test_serapan_total_is_sum_over_sum(rows):
    assert serapan_total(rows) == serapan(sum(r for r, _ in rows), sum(p for _, p in rows))


@pytest.mark.parametrize("value, label", [
    (Decimal("91"), "Sangat Tinggi"), (Decimal("150"), "Sangat Tinggi"),
    (Decimal("90.5"), "Tinggi"), (Decimal("76"), "Tinggi"), (Decimal("75.99"), "Sedang"),
    (Decimal("66"), "Sedang"), (Decimal("65.5"), "Rendah"), (Decimal("51"), "Rendah"),
    (Decimal("50.5"), "Sangat Rendah"), (Decimal("-3"), "Sangat Rendah"),
])
def test_permendagri_default(value, label):
    assert predikat(value) == label


def test_lkjip_and_sakip_scales():
    assert predikat(Decimal("90.5"), "lkjip") == "Baik"
    assert predikat(Decimal("100"), "lkjip") == "Sangat Baik"
    assert [predikat(Decimal(v), "permenpanrb_88_2021") for v in (91, 90, 80.5, 70, 61, 50, 31, 30, 0)] == \
        ["AA", "A", "A", "B", "B", "C", "C", "D", "D"]
    assert predikat(None) == ""
    band = skala().band(Decimal(95))
    assert band.warna.startswith("#") and band.label == "Sangat Tinggi"


def test_office_scale_file(tmp_path: Path):
    own = tmp_path / "skala.toml"
    own.write_text('default = "x"\n[skala.x]\nnama = "X"\n[[skala.x.pita]]\nmin = 50\nlabel = "Tercapai"\n'
                   'warna = "#00FF00"\n[[skala.x.pita]]\nlabel = "Belum"\nwarna = "#FF0000"\n', encoding="utf-8")
    scales, default = load_scales(own)
    assert scales[default].label(Decimal(50)) == "Tercapai"
    bad = tmp_path / "buruk.toml"
    bad.write_text('[skala.x]\n[[skala.x.pita]]\nlabel = "A"\nwarna = "#000"\nmin = 5\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_scales(bad)
    assert str(err.value) == (f"Skala predikat '{bad}' tidak dapat dibaca: pita skala 'x' harus urut dari "
                              "batas bawah terbesar, dan hanya pita terakhir tanpa batas bawah.")
