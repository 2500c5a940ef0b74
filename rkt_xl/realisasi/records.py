"""Compact records of what the Pengukuran Kinerja and Realisasi Anggaran sheets need, taken
while the consolidation streams (a bidang is let go once its sheet is written).

Each record carries the cells of its values in the output workbook: a bidang sheet is
written by :func:`rkt_xl.xlsx.template.write_bidang_sheet` (layout
:func:`~rkt_xl.xlsx.template.bidang_layout`), the Sasaran sheet one row per indicator from
``FIRST_DATA_ROW``. For the live workbook (the Konsolidasi button, ``at_loc=True``) they
carry the cells the values were read from instead (``loc``), wherever the user typed them.
Nothing here writes a file.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import lru_cache
from itertools import groupby
from typing import NamedTuple

from xlsxwriter.utility import xl_cell_to_rowcol

from rkt_xl.model.entities import Bidang, IndikatorSasaran, Loc, SubKegiatan
from rkt_xl.realisasi.anggaran import realisasi_anggaran
from rkt_xl.realisasi.capaian import is_missing
from rkt_xl.realisasi.indikator import Realisasi, Ukuran, pilih_realisasi, resolve_sifat
from rkt_xl.spool import Spool
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.input_sheets import bidang_layout

_BIDANG_COL = {c.key: i for i, c in enumerate(C.BIDANG_COLUMNS)}
_SASARAN_COL = {c.key: i for i, c in enumerate(C.SASARAN_COLUMNS)}


@lru_cache(maxsize=4096)   # a few sheet names, named in every reference
def quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def ref(sheet: str, row: int, col: int) -> str:
    """``'Sheet'!$A$5`` for a 0-based (row, col), absolute (formulas are copied by no one)."""
    return f"{quote_sheet(sheet)}!${C.col_letter(col)}${row + 1}"


# The records of a Pemda-wide run number in the hundreds of thousands and live until the
# sheets are written: they keep (sheet, row, column) and make a reference when asked, not
# one string per cell.

def cells_text(sumber: Sequence[Sumber]) -> str:
    """Where a realisasi comes from, as a reader wants it: ``'Bidang 1'!V31:Y31`` for
    adjacent cells of one row (the triwulan summed), ``'Bidang 1'!V31 + X31`` otherwise;
    each sheet named once."""
    parts = []
    for sheet, group in groupby(sumber, key=lambda s: s.sheet):
        cells = list(group)
        first = cells[0]
        adjacent = len(cells) > 2 and all(c.row == first.row and c.col == first.col + i for i, c in enumerate(cells))
        addresses = [f"{C.col_letter(c.col)}{c.row + 1}" for c in cells]
        shown = f"{addresses[0]}:{addresses[-1]}" if adjacent else " + ".join(addresses)
        parts.append(f"{quote_sheet(sheet)}!{shown}")
    return " + ".join(parts)


class Sumber(NamedTuple):
    """A source cell (0-based row and column) and the text it holds."""

    sheet: str
    row: int
    col: int
    raw: str

    @property
    def ref(self) -> str:
        return ref(self.sheet, self.row, self.col)


_TW_COLS = tuple(_BIDANG_COL[f"realisasi_anggaran_tw{n}"] for n in C.TRIWULAN)


class SubAnggaran(NamedTuple):
    kode: str
    program: str
    kegiatan: str
    nama: str
    sheet: str
    pagu: int | None
    row: int                              # 0-based row of the sub kegiatan in its bidang sheet
    tw: tuple[int | None, ...]            # TW I..IV amounts
    year: int | None                      # the typed year figure
    order: int

    @property
    def pagu_ref(self) -> str:
        return ref(self.sheet, self.row, _BIDANG_COL["pagu"])

    def tw_ref(self, n: int) -> str:
        """The cell of triwulan ``n`` (1..4); its amount is ``tw[n - 1]``."""
        return ref(self.sheet, self.row, _TW_COLS[n - 1])

    @property
    def year_ref(self) -> str:
        return ref(self.sheet, self.row, _BIDANG_COL["realisasi_anggaran"])


class IndikatorRecord(NamedTuple):
    level: str            # sasaran | keluaran | hasil
    kode: str             # indikator sasaran code, or the sub kegiatan code
    sub_nama: str         # sub kegiatan name ("" for sasaran)
    sasaran: str          # the Sasaran text (sasaran level), or the sub kegiatan's sasaran code
    indikator: str
    satuan: str
    target: str
    polaritas: str
    skala: str
    realisasi: str        # the text measured (see indikator.pilih_realisasi)
    cara: str
    sumber: tuple[Sumber, ...]   # the cells it comes from; for "kosong" the year cell
    n1: str = ""
    renstra: str = ""
    order: int = 0


def _sources(sheet: str, row: int, cols: dict[str, int], fields: Sequence[str],
             values: dict[str, str], loc: dict[str, Loc] | None = None) -> tuple[Sumber, ...]:
    return tuple(_source(loc, f, sheet, row, cols[f], values.get(f, "")) for f in fields)


def _source(loc: dict[str, Loc] | None, field: str, sheet: str, row: int, col: int, raw: str) -> Sumber:
    """``field``'s cell: where it was read (``loc``, the live workbook) when known, else its
    cell in the output layout (``row``, ``col``)."""
    where = loc.get(field) if loc else None
    if where is None:
        return Sumber(sheet, row, col, raw)
    r, c = xl_cell_to_rowcol(where.cell)
    return Sumber(where.sheet, r, c, raw)


ANGGARAN_FIELDS = ("pagu", "realisasi_anggaran", *(f"realisasi_anggaran_tw{n}" for n in C.TRIWULAN))


def read_row(sub: SubKegiatan, default: int) -> int:
    """The 0-based row a sub kegiatan was read from (its ``loc``), else ``default``."""
    where = sub.loc.get("_row")
    return int(where.raw) - 1 if where is not None and isinstance(where.raw, int) else default


def at_template_columns(sub: SubKegiatan) -> bool:
    """True when the pagu and realisasi anggaran cells of ``sub`` were read from the
    template's columns (a :class:`SubAnggaran` keeps the row only)."""
    return all(xl_cell_to_rowcol(loc.cell)[1] == _BIDANG_COL[f]
               for f in ANGGARAN_FIELDS if (loc := sub.loc.get(f)) is not None)


def _measured(u: Ukuran, triwulan: int | None) -> Realisasi:
    chosen = pilih_realisasi(u, triwulan)
    if chosen.fields:
        return chosen
    field = "realisasi" if triwulan is None else f"realisasi_tw{triwulan}"
    return Realisasi("", (field,), chosen.cara)


def bidang_records(bidang: Bidang, sheet: str, triwulan: int | None = None, start: int = 0,
                   at_loc: bool = False) -> tuple[list[SubAnggaran], list[IndikatorRecord]]:
    """Anggaran and indicator records of a bidang written as ``sheet`` (``at_loc``: as read,
    in the live workbook; see :func:`at_template_columns`)."""
    intern = sys.intern
    subs: list[SubAnggaran] = []
    inds: list[IndikatorRecord] = []
    for i, (sub, row) in enumerate(zip(bidang.sub_kegiatan, bidang_layout(bidang.sub_kegiatan), strict=True)):
        if at_loc:
            row = read_row(sub, row)
        subs.append(SubAnggaran(sub.kode, intern(sub.program), intern(sub.kegiatan), sub.nama, sheet, sub.pagu,
                                row, sub.realisasi_anggaran_triwulan, sub.realisasi_anggaran, start + i))
        for level in ("keluaran", "hasil"):
            for k, ind in enumerate(getattr(sub, level)):
                u = Ukuran(level, ind.tolok_ukur, ind.satuan, ind.target, ind.realisasi, ind.realisasi_triwulan,
                           resolve_sifat("", ind.satuan, ind.target), "", "positif", "", {}, sheet)
                chosen = _measured(u, triwulan)
                cols = {f: _BIDANG_COL[f"{level}.{f}"] for f in chosen.fields}
                values = {f: u.value(f).raw for f in chosen.fields}
                inds.append(IndikatorRecord(level, sub.kode, sub.nama, intern(sub.sasaran), ind.tolok_ukur,
                                            intern(ind.satuan), ind.target.raw, "positif", "", chosen.text,
                                            chosen.cara, _sources(sheet, row + k, cols, chosen.fields, values,
                                                                  ind.loc if at_loc else None),
                                            order=start + i))
    return subs, inds


def sasaran_records(sasaran: Sequence[IndikatorSasaran], triwulan: int | None = None,
                    sheet: str = C.SHEET_SASARAN, at_loc: bool = False) -> list[IndikatorRecord]:
    """Records of the indikator sasaran as the output's Sasaran sheet holds them (``at_loc``:
    as read, in the live workbook)."""
    out = []
    for i, s in enumerate(sasaran):
        u = Ukuran("sasaran", s.indikator, s.satuan, s.target, s.realisasi, s.realisasi_triwulan,
                   resolve_sifat(s.sifat, s.satuan, s.target), s.sifat, s.polaritas or "positif", s.skala,
                   {}, sheet)
        chosen = _measured(u, triwulan)
        values = {f: u.value(f).raw for f in chosen.fields}
        row = C.FIRST_DATA_ROW + i
        out.append(IndikatorRecord("sasaran", s.kode, "", s.sasaran, s.indikator, s.satuan, s.target.raw,
                                   u.polaritas, s.skala, chosen.text, chosen.cara,
                                   _sources(sheet, row, _SASARAN_COL, chosen.fields, values,
                                            s.loc if at_loc else None),
                                   s.realisasi_n1.raw, s.target_renstra.raw, i))
    return out


def realisasi_sub(sub: SubAnggaran, triwulan: int | None = None) -> tuple[int | None, tuple[str, ...]]:
    """(realisasi anggaran of the period, source references) of one sub kegiatan record."""
    value, fields = realisasi_anggaran(sub.year, sub.tw, triwulan)
    refs = tuple(sub.year_ref if f == "realisasi_anggaran" else sub.tw_ref(int(f[-1])) for f in fields)
    return value, refs


class Collector:
    """Records gathered bidang by bidang during a consolidation (see xlsx/consolidated.py).
    They wait in a temporary file (:mod:`rkt_xl.spool`), one batch per bidang: a Pemda-wide
    plan without realisasi never reads them back, and they would be the largest thing the
    run holds (two indicator records per sub kegiatan)."""

    def __init__(self, triwulan: int | None = None, at_loc: bool = False) -> None:
        self.triwulan = triwulan
        self.at_loc = at_loc      # the live workbook: records point where the values were read
        self._batches = Spool()
        self._count = 0
        self.any_realisasi = False

    def add(self, bidang: Bidang, sheet: str) -> None:
        subs, inds = bidang_records(bidang, sheet, self.triwulan, start=self._count, at_loc=self.at_loc)
        self._count += len(subs)
        self._batches.put((subs, inds))
        if not self.any_realisasi:
            self.any_realisasi = (any(s.year is not None or any(v is not None for v in s.tw) for s in subs)
                                  or any(r.realisasi for r in inds))

    def records(self) -> tuple[list[SubAnggaran], list[IndikatorRecord]]:
        """Every sub kegiatan record and every Keluaran and Hasil indicator record, in
        arrival order (read back from the file)."""
        subs: list[SubAnggaran] = []
        inds: list[IndikatorRecord] = []
        for batch_subs, batch_inds in self._batches:
            subs.extend(batch_subs)
            inds.extend(batch_inds)
        return subs, inds

    def present(self, sasaran: Sequence[IndikatorSasaran]) -> bool:
        """True when anything was realised: the realisasi sheets are written only then."""
        return self.any_realisasi or any(
            not is_missing(s.realisasi.raw) or any(not is_missing(t.raw) for t in s.realisasi_triwulan)
            for s in sasaran)

    def close(self) -> None:
        self._batches.close()
