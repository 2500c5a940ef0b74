from decimal import Decimal

import pytest

from rkt_xl.model.numbers import format_id, number_to_text, parse_number, parse_rupiah
from rkt_xl.model.target import Target


@pytest.mark.parametrize("text, value, rule", [
    ("1.699.983.250", Decimal("1699983250"), "ribuan"),
    ("6.500", Decimal("6500"), "ribuan"),
    ("140.000", Decimal("140000"), "ribuan"),
    ("95,5", Decimal("95.5"), "desimal_koma"),
    ("1.234,56", Decimal("1234.56"), "ribuan_desimal"),
    ("6500", Decimal("6500"), "bulat"),
    ("Rp 171.368.000", Decimal("171368000"), "ribuan"),
    ("Rp. 1.000", Decimal("1000"), "ribuan"),
    ("\u00a01.000\u00a0", Decimal("1000"), "ribuan"),
    ("-12", Decimal("-12"), "bulat"),
])
def test_parse_number_rules(text, value, rule):
    assert parse_number(text) == (value, rule)


@pytest.mark.parametrize("text", ["6.5", "95.50", "1,699,983,250", "1.2.3", "abc", "", "12a", "1.0000"])
def test_parse_number_refuses_ambiguous(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("value, expected", [
    (1699983250, 1699983250), (1699983250.0, 1699983250), ("1.699.983.250", 1699983250),
    (1.5, None), ("1.234,56", None), ("6.5", None), (True, None), (None, None), ("", None),
])
def test_parse_rupiah(value, expected):
    assert parse_rupiah(value) == expected


def test_format_id():
    assert format_id(8120676386) == "8.120.676.386"
    assert format_id(95.5) == "95,5"
    assert format_id(-1234) == "-1.234"
    assert format_id(Decimal("12.345"), 2) == "12,35"
    assert number_to_text(6500.0) == "6500"
    assert number_to_text(95.5) == "95,5"


@pytest.mark.parametrize("raw, kind, value", [
    ("", "kosong", None), ("  ", "kosong", None),
    ("6.500", "angka", Decimal("6500")), ("95,5", "angka", Decimal("95.5")),
    ("95%", "persen", Decimal("95")), ("95 %", "persen", Decimal("95")),
    ("Baik", "kualitatif", None), ("Sangat Baik", "kualitatif", None), ("WTP", "kualitatif", None),
    ("6.5", "tidak_dikenal", None), ("=1+1", "tidak_dikenal", None),
])
def test_target_single(raw, kind, value):
    t = Target.parse(raw)
    assert (t.raw, t.kind, t.value) == (raw, kind, value)


def test_target_composite_and_range():
    t = Target.parse("70 dan Baik")
    assert t.kind == "komposit"
    assert [(p.raw, p.kind, p.value) for p in t.parts] == [("70", "angka", Decimal("70")), ("Baik", "kualitatif", None)]
    t = Target.parse("6 dan 140.000")
    assert [p.value for p in t.parts] == [Decimal("6"), Decimal("140000")]
    t = Target.parse("68 dan Kurang")
    assert t.kind == "komposit" and t.parts[1].raw == "Kurang"
    for raw in ("80 - 90", "80-90", "80 s.d. 90", "80 s/d 90", "80–90"):
        r = Target.parse(raw)
        assert (r.kind, r.low, r.high) == ("rentang", Decimal("80"), Decimal("90")), raw
    assert Target.parse("6 dan 140.000").raw == "6 dan 140.000"
