"""What every check gets (Context) and how it makes a Finding from the catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from rkt_xl.errors import RktXlError
from rkt_xl.model.entities import Loc, Rkt
from rkt_xl.model.nomenclature import DEFAULT_EDITION, EDITIONS
from rkt_xl.realisasi.indikator import Ukuran, ukuran
from rkt_xl.texts import FINDINGS
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.reader import Grid, find_header


@dataclass
class Context:
    rkt: Rkt
    grids: Mapping[str, Grid]
    file: str = ""
    structure: object = None     # structure.WorkbookStructure for files, None for live workbooks
    versi: str | None = None     # nomenclature edition; default: Profil, else DEFAULT_EDITION
    partial: bool = False        # one of several files: whole-RKT checks run after merging
    triwulan: int | None = None  # the period a realisasi run reports (None: the year, or as filled)
    _headers: dict[str, tuple[int, dict[str, int]] | None] = field(default_factory=dict, repr=False)
    _indicators: list[Ukuran] | None = field(default=None, repr=False)

    def indicators(self) -> list[Ukuran]:
        """Every indicator of the workbook (:func:`rkt_xl.realisasi.indikator.ukuran`), made
        once: the realisasi checks go through them five times."""
        if self._indicators is None:
            self._indicators = list(ukuran(self.rkt))
        return self._indicators

    def header(self, sheet: str) -> tuple[int, dict[str, int]] | None:
        """(header row, {column key: index}) of a bidang or Sasaran sheet, as the reader saw it."""

        if sheet not in self._headers:
            cols = C.SASARAN_COLUMNS if sheet == C.SHEET_SASARAN else C.BIDANG_COLUMNS
            self._headers[sheet] = find_header(self.grids.get(sheet, []), cols)
        return self._headers[sheet]

    @property
    def edition(self) -> str:

        for versi in (self.versi, self.rkt.profil.versi_nomenklatur):
            if versi in EDITIONS:
                return versi
        return DEFAULT_EDITION

    def finding(self, code: str, loc: Loc | None = None, *, sheet: str = "", cell: str = "",
                value: object = None, **params: object) -> Finding:
        return make_finding(code, self.file, loc, sheet=sheet, cell=cell, value=value, **params)


def make_finding(code: str, file: str, loc: Loc | None = None, *, sheet: str = "", cell: str = "",
                 value: object = None, **params: object) -> Finding:
    """A Finding with severity and Indonesian message from the catalogue. ``loc`` supplies
    sheet, cell and raw value unless given explicitly."""
    severity, template, _ = FINDINGS[code]
    if loc is not None:
        sheet, cell = sheet or loc.sheet, cell or loc.cell
        value = loc.raw if value is None else value
    fields = {"sheet": sheet, "cell": cell, "value": value, "file": file, **params}
    return Finding(code, severity, file, sheet, cell, value, template.format(**fields))


def file_problem(exc: RktXlError, file: str, warning: bool = False) -> Finding:
    code = "berkas-kunci-excel" if warning else "berkas-tidak-terbaca"
    return make_finding(code, file, detail=str(exc))


def column_of(key: str, sheet_kind: str = "bidang"):  # type: ignore[no-untyped-def]
    """The Column definition of a model field key."""
    return _columns_by_key()[sheet_kind][key]


@cache
def _columns_by_key() -> dict[str, dict[str, object]]:

    return {"bidang": {c.key: c for c in C.BIDANG_COLUMNS}, "sasaran": {c.key: c for c in C.SASARAN_COLUMNS}}


def iter_cells(rkt: Rkt):  # type: ignore[no-untyped-def]
    """Every value read from a data cell: (Loc, Column-or-ProfilField, owner entity)."""

    profil_fields = {f.key: f for f in C.PROFIL_FIELDS}
    for key, loc in rkt.profil.loc.items():
        yield loc, profil_fields[key], rkt.profil
    for s in rkt.sasaran:
        for key, loc in s.loc.items():
            yield loc, column_of(key, "sasaran"), s
    for b in rkt.bidang:
        for sub in b.sub_kegiatan:
            for key, loc in sub.loc.items():
                if not key.startswith("_"):
                    yield loc, column_of(key), sub
            for level in ("keluaran", "hasil"):
                for ind in getattr(sub, level):
                    for fld, loc in ind.loc.items():
                        yield loc, column_of(f"{level}.{fld}"), sub


def unknown_cells(ctx: Context) -> set[tuple[str, str]]:
    """(sheet, cell) whose value the file does not tell, each already reported by its own
    finding: error values and formulas without a cached value (read as empty), and the
    cells a merge covers (only the top-left cell of a merge holds a value)."""

    out: set[tuple[str, str]] = set()
    sheets = getattr(ctx.structure, "sheets", {}) or {}
    for name, st in sheets.items():
        out.update((name, c) for c in st.errors)
        out.update((name, c) for c in st.formulas_without_value)
        rows = len(ctx.grids.get(name, ()))
        for rng in st.merged:
            first, _, last = rng.partition(":")
            if not last:
                continue
            (r1, c1), (r2, c2) = _rc(first), _rc(last)
            for r in range(r1, min(r2, rows) + 1):
                for c in range(c1, min(c2, c1 + 50) + 1):
                    if (r, c) != (r1, c1):
                        out.add((name, C.a1(r - 1, c)))
    return out


def _rc(address: str) -> tuple[int, int]:
    """'B5' -> (5, 1): 1-based row, 0-based column."""
    row, col = C.cell_position(address)
    return row + 1, col
