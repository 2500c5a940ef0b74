"""Plan the master RKT sheet: pure functions from sub kegiatan to sheet rows, no I/O.

Rows are grouped Tujuan -> Sasaran (one row per indicator) -> Program -> Kegiatan -> Sub
Kegiatan, ordered by kode. A sub kegiatan is placed under the sasaran indicator it names, so a
program (and a kegiatan) appears once under every indicator it serves, as in the reference
RKT; each such row totals only the sub kegiatan below it, so no amount is counted twice.

Every amount is a formula decided here together with the value Python computes for it:

- a sub kegiatan's Masukan amount points at its Pagu cell in its bidang sheet of the same
  workbook (``='Sekretariat'!G5``), so every number is traceable and a later edit flows through;
- a kegiatan row is ``SUM`` over its sub kegiatan lines (text targets are ignored by SUM);
- a program row is ``SUM`` over its kegiatan rows; JUMLAH is ``SUM`` over the program rows.

Below the JUMLAH, a "Rekapitulasi per Program" block gives each program's pagu over the
whole OPD (``SUM`` over that program's rows under every sasaran), as planners find the
program subtotals in printed RKTs. A forced run with errors (``galat``) marks the title
``DRAF — n galat belum diperbaiki``.

Numbering (``2``, ``2.3``, ``2.3.1``) is generated from the sorted codes, never typed, and is
the same for an entity wherever it appears. Program and kegiatan names are the official
nomenclature names when the code is known, otherwise as typed.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from rkt_xl.model.entities import Bidang, CodeParents, Indikator, IndikatorSasaran, Profil
from rkt_xl.model.nomenclature import DEFAULT_EDITION, EDITIONS, parent_names
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.input_sheets import bidang_layout
from rkt_xl.xlsx.template_formats import PAGU_COL

# Columns of the RKT sheet: (key, width); header texts are the catalogue keys "konsolidasi.kol-<key>".
COLUMNS: tuple[tuple[str, float], ...] = (
    ("tujuan", 16), ("sasaran", 19), ("indikator", 19), ("target", 9), ("no", 7), ("kode", 17),
    ("uraian", 40), ("jenis", 10), ("tolok_ukur", 36), ("satuan", 10), ("nilai", 15),
)
COL = {key: i for i, (key, _) in enumerate(COLUMNS)}
N_COLS = len(COLUMNS)
NILAI = COL["nilai"]
SUB_COLS = ("jenis", "tolok_ukur", "satuan", "nilai")   # under "INDIKATOR SUB KEGIATAN"

# Rows of the RKT sheet (0-based): title block (rows 0-3), a blank row, two header rows, the table.
HEADER_ROW = 5
FIRST_ROW = 7

# Excel: at most 255 arguments per function, 8,192 characters per formula.
MAX_ARGS = 255
MAX_FORMULA = 8000


class SubTexts(NamedTuple):
    """The texts of one sub kegiatan shown in the RKT sheet."""

    nama: str
    sumber_dana: str
    keluaran: tuple[tuple[str, str, str], ...]   # (tolok ukur, satuan, target as typed)
    hasil: tuple[tuple[str, str, str], ...]


class SubRecord(NamedTuple):
    """What the RKT sheet needs of one sub kegiatan; compact, so a file's model can be let
    go once its bidang sheets are written. ``texts`` is the :class:`SubTexts` itself, or a
    handle into a store outside memory (see :func:`plan_rkt`)."""

    kode: str
    program: str   # as typed; shown only when the code is not in the nomenclature
    kegiatan: str
    sasaran: str
    pagu: int | None
    sheet: str     # its bidang sheet in the output workbook
    row: int       # 0-based row of its Pagu cell there
    order: int     # arrival order; breaks ties between equal codes
    lines: int     # rows in the RKT sheet: Masukan, then one per Keluaran and Hasil
    texts: SubTexts | int

    kode_program = CodeParents.kode_program
    kode_kegiatan = CodeParents.kode_kegiatan


def _indicators(items: Iterable[Indikator]) -> tuple[tuple[str, str, str], ...]:
    return tuple((i.tolok_ukur, sys.intern(i.satuan), i.target.raw) for i in items)


def sub_records(bidang: Bidang, sheet: str, start: int = 0,
                store: Callable[[SubTexts], int] | None = None) -> list[SubRecord]:
    """Records of a bidang written by :func:`rkt_xl.template.write_bidang_sheet` as ``sheet``.
    Repeated texts (program, kegiatan, satuan, ...) are interned; ``store`` keeps the other
    texts out of memory and returns a handle."""
    intern = sys.intern
    out = []
    for i, (sub, row) in enumerate(zip(bidang.sub_kegiatan, bidang_layout(bidang.sub_kegiatan), strict=True)):
        texts = SubTexts(sub.nama, intern(sub.sumber_dana), _indicators(sub.keluaran), _indicators(sub.hasil))
        out.append(SubRecord(sub.kode, intern(sub.program), intern(sub.kegiatan), intern(sub.sasaran),
                             sub.pagu, sheet, row, start + i, 1 + len(sub.keluaran) + len(sub.hasil),
                             texts if store is None else store(texts)))
    return out


def code_key(kode: str) -> str:
    """Sort key of a dotted code: numeric parts by value ('5.03.10' after '5.03.9'), other
    parts after them. A string, not a tuple: 100,000 keys stay small."""
    return ".".join(p.zfill(8) if p.isdigit() else "~" + p for p in kode.strip().split("."))


def quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def cell_ref(row: int, col: int, sheet: str | None = None) -> str:
    ref = C.a1(row, col)
    return f"{quote_sheet(sheet)}!{ref}" if sheet is not None else ref


def sum_formula(refs: Sequence[str], fallback: str = "") -> str:
    """``=SUM(a,b,...)``, split into ``SUM(...)+SUM(...)`` beyond 255 arguments; ``fallback``
    when even that is too long for Excel, ``=0`` when there is nothing to add."""
    if not refs:
        return "=0"
    parts = [f"SUM({','.join(refs[i:i + MAX_ARGS])})" for i in range(0, len(refs), MAX_ARGS)]
    formula = "=" + "+".join(parts)
    return fallback if fallback and len(formula) > MAX_FORMULA else formula


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _prefixed(prefix: str, name: str) -> str:
    name = name.strip()
    if not name:
        return f"{prefix} {text('konsolidasi.tanpa-nama')}"
    return name if _norm(name).startswith(_norm(prefix) + " ") else f"{prefix} {name}"


class PlanRow(NamedTuple):
    kind: str                 # tujuan | indikator | program | kegiatan | masukan | keluaran | hasil | jumlah
    #                           then jarak (blank) | rekap-judul | rekap-kepala | rekap (one per program)
    cells: tuple[str, ...]    # text per column ("" = empty); the nilai column of Keluaran/Hasil holds the target
    formula: str = ""         # formula of the nilai column
    value: int = 0            # its cached value


@dataclass
class _Kegiatan:
    kode: str
    subs: list[SubRecord]
    row: int = 0
    end: int = 0
    total: int = 0


@dataclass
class _Program:
    kode: str
    kegiatan: list[_Kegiatan]
    row: int = 0
    total: int = 0


@dataclass
class _Indicator:
    kode: str
    indikator: IndikatorSasaran | None     # None: the code is not in the Sasaran sheet
    first_of_tujuan: bool = False
    first_of_sasaran: bool = False
    programs: list[_Program] = field(default_factory=list)


@dataclass(frozen=True)
class ProgramTotal:
    kode: str
    nama: str
    rows: tuple[int, ...]    # 0-based rows of this program's group rows in the RKT sheet
    total: int
    jumlah: int              # sub kegiatan


@dataclass
class RktPlan:
    title: tuple[str, ...]
    indicators: list[_Indicator]
    names: dict[tuple[str, str], str]   # ("program" | "kegiatan", code) -> display name
    numbers: dict[object, str]       # program code, (program, kegiatan) or sub order -> "2.3.1"
    jumlah_row: int = 0
    jumlah: int = 0
    jumlah_formula: str = "=0"
    programs: list[ProgramTotal] = field(default_factory=list)
    n_subs: int = 0
    texts: Callable[[int], SubTexts] | None = None   # resolves SubRecord.texts handles
    galat: int = 0                   # > 0: a forced run with errors, the sheet is a DRAF

    @property
    def draft(self) -> str:
        """'DRAF — n galat belum diperbaiki', or '' for a clean run."""
        return text("panduan.draf", galat=self.galat) if self.galat else ""

    def rows(self) -> Iterator[PlanRow]:
        """The table rows from FIRST_ROW on, in order, up to JUMLAH and the Rekapitulasi per
        Program block below it (generated lazily)."""
        yield from self._table_rows()
        yield from self.recap_rows()

    def recap_rows(self) -> Iterator[PlanRow]:
        """A blank row, the heading, the column titles, one row per program: its pagu is the
        SUM over that program's rows under every sasaran."""
        blank = ("",) * N_COLS
        nilai = C.col_letter(NILAI)
        yield PlanRow("jarak", blank)
        yield PlanRow("rekap-judul", _cells(blank, no=text("panduan.rekap-judul")))
        yield PlanRow("rekap-kepala", _cells(blank, no=text("konsolidasi.kol-no"), kode=text("konsolidasi.kol-kode"),
                                             uraian=text("panduan.rekap-program"), nilai=text("panduan.rekap-pagu")))
        for p in self.programs:
            yield PlanRow("rekap", _cells(blank, no=self.numbers[p.kode], kode=p.kode, uraian=p.nama),
                          sum_formula([f"{nilai}{r + 1}" for r in p.rows]), p.total)

    def _table_rows(self) -> Iterator[PlanRow]:
        blank = ("",) * N_COLS
        nilai = C.col_letter(NILAI)
        for ind in self.indicators:
            if ind.first_of_tujuan and ind.indikator is not None:
                yield PlanRow("tujuan", _cells(blank, tujuan=ind.indikator.tujuan))
            yield PlanRow("indikator", self._indicator_cells(blank, ind))
            for prog in ind.programs:
                refs = [f"{nilai}{k.row + 1}" for k in prog.kegiatan]
                yield PlanRow("program", _cells(blank, no=self.numbers[prog.kode], kode=prog.kode,
                                                uraian=self.names["program", prog.kode]),
                              sum_formula(refs), prog.total)
                for keg in prog.kegiatan:
                    yield PlanRow("kegiatan", _cells(blank, no=self.numbers[(prog.kode, keg.kode)],
                                                     kode=keg.kode, uraian=self.names["kegiatan", keg.kode]),
                                  f"=SUM({nilai}{keg.row + 2}:{nilai}{keg.end + 1})", keg.total)
                    for sub in keg.subs:
                        texts = sub.texts if isinstance(sub.texts, SubTexts) else self.texts(sub.texts)
                        yield from _sub_rows(blank, sub, texts, self.numbers[sub.order])
        yield PlanRow("jumlah", _cells(blank, tujuan=text("konsolidasi.jumlah")), self.jumlah_formula, self.jumlah)

    @staticmethod
    def _indicator_cells(blank: tuple[str, ...], ind: _Indicator) -> tuple[str, ...]:
        s = ind.indikator
        if s is None:
            label = text("konsolidasi.sasaran-tidak-ada", kode=ind.kode) if ind.kode else text("konsolidasi.tanpa-sasaran")
            return _cells(blank, indikator=label)
        return _cells(blank, sasaran=s.sasaran if ind.first_of_sasaran else "",
                      indikator=s.indikator, target=s.target.raw)


def _cells(blank: tuple[str, ...], **values: str) -> tuple[str, ...]:
    cells = list(blank)
    for key, value in values.items():
        cells[COL[key]] = value
    return tuple(cells)


def _sub_rows(blank: tuple[str, ...], sub: SubRecord, texts: SubTexts, number: str) -> Iterator[PlanRow]:
    dana = text("konsolidasi.dana", sumber=texts.sumber_dana).strip()
    yield PlanRow("masukan", _cells(blank, no=number, kode=sub.kode, uraian=texts.nama,
                                    jenis=text("konsolidasi.masukan"), tolok_ukur=dana, satuan=text("konsolidasi.rp")),
                  "=" + cell_ref(sub.row, PAGU_COL, sub.sheet), sub.pagu or 0)
    for kind, items in (("keluaran", texts.keluaran), ("hasil", texts.hasil)):
        for tolok, satuan, target in items:
            yield PlanRow(kind, _cells(blank, jenis=text(f"konsolidasi.{kind}"), tolok_ukur=tolok, satuan=satuan,
                                       nilai=target))


def indicator_order(sasaran: Sequence[IndikatorSasaran]) -> list[tuple[IndikatorSasaran, bool, bool]]:
    """Indicators grouped by Tujuan, then Sasaran (each in order of first appearance), then
    in sheet order: (indicator, first of its tujuan, first of its sasaran)."""
    groups: dict[str, dict[str, list[IndikatorSasaran]]] = {}
    for s in sasaran:
        groups.setdefault(_norm(s.tujuan), {}).setdefault(_norm(s.sasaran), []).append(s)
    out = []
    for by_sasaran in groups.values():
        for i, inds in enumerate(by_sasaran.values()):
            out.extend((ind, i == 0 and k == 0, k == 0) for k, ind in enumerate(inds))
    return out


def plan_rkt(profil: Profil, sasaran: Sequence[IndikatorSasaran], subs: Sequence[SubRecord],
             versi: str | None = None, texts: Callable[[int], SubTexts] | None = None,
             galat: int = 0) -> RktPlan:
    """The RKT sheet for these sub kegiatan (in any order: the result does not depend on it).
    ``texts`` resolves the handles of records made with a ``store`` (:func:`sub_records`).
    ``galat`` > 0 (a forced run with errors) marks the title as a DRAF."""
    versi = next((v for v in (versi, profil.versi_nomenklatur) if v in EDITIONS), DEFAULT_EDITION)
    subs = sorted(subs, key=lambda s: (code_key(s.kode), s.order))
    plan = RktPlan(_title(profil, galat), _group(sasaran, subs), _names(subs, versi), _numbers(subs), texts=texts,
                   galat=galat)
    _layout(plan)
    return plan


def _title(profil: Profil, galat: int = 0) -> tuple[str, ...]:
    tahun = text("konsolidasi.tahun", tahun=profil.tahun if profil.tahun is not None else "").strip()
    judul = text("konsolidasi.judul")
    if galat:
        judul = text("panduan.draf-judul", judul=judul, galat=galat)
    return (judul, profil.opd.upper(), profil.pemda.upper(), tahun)


def _group(sasaran: Sequence[IndikatorSasaran], subs: Sequence[SubRecord]) -> list[_Indicator]:
    """Indicators in display order, each holding its programs -> kegiatan -> sub kegiatan
    (``subs`` already sorted by code). Codes missing from the Sasaran sheet come last."""
    indicators = [_Indicator(s.kode, s, t, f) for s, t, f in indicator_order(sasaran)]
    by_code: dict[str, _Indicator] = {}
    for ind in indicators:
        by_code.setdefault(ind.kode, ind)
    unknown: dict[str, _Indicator] = {}
    for sub in subs:
        ind = by_code.get(sub.sasaran)
        if ind is None:
            ind = unknown.setdefault(sub.sasaran, _Indicator(sub.sasaran, None))
        if not ind.programs or ind.programs[-1].kode != sub.kode_program:
            ind.programs.append(_Program(sub.kode_program, []))
        prog = ind.programs[-1]
        if not prog.kegiatan or prog.kegiatan[-1].kode != sub.kode_kegiatan:
            prog.kegiatan.append(_Kegiatan(sub.kode_kegiatan, []))
        prog.kegiatan[-1].subs.append(sub)
    return indicators + [unknown[k] for k in sorted(unknown, key=lambda k: (not k, code_key(k)))]


def _names(subs: Sequence[SubRecord], versi: str) -> dict[tuple[str, str], str]:
    official = parent_names(versi)
    names: dict[tuple[str, str], str] = {}
    for sub in subs:
        for tingkat, kode, typed in (("program", sub.kode_program, sub.program),
                                     ("kegiatan", sub.kode_kegiatan, sub.kegiatan)):
            key = (tingkat, kode)
            if key in names and not names[key].endswith(text("konsolidasi.tanpa-nama")):
                continue
            entry = official.get(kode)
            name = entry.nama if entry is not None and entry.tingkat == tingkat else typed
            names[key] = _prefixed(text(f"konsolidasi.{tingkat}"), name)
    return names


def _numbers(subs: Sequence[SubRecord]) -> dict[object, str]:
    """``subs`` sorted by code: program 'n', kegiatan 'n.k', sub kegiatan 'n.k.s'."""
    numbers: dict[object, str] = {}
    counters: dict[object, int] = {}
    for sub in subs:
        prog, keg = sub.kode_program, (sub.kode_program, sub.kode_kegiatan)
        if prog not in numbers:
            counters[None] = counters.get(None, 0) + 1
            numbers[prog] = str(counters[None])
        if keg not in numbers:
            counters[prog] = counters.get(prog, 0) + 1
            numbers[keg] = f"{numbers[prog]}.{counters[prog]}"
        counters[keg] = counters.get(keg, 0) + 1
        numbers[sub.order] = f"{numbers[keg]}.{counters[keg]}"
    return numbers


def _layout(plan: RktPlan) -> None:
    """Assign sheet rows and totals; JUMLAH and the per-program totals."""
    r = FIRST_ROW
    per_program: dict[str, list[_Program]] = {}
    for ind in plan.indicators:
        r += 2 if ind.first_of_tujuan and ind.indikator is not None else 1
        for prog in ind.programs:
            prog.row = r
            r += 1
            for keg in prog.kegiatan:
                keg.row = r
                r += 1
                for sub in keg.subs:
                    r += sub.lines
                    keg.total += sub.pagu or 0
                keg.end = r - 1
                prog.total += keg.total
            per_program.setdefault(prog.kode, []).append(prog)
            plan.n_subs += sum(len(k.subs) for k in prog.kegiatan)
    plan.jumlah_row = r
    plan.jumlah = sum(p.total for ind in plan.indicators for p in ind.programs)
    nilai = C.col_letter(NILAI)
    program_rows = [f"{nilai}{p.row + 1}" for ind in plan.indicators for p in ind.programs]
    masukan = text("konsolidasi.masukan").replace('"', '""')
    fallback = (f'=SUMIF({C.col_letter(COL["jenis"])}{FIRST_ROW + 1}:{C.col_letter(COL["jenis"])}{r},'
                f'"{masukan}",{nilai}{FIRST_ROW + 1}:{nilai}{r})')
    plan.jumlah_formula = sum_formula(program_rows, fallback)
    plan.programs = [
        ProgramTotal(kode, plan.names["program", kode], tuple(p.row for p in groups), sum(p.total for p in groups),
                     sum(len(k.subs) for p in groups for k in p.kegiatan))
        for kode, groups in sorted(per_program.items(), key=lambda kv: code_key(kv[0]))
    ]
