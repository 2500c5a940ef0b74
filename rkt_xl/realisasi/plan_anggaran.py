"""Plan the Realisasi Anggaran sheet: pure, rows with formulas and cached values.

Program -> Kegiatan -> Sub Kegiatan, ordered by code, then JUMLAH. A sub kegiatan row points
at its bidang sheet (pagu, realisasi per triwulan); its Jumlah is the typed year figure when
there is one (year report), else the SUM of its triwulan cells in this sheet. Kegiatan,
program and JUMLAH rows SUM the rows below them, column by column, so serapan at every level
is sum of realisasi / sum of pagu (never an average of percentages). Serapan, sisa and
efisiensi anggaran ((pagu − realisasi) / pagu) are formulas on the row. A table of the
programs follows, for the chart of pagu against realisasi.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from rkt_xl.consolidation.plan import code_key, sum_formula
from rkt_xl.model.entities import parent_codes
from rkt_xl.model.nomenclature import DEFAULT_EDITION, EDITIONS, parent_names
from rkt_xl.realisasi.anggaran import efisiensi_anggaran, serapan
from rkt_xl.realisasi.formulas import NA, Nilai
from rkt_xl.realisasi.records import SubAnggaran, realisasi_sub, ref
from rkt_xl.workbook import layout as C

FIRST_ROW = 5       # 0-based row of the first table row (header on row 4)
HEADER_ROW = 4


def columns(triwulan: int | None) -> tuple[str, ...]:
    """Column keys: the triwulan shown are I..N (all four for the year)."""
    tws = tuple(f"tw{n}" for n in range(1, (triwulan or 4) + 1))
    return ("kode", "uraian", "pagu", *tws, "jumlah", "serapan", "sisa", "efisiensi")


@dataclass
class Row:
    kind: str                       # program | kegiatan | sub | jumlah
    kode: str
    uraian: str
    cells: dict[str, Nilai]
    row: int = 0
    key: tuple[str, int] | None = None      # (kode, order) of a sub kegiatan row
    serapan: Decimal | None = None          # exact, for other sheets' cached values


@dataclass
class ProgramSummary:
    kode: str
    nama: str
    row: int                        # its row in the main table
    pagu: int
    realisasi: int


@dataclass
class AnggaranPlan:
    columns: tuple[str, ...]
    rows: list[Row] = field(default_factory=list)
    programs: list[ProgramSummary] = field(default_factory=list)
    triwulan: int | None = None

    @property
    def col(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.columns)}

    def serapan_cells(self, sheet: str) -> dict[tuple[str, int], tuple[str, Decimal | None]]:
        """(kode, order) -> (absolute reference of its serapan cell in ``sheet``, serapan)."""
        col = self.col["serapan"]
        out = {}
        for row in self.rows:
            if row.key is not None:
                out[row.key] = (ref(sheet, row.row, col), row.serapan)
        return out


def _pct(value: Decimal | None) -> object:
    return float(value) if value is not None else NA


def _derived(plan: AnggaranPlan, r: int, pagu: int, jumlah: int) -> dict[str, Nilai]:
    col = plan.col
    p, j, s = (f"{C.col_letter(col[k])}{r + 1}" for k in ("pagu", "jumlah", "sisa"))
    return {
        "serapan": Nilai(f'=IF({p}=0,"{NA}",{j}/{p}*100)', _pct(serapan(jumlah, pagu))),
        "sisa": Nilai(f"={p}-{j}", pagu - jumlah),
        "efisiensi": Nilai(f'=IF({p}=0,"{NA}",{s}/{p}*100)', _pct(efisiensi_anggaran(jumlah, pagu))),
    }


def _sum_row(plan: AnggaranPlan, kind: str, kode: str, uraian: str, r: int, parts: Sequence[int],
             contiguous: bool, values: dict[str, int]) -> Row:
    cells: dict[str, Nilai] = {}
    for key in plan.columns[2:]:
        if key in ("serapan", "sisa", "efisiensi"):
            continue
        letter = C.col_letter(plan.col[key])
        refs = ([f"{letter}{parts[0] + 1}:{letter}{parts[-1] + 1}"] if contiguous and parts
                else [f"{letter}{p + 1}" for p in parts])
        cells[key] = Nilai(sum_formula(refs), values.get(key, 0))
    cells.update(_derived(plan, r, values["pagu"], values["jumlah"]))
    return Row(kind, kode, uraian, cells, r)


def _sub_row(plan: AnggaranPlan, sub: SubAnggaran, r: int) -> tuple[Row, dict[str, int]]:
    n = plan.triwulan or 4
    pagu = sub.pagu or 0
    cells = {"pagu": Nilai(f"={sub.pagu_ref}", pagu)}
    values = {"pagu": pagu}
    for k in range(1, n + 1):
        amount = sub.tw[k - 1] or 0
        cells[f"tw{k}"] = Nilai(f"={sub.tw_ref(k)}", amount)
        values[f"tw{k}"] = amount
    total, refs = realisasi_sub(sub, plan.triwulan)
    total = total or 0
    if refs == (sub.year_ref,):
        cells["jumlah"] = Nilai(f"={sub.year_ref}", total)
    else:
        first, last = C.col_letter(plan.col["tw1"]), C.col_letter(plan.col[f"tw{n}"])
        cells["jumlah"] = Nilai(f"=SUM({first}{r + 1}:{last}{r + 1})", total)
    values["jumlah"] = total
    cells.update(_derived(plan, r, pagu, total))
    return Row("sub", sub.kode, sub.nama, cells, r, (sub.kode, sub.order), serapan(total, pagu)), values


def _prefixed(prefix: str, name: str) -> str:
    name = " ".join(name.split())
    return name if name.casefold().startswith(prefix.casefold() + " ") else f"{prefix} {name}".strip()


def _add(into: dict[str, int], values: dict[str, int]) -> None:
    for k, v in values.items():
        into[k] = into.get(k, 0) + v


def plan_anggaran(subs: Sequence[SubAnggaran], triwulan: int | None = None,
                  versi: str | None = None, labels: dict[str, str] | None = None) -> AnggaranPlan:
    """The rows of the Realisasi Anggaran sheet. ``labels``: "program", "kegiatan",
    "jumlah" prefixes (from the catalogue)."""
    labels = labels or {"program": "Program", "kegiatan": "Kegiatan", "jumlah": "JUMLAH"}
    names = parent_names(versi if versi in EDITIONS else DEFAULT_EDITION)
    plan = AnggaranPlan(columns(triwulan), triwulan=triwulan)
    ordered = sorted(subs, key=lambda s: (code_key(s.kode), s.order))
    groups: dict[str, dict[str, list[SubAnggaran]]] = {}
    for s in ordered:
        prog, keg = parent_codes(s.kode)
        groups.setdefault(prog, {}).setdefault(keg, []).append(s)
    r = FIRST_ROW
    program_rows: list[int] = []
    grand: dict[str, int] = {}
    for prog, kegiatan in groups.items():
        first_sub = next(iter(kegiatan.values()))[0]
        prog_row, r = r, r + 1
        rows_after: list[Row] = []
        keg_rows: list[int] = []
        prog_values: dict[str, int] = {}
        for keg, members in kegiatan.items():
            keg_row, r = r, r + 1
            sub_rows, keg_values = [], {}
            for s in members:
                row, values = _sub_row(plan, s, r)
                sub_rows.append(row)
                _add(keg_values, values)
                r += 1
            nama = names[keg].nama if keg in names else members[0].kegiatan
            rows_after.append(_sum_row(plan, "kegiatan", keg, _prefixed(labels["kegiatan"], nama), keg_row,
                                       [x.row for x in sub_rows], True, keg_values))
            rows_after.extend(sub_rows)
            keg_rows.append(keg_row)
            _add(prog_values, keg_values)
        nama = names[prog].nama if prog in names else first_sub.program
        plan.rows.append(_sum_row(plan, "program", prog, _prefixed(labels["program"], nama), prog_row,
                                  keg_rows, False, prog_values))
        plan.rows.extend(rows_after)
        plan.programs.append(ProgramSummary(prog, nama, prog_row, prog_values["pagu"], prog_values["jumlah"]))
        program_rows.append(prog_row)
        _add(grand, prog_values)
    grand.setdefault("pagu", 0)
    grand.setdefault("jumlah", 0)
    plan.rows.append(_sum_row(plan, "jumlah", "", labels["jumlah"], r, program_rows, False, grand))
    return plan
