"""Reading and checking in a helper process (rkt_xl.validation.readers): the same judgement
as in one process, in the same order, and a helper that breaks costs the user nothing."""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

from rkt_xl.errors import FileError
from rkt_xl.model.numbers import format_id
from rkt_xl.validation import readers
from rkt_xl.validation.judge import judge
from tests.consolidation.test_konsolidasi import split_sample


def _seen(judged):  # type: ignore[no-untyped-def]
    r = judged.report
    return ([(f.code, f.severity, f.file, f.sheet, f.cell, f.message) for f in r.findings],
            [(f.code, f.file, f.message) for f in r.unreadable], judged.files, judged.n_subs)


def test_helper_process_judges_exactly_like_one_process(tmp_path):
    copies = split_sample(tmp_path / "masuk")
    broken = tmp_path / "masuk" / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)        # unreadable: reported, the rest judged
    inputs = [*copies[:2], broken, *copies[2:]]
    calls: list[tuple[str, int, int]] = []
    alone = judge(inputs, workers=0)
    helped = judge(inputs, workers=1, on_file=lambda name, n, total: calls.append((Path(name).name, n, total)))
    assert _seen(helped) == _seen(alone)
    assert helped.merged().profil == alone.merged().profil
    assert helped.n_subs == 35 and len(helped.report.unreadable) == 1
    assert [n for _, n, _ in calls] == [1, 2, 3, 4, 5] and {t for *_, t in calls} == {5}


def _double(x: int) -> int:
    return 2 * x


def _dies_in_helper(x: int) -> int:
    if multiprocessing.parent_process() is not None:   # in the helper: it dies at once
        os._exit(1)
    return 2 * x


def _prepare(x: int) -> tuple[int | None, tuple[int, ...]]:
    return (-x, ()) if x % 3 == 0 else (None, (x,))    # every third is finished here


def test_results_come_in_input_order_with_ready_ones_between():
    got = list(readers.in_order(list(range(1, 8)), _prepare, _double, pool=True))
    assert got == [(1, 2), (2, 4), (3, -3), (4, 8), (5, 10), (6, -6), (7, 14)]
    assert got == list(readers.in_order(list(range(1, 8)), _prepare, _double, pool=False))


def test_a_helper_that_dies_leaves_the_work_to_this_process():
    got = list(readers.in_order([1, 2, 3, 4], _prepare, _dies_in_helper, pool=True))
    assert got == [(1, 2), (2, 4), (3, -3), (4, 8)]


def test_the_helper_only_for_many_large_files(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "_main_importable", lambda: True)
    small = []
    for i in range(5):
        p = tmp_path / f"k{i}.xlsx"
        p.write_bytes(b"x" * 1000)
        small.append(p)
    assert not readers.pool_worth_it(small)
    big = tmp_path / "besar.xlsx"
    big.write_bytes(b"x" * readers.POOL_MIN_BYTES)
    assert readers.pool_worth_it([*small[:3], big]) == ((os.cpu_count() or 1) >= 2)
    assert not readers.pool_worth_it([big, big, big])          # too few files
    assert not readers.pool_worth_it([*small, tmp_path / "hilang.xlsx"])


def test_per_run_limits_hold_with_the_helper_as_without(tmp_path, monkeypatch):
    from rkt_xl.workbook import limits

    copies = split_sample(tmp_path / "masuk")
    alone = judge(copies, workers=0)
    used = limits.Budget()
    for c in copies[:2]:
        from rkt_xl.workbook.sniff import sniff
        sniff(c, used)
    monkeypatch.setattr(limits, "MAX_RUN_CELLS", used.cells + 1)   # the third copy passes it
    limited = [judge(copies, workers=w) for w in (0, 1)]
    assert _seen(limited[1]) == _seen(limited[0]) != _seen(alone)
    refused = limited[1].report.unreadable
    assert [Path(f.file).name for f in refused] == [c.name for c in copies[2:]]
    for f, c in zip(refused, copies[2:], strict=True):   # the same words with and without the helper
        assert str(FileError("andal.batas-proses-sel", path=c, limit=format_id(used.cells + 1))) in f.message


def test_no_helper_when_the_main_program_cannot_be_imported_again(monkeypatch):
    import types

    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))   # read from a pipe
    assert not readers._main_importable()
    script = types.ModuleType("__main__")
    script.__file__ = __file__
    monkeypatch.setitem(sys.modules, "__main__", script)
    assert readers._main_importable()
