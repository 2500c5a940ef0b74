"""render's shortcut past XlsxWriter's formula expansion (rkt_xl.xlsx.sheet.quick_formulas)
gives exactly what XlsxWriter's own expansion gives, for our formulas and for any formula
made of function names XlsxWriter knows; likewise quick_strings for the escapes of strings."""

from __future__ import annotations

import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st

from rkt_xl.xlsx.sheet import quick_formulas, quick_strings

OURS = [
    "=SUM(K11,K18)",
    '=IF(\'Sasaran\'!$H$7="","n/a",_xlfn.NUMBERVALUE(\'Sasaran\'!$H$7,",",".")*100/95)',
    '=IF(ISNUMBER(G7),IF(G7>=91,"Sangat Tinggi",IF(G7>=76,"Tinggi","Sedang")),"")',
    '=IF(C6=0,"n/a",H6/C6*100)',
    "='Realisasi Anggaran'!$J$8",
    "{=SUM(A1:A3)}",
]
NAMES = ["SUM", "IF", "FILTER", "SORT", "SORTBY", "XLOOKUP", "SINGLE", "LAMBDA", "UNIQUE", "ISNUMBER",
         "MAP", "TAKE", "CONCAT", "NUMBERVALUE", "_xlfn.NUMBERVALUE", "XSINGLE", "MYSORT"]


def _pair(tmp_path):
    wb = xlsxwriter.Workbook(str(tmp_path / "q.xlsx"))
    plain, quick = wb.add_worksheet("a"), wb.add_worksheet("b")
    quick_formulas(quick)
    return wb, plain, quick


def test_our_formulas_are_prepared_as_xlsxwriter_prepares_them(tmp_path):
    wb, plain, quick = _pair(tmp_path)
    assert quick._prepare_formula is not plain._prepare_formula
    for formula in OURS:
        assert quick._prepare_formula(formula) == plain._prepare_formula(formula), formula
    wb.close()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(["(", "(A1)", " (", "", "x("])), min_size=1,
                max_size=5),
       st.sampled_from(["=", "", "{=", "{"]), st.sampled_from(["", "}"]))
def test_any_formula_is_prepared_as_xlsxwriter_prepares_it(tmp_path_factory, parts, start, end):
    wb, plain, quick = _pair(tmp_path_factory.mktemp("q"))
    formula = start + "+".join(name + tail for name, tail in parts) + end
    assert quick._prepare_formula(formula) == plain._prepare_formula(formula)
    assert quick._prepare_formula(formula, True) == plain._prepare_formula(formula, True)
    wb.close()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.characters(), st.sampled_from(["_x0041_", "_x", "\t", "\n", "\x01", "\ufffe",
                                                            "\uffff", "\xad", "\u2028"])), max_size=8).map("".join))
def test_strings_are_escaped_as_xlsxwriter_escapes_them(tmp_path_factory, value):
    """rkt_xl.xlsx.sheet.quick_strings: the shortcut for strings without control characters."""
    wb = xlsxwriter.Workbook(str(tmp_path_factory.mktemp("s") / "s.xlsx"))
    plain, quick = wb.add_worksheet("a"), wb.add_worksheet("b")
    quick_strings(quick)
    assert quick._escape_control_characters is not plain._escape_control_characters
    assert quick._escape_control_characters(value) == plain._escape_control_characters(value)
    wb.close()
