"""Fuzz targets of issue 9 (hypothesis; a small fixed sample by default, RKT_FUZZ_EXAMPLES
runs deeper at random, as tests/test_fuzz.py):

- the whole folder path: two good copies and one randomly damaged file in one folder;
  konsolidasi never raises, names the damaged file in one line when it cannot be read, and
  with --paksa still writes the good copies' sub kegiatan;
- sheet names: any name for a bidang sheet either is a finding or is written: "validasi
  passes" implies "konsolidasi writes", and konsolidasi --paksa never fails on a name.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.validation.judge import judge
from tests import grids_factory as G
from tests import hostile as H
from tests.workbook.test_fuzz import RAW, apply, ops, watchdog

DEEP = int(os.environ.get("RKT_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=DEEP or 12, deadline=timedelta(seconds=20), derandomize=not DEEP,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("fuzz-folder")
    masuk = base / "masuk"
    masuk.mkdir()
    a = H.good(masuk / "a.xlsx", bidang="Sekretariat")
    b = H.good(masuk / "b.xlsx", subs=[G.sub(kode="5.03.02.2.02.0002", pagu=1000)], bidang="Mutasi")
    return {"base": base, "masuk": masuk, "a": a, "b": b, "seed": a.read_bytes()}


@FUZZ
@given(edits=ops(RAW, 6))
def test_folder_with_one_damaged_file(folder, edits):
    bad = folder["masuk"] / "c_rusak.xlsx"
    bad.write_bytes(apply(folder["seed"], edits))
    with watchdog(30):
        result = konsolidasi([folder["masuk"]], output=folder["base"] / "hasil.xlsx", paksa=True)
    for f in result.report.unreadable:
        assert f.file == str(bad) and f.message and "\n" not in f.message
    assert str(folder["a"]) in result.report.files and str(folder["b"]) in result.report.files
    assert result.saved is not None
    assert result.totals.jumlah >= G.SUB_ROW["pagu"] + 1000 or not result.report.valid


NAME = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn")), min_size=1, max_size=40),
    st.sampled_from(["RKT", "rkt", "Ringkasan", "VALIDASI", "Profil", "sasaran", "Petunjuk",
                     "Referensi", "Pengukuran Kinerja", "realisasi anggaran", "'Bid", "Bid'",
                     "Bid's", "[Bid]", "Bid: A", "A/B", "A\\B", "A*", "A?", "x" * 31, "x" * 32,
                     " Bid ", "Bid Mutasi", "BID MUTASI", "Sekretariat", "History", "&amp;"]),
).filter(lambda s: s.strip() != "")


@FUZZ
@given(name=NAME)
def test_any_bidang_sheet_name_is_a_finding_or_is_written(tmp_path_factory, name):
    base = tmp_path_factory.mktemp("nama")
    src = H.good(base / "baik.xlsx")
    bad = H.rename_sheet(src, base / "nama.xlsx", G.BIDANG, name)
    with watchdog(30):
        judged = judge([bad])
        result = konsolidasi([bad], output=base / "hasil.xlsx", paksa=True)
    assert result.saved is not None                  # --paksa never fails on a name
    if judged.report.valid:
        plain = konsolidasi([bad], output=base / "hasil2.xlsx")
        assert not plain.stopped and plain.saved is not None
        assert plain.totals.jumlah == G.SUB_ROW["pagu"]
