"""Issue 9, item 3: scanning is linear in the size of the XML however it is crafted. The
adversarial shapes (long runs of ``<row``, ``hidden="1"``, ``<f``, ``<c`` inside comments,
CDATA and attributes; unclosed tags and quotes) are fed at 1x and 8x; the time may grow
about 8-fold, never quadratically (64-fold). Times are compared with each other, never with
a wall clock; each is the best of two runs."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from rkt_xl.workbook.structure import SheetStructure, scan_piece
from rkt_xl.workbook.xmlscan import CellArea, Malformed, sheet_parts, tag_attrs

N = 4_000           # repetitions (the regular expressions used before take minutes at 1x here)
GROWTH_MAX = 24     # 8x the input may cost at most this many times: quadratic is 64, and the
                    # expressions used before were cubic (512); a linear scan measures 6-12x
BASE = 3e-3         # the 1x input is made large enough to take at least 3 ms

SHAPES: dict[str, bytes] = {
    "row-open": b"<row ",
    "row-hidden-unclosed": b'<row hidden="1" ',
    "row-hidden-attr-run": b' hidden="1"',
    "formula-runs": b"<f",
    "cell-open": b"<c ",
    "cell-in-comment": b'<!-- <c r="A1"><f>SUM(A1)</f> -->',
    "cell-prefixed": b"<c:x>",
    "error-cells-unclosed": b'<c t="e"><v>#REF!',
    "cdata": b"<![CDATA[<c r='A1'><f>",
    "quote-unclosed": b'<c r="A1',
    "dimension-unclosed": b'<dimension ref="',
    "merge": b'<mergeCell ref="A1:B',
}


def _scan(piece: bytes) -> None:
    scan_piece(piece, SheetStructure("S"))
    for method in ("fast", "walk"):
        try:
            getattr(CellArea(), method)(piece)
        except Malformed:
            pass


def _best(fn: Callable[[bytes], None], data: bytes) -> float:
    """Best of two, the cyclic collector paused (its passes grow with the heap, not the scan)."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(2):
            start = time.perf_counter()
            fn(data)
            best = min(best, time.perf_counter() - start)
    finally:
        gc.enable()
    return best


def _growth(fn: Callable[[bytes], None], make: Callable[[int], bytes]) -> float:
    """t(8x) / t(1x), where 1x is the smallest size (from 1,000 repetitions, doubling) that
    takes at least BASE: below that the clock, the cache and the allocator are the noise."""
    n = 1_000
    while True:
        t1 = _best(fn, make(n))
        if t1 >= BASE or n >= 64 * N:
            break
        n *= 2
    large = make(8 * n)
    fn(large)    # warm-up: the allocator's arenas and the caches, not the scan, grow here
    return _best(fn, large) / max(t1, BASE)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_worksheet_scan_grows_linearly(shape: str) -> None:
    fragment = SHAPES[shape]
    def make(n):
        return (b"<sheetData>" + fragment * n + b"</sheetData>")
    assert _growth(_scan, make) < GROWTH_MAX


@pytest.mark.parametrize("make", [
    lambda n: b"<sheets>" + b"<sheet " * n,
    lambda n: b'<sheets><sheet name="' + b"a" * (10 * n) + b'"/>',
    lambda n: b"<sheets><sheet " + b"a" * (10 * n),
    lambda n: b"<sheet " + b'name="x" ' * n,
], ids=["sheet-open", "long-name", "attr-run-unclosed", "many-attrs"])
def test_workbook_xml_scan_grows_linearly(make: Callable[[int], bytes]) -> None:
    assert _growth(lambda data: sheet_parts(data, data.replace(b"sheet", b"Relationship")), make) < GROWTH_MAX


def test_attribute_reader_grows_linearly() -> None:
    assert _growth(tag_attrs, lambda n: b"a" * (10 * n)) < GROWTH_MAX
    assert _growth(tag_attrs, lambda n: b'a="1" ' * n) < GROWTH_MAX
