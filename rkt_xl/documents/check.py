"""Read a generated document back (python-docx) and compare every number in its tables with
the values the library computes from the workbook's model.

Independent of the rendering code: expected values come straight from
:func:`rkt_xl.capaian` / :func:`rkt_xl.serapan` / :func:`rkt_xl.realisasi.anggaran.serapan_total`
and sums of the model's ints; the document's cells are parsed back from their Indonesian
form (``Rp 8.120.676.386``, ``97,89 %``, ``n/a``). Tables are recognised by their header
row, so an office's template with moved or removed sections is checked as well; a table
whose header is not known is skipped (an office's own table).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rkt_xl.consolidation.plan import code_key
from rkt_xl.model.entities import Rkt
from rkt_xl.realisasi import CapaianError, capaian, serapan
from rkt_xl.realisasi.anggaran import realisasi_anggaran, serapan_total
from rkt_xl.realisasi.display import rounded
from rkt_xl.realisasi.indikator import pilih_realisasi, ukuran
from rkt_xl.texts import text

_NUMBER = re.compile(r"^(?:Rp\s*)?-?\d{1,3}(?:\.\d{3})*(?:,\d+)?(?:\s*%)?$")


@dataclass(frozen=True)
class Mismatch:
    table: int        # 0-based table index in the document
    row: int
    column: str
    found: str
    expected: str


@dataclass
class CheckResult:
    checked: int                  # numeric cells compared
    mismatches: list[Mismatch]
    tables: dict[str, int]        # tables recognised, per kind

    @property
    def ok(self) -> bool:
        return not self.mismatches


def parse_cell(cell: str) -> Decimal | None | str:
    """``Rp 8.120.676.386`` -> 8120676386; ``97,89 %`` (or ``66,67 % (ordinal)``) -> 97.89;
    ``n/a`` -> None; other text is returned as is."""
    s = cell.strip().removesuffix(text("realisasi.ordinal", nilai="")).strip()
    if s == text("dokumen.na"):
        return None
    if not _NUMBER.match(s):
        return s
    s = s.removeprefix("Rp").replace("%", "").strip().replace(".", "").replace(",", ".")
    return Decimal(s)


def _capaian_all(rkt: Rkt) -> dict[int, Decimal | None]:
    """Capaian of every indikator sasaran (by id): the year's realisasi as the library takes
    it (typed, or from the triwulan by sifat), measured by :func:`rkt_xl.capaian`."""
    out: dict[int, Decimal | None] = {}
    for u in ukuran(rkt):
        if u.sasaran is None:
            continue
        try:
            out[id(u.sasaran)] = capaian(u.target.raw, pilih_realisasi(u).text, u.polaritas, u.skala or None)
        except CapaianError:
            out[id(u.sasaran)] = None
    return out


def expected_values(rkt: Rkt) -> dict[str, object]:
    """The workbook's numbers as the library computes them, keyed the way tables show them."""
    money: dict[str, list[tuple[int | None, int]]] = defaultdict(list)   # kode -> (realisasi, pagu) leaves
    year = {id(s): realisasi_anggaran(s.realisasi_anggaran, s.realisasi_anggaran_triwulan)[0]
            for s in rkt.all_sub_kegiatan()}
    for sub in rkt.all_sub_kegiatan():
        pair = (year[id(sub)], sub.pagu or 0)
        for kode in {sub.kode, sub.kode_program, sub.kode_kegiatan}:
            money[kode].append(pair)
    groups: dict[str, dict[str, object]] = {}
    for kode, pairs in money.items():
        present = [r for r, _ in pairs if r is not None]
        pagu = sum(p for _, p in pairs)
        real = sum(present) if present else None
        ser = serapan(real, pagu) if len(pairs) == 1 else serapan_total(pairs)
        groups[kode] = {"pagu": pagu, "realisasi": real, "sisa": None if real is None else pagu - real,
                        "serapan": ser}
    leaves = [(year[id(s)], s.pagu or 0) for s in rkt.all_sub_kegiatan()]
    present = [r for r, _ in leaves if r is not None]
    total_real = sum(present) if present else None
    total_pagu = sum(p for _, p in leaves)
    sasaran: dict[str, list] = {}   # type: ignore[type-arg]
    for s in rkt.sasaran:      # grouped by sasaran, numbered in that order (BAB III, Lampiran)
        sasaran.setdefault(s.sasaran.strip().casefold(), []).append(s)
    caps_by_id = _capaian_all(rkt)
    efisiensi = []
    for indicators in sasaran.values():
        kodes = {s.kode.strip() for s in indicators}
        pairs = [(year[id(x)], x.pagu or 0) for x in rkt.all_sub_kegiatan() if x.sasaran.strip() in kodes]
        caps = [c for c in (caps_by_id[id(s)] for s in indicators) if c is not None]
        efisiensi.append({"capaian": sum(caps, Decimal(0)) / len(caps) if caps else None,
                          "serapan": serapan_total(pairs) if pairs else None})
    order = [s for indicators in sasaran.values() for s in indicators]
    return {"indikator": [caps_by_id[id(s)] for s in order], "money": groups, "efisiensi": efisiensi,
            "total": {"pagu": total_pagu, "realisasi": total_real,
                      "sisa": None if total_real is None else total_pagu - total_real,
                      "serapan": serapan_total(leaves)},
            "programs": sorted({s.kode_program for s in rkt.all_sub_kegiatan()}, key=code_key)}


def _same(found: Decimal | None | str, want: object, percent: bool) -> bool:
    if isinstance(found, str):
        return found == "" and want is None
    if found is None or want is None:
        return found is None and want is None
    return found == (rounded(want) if percent else Decimal(want))  # type: ignore[arg-type]


def check_numbers(docx_path: Path, rkt: Rkt) -> CheckResult:
    """Compare every number in the tables of ``docx_path`` with the library's values."""
    from docx import Document  # heavy: only when a document is checked

    want = expected_values(rkt)
    result = CheckResult(0, [], defaultdict(int))

    def compare(t: int, r: int, column: str, cell: str, value: object, percent: bool) -> None:
        found = parse_cell(cell)
        result.checked += 1
        if not _same(found, value, percent):
            shown = "n/a" if value is None else str(rounded(value) if percent else value)  # type: ignore[arg-type]
            result.mismatches.append(Mismatch(t, r, column, cell, shown))

    for t, table in enumerate(Document(str(docx_path)).tables):
        rows = [[c.text.strip() for c in row.cells] for row in table.rows]
        if not rows:
            continue
        head = rows[0]
        col = {h: i for i, h in enumerate(head)}
        body = rows[1:]
        if text("dokumen.t-predikat") in col and text("dokumen.t-capaian") in col:
            result.tables["pengukuran"] += 1
            for r, row in enumerate(body, start=1):
                index = int(row[col[text("dokumen.t-no")]]) - 1
                compare(t, r, "capaian", row[col[text("dokumen.t-capaian")]], want["indikator"][index], True)  # type: ignore[index]
        elif text("dokumen.t-serapan") in col and text("dokumen.t-kode") in col:
            result.tables["anggaran"] += 1
            for r, row in enumerate(body, start=1):
                kode = row[col[text("dokumen.t-kode")]]
                values = want["money"].get(kode) if kode else want["total"]  # type: ignore[attr-defined]
                if values is None:
                    result.mismatches.append(Mismatch(t, r, "kode", kode, "?"))
                    continue
                for name, header, percent in (("pagu", "dokumen.t-pagu-rp", False),
                                              ("realisasi", "dokumen.t-realisasi-rp", False),
                                              ("sisa", "dokumen.t-sisa-rp", False),
                                              ("serapan", "dokumen.t-serapan", True)):
                    compare(t, r, name, row[col[text(header)]], values[name], percent)
        elif text("dokumen.t-efisiensi-kinerja") in col:
            result.tables["efisiensi"] += 1
            for r, row in enumerate(body, start=1):
                values = want["efisiensi"][int(row[col[text("dokumen.t-no")]]) - 1]  # type: ignore[index]
                compare(t, r, "capaian", row[col[text("dokumen.t-capaian-rata")]], values["capaian"], True)
                compare(t, r, "serapan", row[col[text("dokumen.t-serapan")]], values["serapan"], True)
        elif text("dokumen.t-program") in col and (
                money := next(((name, field, col[text(key)]) for key, name, field in _PROGRAM_TABLES
                               if text(key) in col), None)):
            name, field, at = money
            result.tables[name] += 1
            programs = want["programs"]
            for r, row in enumerate(body, start=1):
                cell = row[at]
                if row[col[text("dokumen.t-program")]] == text("dokumen.jumlah"):
                    compare(t, r, "jumlah", cell, want["total"]["pagu"], False)  # type: ignore[index]
                else:
                    kode = programs[int(row[col[text("dokumen.t-no")]]) - 1]  # type: ignore[index]
                    compare(t, r, field, cell, want["money"][kode]["pagu"], False)  # type: ignore[index]
    result.tables = dict(result.tables)
    return result


# Program tables holding a pagu per program: (header key of the amount column, table name, field).
_PROGRAM_TABLES = (("dokumen.t-anggaran", "pk-program", "anggaran"), ("dokumen.t-pagu-rp", "ringkasan-program", "pagu"))
