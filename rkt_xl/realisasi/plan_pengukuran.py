"""Plan the Pengukuran Kinerja sheet: pure, rows with formulas and cached values.

Part A, per indikator sasaran (Sasaran sheet order): indicator, satuan, target, realisasi,
capaian %, predikat, realisasi N−1, target akhir Renstra. Part B, per Program -> Kegiatan ->
Sub Kegiatan (by code): every Keluaran and Hasil indicator with its capaian and predikat,
beside the serapan anggaran of its sub kegiatan and the efisiensi of the two (capaian
kinerja % against serapan %, see :func:`rkt_xl.realisasi.anggaran.efisiensi_kinerja`).
Capaian cells are formulas over the realisasi cells of the Sasaran and bidang sheets where
a plain formula can express the rule (:mod:`rkt_xl.realisasi.formulas`); predikat is a
formula over the capaian cell; both carry the value the library computes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from rkt_xl.consolidation.plan import code_key
from rkt_xl.model.entities import parent_codes
from rkt_xl.model.nomenclature import DEFAULT_EDITION, EDITIONS, parent_names
from rkt_xl.realisasi.anggaran import DEFAULT_MARGIN, efisiensi_kinerja
from rkt_xl.realisasi.formulas import (
    NA,
    Nilai,
    capaian_cell,
    literal,
    predikat_cell,
    realisasi_cell,
)
from rkt_xl.realisasi.predikat import Skala
from rkt_xl.realisasi.records import IndikatorRecord, SubAnggaran, cells_text
from rkt_xl.workbook import layout as C

COLUMNS: tuple[tuple[str, float], ...] = (
    ("no", 15), ("uraian", 28), ("indikator", 34), ("satuan", 9), ("target", 10), ("realisasi", 9),
    ("capaian", 9), ("predikat", 12), ("n1", 9), ("renstra", 9), ("serapan", 9), ("efisiensi", 11),
    ("sumber", 24),
)
COL = {k: i for i, (k, _) in enumerate(COLUMNS)}
HEADER_ROW = 4
FIRST_ROW = 5


@dataclass
class Row:
    kind: str                      # bagian | sasaran | program | kegiatan | sub | indikator
    cells: dict[str, object]       # column key -> text or Nilai
    row: int = 0
    record: IndikatorRecord | None = None


@dataclass
class PengukuranPlan:
    rows: list[Row] = field(default_factory=list)
    sasaran_rows: tuple[int, int] = (0, -1)    # first and last 0-based row of part A indicators
    data_rows: tuple[int, int] = (0, -1)       # rows carrying a capaian cell
    triwulan: int | None = None


def _ref(key: str, r: int) -> str:
    return f"{C.col_letter(COL[key])}{r + 1}"


def _measure(rec: IndikatorRecord, skala: Skala, r: int, labels: dict[str, str]) -> dict[str, object]:
    cap = capaian_cell(rec.target, rec.realisasi, rec.polaritas, rec.skala, rec.sumber, _ref("realisasi", r))
    return {
        "indikator": rec.indikator, "satuan": rec.satuan, "target": rec.target,
        "realisasi": realisasi_cell(rec.realisasi, rec.sumber), "capaian": cap,
        "predikat": predikat_cell(skala, cap, _ref("capaian", r)),
        "sumber": cells_text(rec.sumber)
                  + (labels["tanpa-rumus"] if not cap.formula and cap.pengukuran.nilai is not None else ""),
    }


def _efisiensi(cap: Nilai, serapan_ref: str, serapan_value: Decimal | None, r: int,
               labels: dict[str, str]) -> Nilai:
    c = _ref("capaian", r)
    e, ce, te = labels["efisien"], labels["cukup_efisien"], labels["tidak_efisien"]
    gap, margin = f"{c}-{serapan_ref}", literal(DEFAULT_MARGIN)   # the library's rule, as a formula
    formula = (f'=IF(AND(ISNUMBER({c}),ISNUMBER({serapan_ref})),IF({gap}>{margin},"{e}",'
               f'IF({gap}<-{margin},"{te}","{ce}")),"")')
    m = cap.pengukuran
    key = efisiensi_kinerja(m.nilai if m is not None else None, serapan_value)
    return Nilai(formula, labels[key] if key else "")


def plan_pengukuran(sasaran: Sequence[IndikatorRecord], indikator: Sequence[IndikatorRecord],
                    subs: Sequence[SubAnggaran], skala: Skala, labels: dict[str, str],
                    triwulan: int | None = None, versi: str | None = None,
                    serapan_cells: dict[tuple[str, int], tuple[str, Decimal | None]] | None = None,
                    ) -> PengukuranPlan:
    """The rows of the Pengukuran Kinerja sheet. ``labels``: section titles, row prefixes and
    efisiensi labels from the catalogue (keys bagian-a, bagian-b, kegiatan, keluaran, hasil,
    efisien, cukup_efisien, tidak_efisien). ``serapan_cells``: (kode, order) of a sub kegiatan
    -> (reference of its serapan cell in the Realisasi Anggaran sheet, serapan)."""
    plan = PengukuranPlan(triwulan=triwulan)
    serapan_cells = serapan_cells or {}
    r = FIRST_ROW
    plan.rows.append(Row("bagian", {"no": labels["bagian-a"]}, r))
    r += 1
    first_a = r
    last_sasaran = None
    for rec in sasaran:
        cells = {"no": rec.kode, "uraian": rec.sasaran if rec.sasaran != last_sasaran else "",
                 **_measure(rec, skala, r, labels), "n1": rec.n1, "renstra": rec.renstra}
        last_sasaran = rec.sasaran
        plan.rows.append(Row("sasaran", cells, r, rec))
        r += 1
    plan.sasaran_rows = (first_a, r - 1)
    plan.rows.append(Row("bagian", {"no": labels["bagian-b"]}, r))
    r += 1
    names = parent_names(versi if versi in EDITIONS else DEFAULT_EDITION)
    by_sub: dict[tuple[str, int], list[IndikatorRecord]] = {}
    for rec in indikator:
        by_sub.setdefault((rec.kode, rec.order), []).append(rec)
    seen_prog, seen_keg = None, None
    for sub in sorted(subs, key=lambda s: (code_key(s.kode), s.order)):
        recs = by_sub.get((sub.kode, sub.order), [])
        prog, keg = parent_codes(sub.kode)
        if prog != seen_prog:
            nama = names[prog].nama if prog in names else sub.program
            plan.rows.append(Row("program", {"no": prog, "uraian": nama}, r))
            r, seen_prog, seen_keg = r + 1, prog, None
        if keg != seen_keg:
            nama = names[keg].nama if keg in names else sub.kegiatan
            plan.rows.append(Row("kegiatan", {"no": keg, "uraian": f"{labels['kegiatan']} {nama}"}, r))
            r, seen_keg = r + 1, keg
        sv = serapan_cells.get((sub.kode, sub.order), ("", None))[1]
        serapan_ref = _ref("serapan", r)
        first = True
        for rec in recs or [None]:
            cells: dict[str, object] = {"no": sub.kode if first else "", "uraian": sub.nama if first else ""}
            if rec is not None:
                cells.update(_measure(rec, skala, r, labels))
                cells["indikator"] = f"{labels[rec.level]}: {rec.indikator}"
                cells["efisiensi"] = _efisiensi(cells["capaian"], serapan_ref, sv, r, labels)
            if first:
                ref, value = serapan_cells.get((sub.kode, sub.order), ("", None))
                shown = float(value) if value is not None else NA
                cells["serapan"] = Nilai(f"={ref}", shown) if ref else Nilai("", shown)
            plan.rows.append(Row("indikator" if rec else "sub", cells, r, rec))
            first = False
            r += 1
    plan.data_rows = (first_a, r - 1)
    return plan
