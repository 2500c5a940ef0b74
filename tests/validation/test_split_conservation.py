"""Issue 9, item 6 (hypothesis): conservation across files. Any split of the valid 2023
sample over any number of template copies (each bidang filled in exactly one copy, Profil
and Sasaran in one or in several) consolidates to the same RKT sheet, the same JUMLAH and the
same findings (what, where) as the single workbook; a sub kegiatan copied into a second copy is a galat
naming both files and cells, and konsolidasi refuses it. Examples stay few by default;
RKT_FUZZ_EXAMPLES runs more."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.model.entities import Profil, Rkt
from rkt_xl.samples.sample import load_sample
from rkt_xl.xlsx.template import write_workbook
from tests.consolidation.test_konsolidasi import rkt_rows

DEEP = int(os.environ.get("RKT_FUZZ_EXAMPLES", "0"))
SPLITS = settings(max_examples=DEEP or 3, deadline=None, derandomize=not DEEP,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def findings(result) -> set[tuple[str, str, str, str]]:   # type: ignore[no-untyped-def]
    """What is found where (a Sasaran sheet repeated in two copies is judged in each copy:
    the same finding at the same cell, once per file)."""
    return {(f.code, f.sheet, f.cell, f.message) for f in result.report.findings}


@pytest.fixture(scope="module")
def single(tmp_path_factory):
    rkt, specs = load_sample()
    folder = tmp_path_factory.mktemp("satu")
    path = write_workbook(folder / "RKT.xlsx", rkt, specs, archive=False).path
    result = konsolidasi([path], output=folder / "hasil.xlsx")
    assert not result.stopped
    return rkt, specs, result, rkt_rows(result.output)


@st.composite
def splits(draw):
    rkt, _ = load_sample()
    copies = draw(st.integers(1, len(rkt.bidang) + 1))          # one copy may hold no bidang
    owner = [draw(st.integers(0, copies - 1)) for _ in rkt.bidang]
    profil_in = draw(st.lists(st.integers(0, copies - 1), min_size=1, max_size=copies, unique=True))
    return copies, owner, profil_in


def write_split(folder: Path, rkt: Rkt, specs, copies: int, owner: list[int],  # type: ignore[no-untyped-def]
                profil_in: list[int]) -> list[Path]:
    paths = []
    for i in range(copies):
        part = copy.deepcopy(rkt)
        part.bidang = [b if o == i else type(b)(b.sheet, b.nama) for b, o in zip(part.bidang, owner, strict=True)]
        if i not in profil_in:
            part.profil, part.sasaran = Profil(), []
        paths.append(write_workbook(folder / f"salinan_{i}.xlsx", part, specs, archive=False).path)
    return paths


@SPLITS
@given(split=splits())
def test_any_split_consolidates_like_the_single_workbook(single, split, tmp_path_factory):
    rkt, specs, whole, whole_rows = single
    folder = tmp_path_factory.mktemp("pecah")
    paths = write_split(folder, rkt, specs, *split)
    result = konsolidasi(paths, output=folder / "hasil.xlsx")
    assert not result.stopped
    assert rkt_rows(result.output) == whole_rows
    assert result.totals.jumlah == whole.totals.jumlah == 8_120_676_386
    assert findings(result) == findings(whole)


@SPLITS
@given(split=splits(), which=st.integers(0, 34))
def test_a_sub_kegiatan_in_two_copies_is_a_galat_naming_both(single, split, which, tmp_path_factory):
    rkt, specs, _, _ = single
    copies, owner, profil_in = split
    if copies < 2 or len(set(owner)) < 2:
        owner = [i % 2 for i in range(len(owner))]
        copies = max(copies, 2)
    rkt = copy.deepcopy(rkt)
    subs = [(b, s) for b in rkt.bidang for s in b.sub_kegiatan]
    home, sub = subs[which]
    other = next(b for b, o in zip(rkt.bidang, owner, strict=True) if o != owner[rkt.bidang.index(home)])
    other.sub_kegiatan.append(copy.deepcopy(sub))
    folder = tmp_path_factory.mktemp("ganda")
    paths = write_split(folder, rkt, specs, copies, owner, profil_in)
    result = konsolidasi(paths, output=folder / "hasil.xlsx")
    assert result.stopped and result.saved is None
    dup = [f for f in result.report.findings if f.code == "kode-ganda-berkas" and f.value == sub.kode]
    assert len(dup) == 1 and dup[0].severity == "galat"
    files = {str(paths[owner[rkt.bidang.index(home)]]), str(paths[owner[rkt.bidang.index(other)]])}
    named = {str(p) for p in paths if f"'{p}'" in dup[0].message}
    assert named == files and dup[0].file in files and len(files) == 2
