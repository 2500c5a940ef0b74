"""A bidang sheet with no sub kegiatan gets a warning (in a single workbook; across several
copies only when the sheet is empty in every copy, since each bidang fills only its own)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from rkt_xl.validation.context import Context, make_finding
from rkt_xl.validation.findings import Finding


def check(ctx: Context) -> Iterator[Finding]:
    if ctx.partial or not ctx.rkt.all_sub_kegiatan():
        return   # copies: judged across files; an empty workbook: one 'belum-ada-isian' instead
    for b in ctx.rkt.bidang:
        if not b.sub_kegiatan:
            yield ctx.finding("sheet-bidang-kosong", sheet=b.sheet)


def across_files(filled: Mapping[str, tuple[int, str]]) -> Iterator[Finding]:
    """``filled``: bidang sheet -> (sub kegiatan over all files, first file that has the sheet)."""
    if not any(n for n, _ in filled.values()):
        return
    for sheet, (n, file) in filled.items():
        if not n:
            yield make_finding("sheet-bidang-kosong", file, sheet=sheet)
