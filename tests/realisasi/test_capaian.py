"""The capaian rules, with the published examples of issue 11 and hypothesis properties."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rkt_xl
from rkt_xl.realisasi import CapaianError, Ordinal, capaian, format_persen, ukur
from rkt_xl.realisasi.capaian import parse_value


def shown(target, realisasi, polaritas="positif", skala=None):
    return format_persen(capaian(target, realisasi, polaritas, skala))


# --- the published examples ("done when") ---

def test_range_negative_below_range():
    assert shown("7 - 8 bulan", "6,5", "negatif") == "107,14"
    assert shown("7 – 8 bulan", "6,5", "negatif") == "107,14"


def test_range_negative_above_range():
    assert capaian("7 - 8 bulan", "9", "negatif") == Decimal("87.5")


def test_range_positive_below_range():
    assert capaian("80 - 90", "70") == Decimal("87.5")
    assert capaian("80 - 90 %", "70 %") == Decimal("87.5")


def test_positive_ratio():
    assert shown("95", "93") == "97,89"


def test_missing_realisasi_is_na():
    for missing in ("", None, "n/a", "N/A", "-", "  "):
        assert capaian("95", missing) is None
        assert shown("95", missing) == "n/a"


def test_composite_is_an_error_without_value():
    with pytest.raises(CapaianError) as err:
        capaian("70 dan Baik", "70")
    assert (err.value.reason, err.value.field) == ("komposit", "target")
    assert isinstance(err.value, ValueError)
    assert ukur("70 dan Baik", "70").nilai is None
    assert ukur("70 dan Baik", "70").alasan == "komposit"
    # composite even when realisasi is still empty: the target itself must be split
    assert ukur("6 dan 140.000", "").alasan == "komposit"


# --- further rules ---

def test_public_names():
    assert rkt_xl.capaian is capaian
    assert rkt_xl.serapan(307055630, 398379650).quantize(Decimal("0.01")) == Decimal("77.08")


def test_negative_polarity():
    assert capaian("10", "8", "negatif") == Decimal(120)
    assert capaian("10", "25", "negatif") == Decimal(-50)   # never clamped


def test_range_inside_is_100_and_above_positive_uses_upper():
    assert capaian("80 - 90", "85") == 100
    assert capaian("80 s.d. 90", "99") == Decimal("110")
    assert capaian("7 - 8 bulan", "7,5 bulan", "negatif") == 100


def test_never_capped():
    assert capaian("4", "6") == Decimal(150)


def test_indonesian_numbers_and_units():
    assert capaian("6.500", "6.500 dokumen") == 100          # six thousand five hundred
    assert capaian("26 dokumen", "13") == Decimal(50)
    assert capaian("95,5", "95,5 %") == 100
    assert capaian("95%", "47,5") == Decimal(50)
    with pytest.raises(CapaianError) as err:
        capaian("95", "6.5")                                    # ambiguous by our rules
    assert err.value.reason == "tidak_dikenal"


def test_zero_target_is_undefined():
    assert capaian("0", "5") is None
    assert capaian("0 - 0", "1") is None


def test_qualitative_on_scale():
    value = capaian("Baik", "Sangat Baik", skala="Kurang < Cukup < Baik < Sangat Baik")
    assert isinstance(value, Ordinal) and value == 100 and value.reached
    below = capaian("Baik", "Cukup", skala="Kurang < Cukup < Baik < Sangat Baik")
    assert below.ordinal and not below.reached
    assert (below.rank_realisasi, below.rank_target) == (2, 3)
    assert format_persen(below) == "66,67 (ordinal)"
    assert capaian("BB", "A") == 100                            # SAKIP scale by default
    assert capaian("baik", "BAIK") == 100                       # case does not matter


def test_qualitative_errors():
    with pytest.raises(CapaianError) as err:
        capaian("Baik", "70")
    assert err.value.reason == "jenis_berbeda"
    with pytest.raises(CapaianError) as err:
        capaian("70", "Baik")
    assert err.value.reason == "jenis_berbeda"
    with pytest.raises(CapaianError) as err:
        capaian("Memuaskan", "Baik")
    assert err.value.reason == "skala_tidak_ada"
    with pytest.raises(CapaianError) as err:
        capaian("Baik", "Istimewa", skala="Kurang < Baik")
    assert (err.value.reason, err.value.field) == ("bukan_anggota_skala", "realisasi")


def test_realisasi_as_range_or_composite_is_an_error():
    assert ukur("90", "80 - 90").alasan == "realisasi_rentang"
    assert ukur("70", "70 dan Baik").alasan == "komposit"
    assert ukur("70", "70", "naik").alasan == "polaritas_tidak_sah"


def test_parse_value_keeps_words():
    assert parse_value("Sangat Baik").kind == "kualitatif"
    assert parse_value("7 – 8 bulan").kind == "rentang"
    assert parse_value("26 dokumen").value == 26


# --- properties ---

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**9), places=2)


def id_text(d: Decimal) -> str:
    return format(d, "f").replace(".", ",")


@settings(max_examples=60)
@given(t=amounts, r=st.decimals(min_value=0, max_value=Decimal(10**9), places=2))
def test_positive_and_negative_are_mirror_images(t, r):
    pos = capaian(id_text(t), id_text(r))
    neg = capaian(id_text(t), id_text(r), "negatif")
    assert pos + neg == 200                                     # (R + 2T − R) / T
    assert (pos >= 100) == (r >= t)


@settings(max_examples=60)
@given(low=amounts, width=amounts, r=amounts, pol=st.sampled_from(["positif", "negatif"]))
def test_range_is_100_inside_and_continuous_at_bounds(low, width, r, pol):
    high = low + width
    target = f"{id_text(low)} - {id_text(high)}"
    value = capaian(target, id_text(r), pol)
    if low <= r <= high:
        assert value == 100
    else:
        bound = low if r < low else high
        assert value == capaian(id_text(bound), id_text(r), pol)
    assert capaian(target, id_text(low), pol) == capaian(target, id_text(high), pol) == 100
