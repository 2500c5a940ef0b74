"""The master RKT sheet described from an :class:`rkt_xl.consolidation.plan.RktPlan`.

:func:`describe_rkt_sheet` gives a writer-neutral :class:`~rkt_xl.xlsx.sheet.SheetDescription`
(rendered by XlsxWriter for `rkt konsolidasi`, by xlwings for the Konsolidasi button).
Rows come strictly top to bottom and merges only span one row, so the file back end can
write in ``constant_memory`` mode. User text is always text; every formula carries the
value the plan computed for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rkt_xl.consolidation.plan import (
    COL,
    COLUMNS,
    FIRST_ROW,
    HEADER_ROW,
    N_COLS,
    NILAI,
    SUB_COLS,
    PlanRow,
    RktPlan,
)
from rkt_xl.model.entities import Profil
from rkt_xl.texts import text
from rkt_xl.workbook.layout import SHEET_RKT
from rkt_xl.xlsx.formats import DRAFT_RED, RKT_FILLS, RUPIAH, TEXT
from rkt_xl.xlsx.sheet import Cell, PrintSetup, Row, SheetDescription, Style, render

WIDTHS = [w for _, w in COLUMNS]
# Indent (levels) of the uraian column per row kind.
INDENT = {"kegiatan": 1, "masukan": 2}
BOLD_ROWS = frozenset({"program", "kegiatan", "tujuan"})
# 10-pt text: characters per unit of column width, regular and bold; points per line.
CHARS_PER_WIDTH, CHARS_PER_WIDTH_BOLD, POINTS_PER_LINE = 1.28, 1.12, 13.0


class _Styles:
    """Every style of the RKT sheet, made once."""

    def __init__(self) -> None:
        base = Style(border=True, valign="top", wrap=True)
        self.title = Style(bold=True, font_size=14, align="center")
        self.draft = Style(bold=True, font_size=14, align="center", font_colour=DRAFT_RED)
        self.recap_title = Style(bold=True, font_size=11)
        self.recap = Style(**{**base.__dict__})
        self.recap_no = Style(**{**base.__dict__, "align": "center"})
        self.recap_num = Style(**{**base.__dict__, "num_format": RUPIAH})
        self.subtitle = Style(bold=True, font_size=12, align="center")
        head = Style(border=True, bold=True, fill=RKT_FILLS["header"], align="center", valign="vcenter", wrap=True)
        self.header = head
        self.header_top = Style(**{**head.__dict__, "open_bottom": True, "valign": "bottom"})
        self.header_bottom = Style(**{**head.__dict__, "open_top": True})
        self.tujuan = Style(**{**base.__dict__, "bold": True, "fill": RKT_FILLS["tujuan"]})
        self.jumlah = Style(**{**base.__dict__, "bold": True, "fill": RKT_FILLS["jumlah"], "align": "center"})
        self.jumlah_num = Style(**{**base.__dict__, "bold": True, "fill": RKT_FILLS["jumlah"], "num_format": RUPIAH})
        self.sign = Style(align="center")
        self.sign_name = Style(align="center", bold=True, underline=True)
        self.rows: dict[str, list[Style]] = {}
        self.num: dict[str, Style] = {}
        for kind in ("indikator", "program", "kegiatan", "masukan", "keluaran", "hasil"):
            props = dict(base.__dict__)
            if kind in RKT_FILLS:
                props["fill"] = RKT_FILLS[kind]
            if kind in ("program", "kegiatan"):
                props["bold"] = True
            cols = []
            for key, _ in COLUMNS:
                p = dict(props)
                if key == "uraian" and kind in INDENT:
                    p["indent"] = INDENT[kind]
                if key in ("no", "target", "satuan", "jenis"):
                    p["align"] = "center"
                if key in ("kode", "no", "target", "nilai"):
                    p["num_format"] = TEXT
                if key == "nilai":
                    p["align"] = "right"
                if key == "sasaran" and kind == "indikator":
                    p["bold"] = True
                cols.append(Style(**p))
            self.rows[kind] = cols
            self.num[kind] = Style(**{**props, "num_format": RUPIAH})


def describe_rkt_sheet(plan: RktPlan, profil: Profil) -> SheetDescription:
    """The RKT sheet of ``plan``: title, two header rows, the plan's rows (the table, JUMLAH
    and the Rekapitulasi per Program), the signature. A DRAF plan says so in the title (red)
    and in the print header of every page."""
    header = text("panduan.draf-kepala", galat=plan.galat) if plan.draft else ""
    return SheetDescription(
        name=SHEET_RKT, widths=WIDTHS, rows=_rows(plan, profil, _Styles()), freeze=(FIRST_ROW, 0),
        print_setup=PrintSetup(repeat_rows=(HEADER_ROW, HEADER_ROW + 1), header=header,
                               footer=text("konsolidasi.kaki")))


def table_block(plan: RktPlan) -> tuple[int, int, int, int]:
    """The bordered block of the sheet (header and plan rows up to JUMLAH), 0-based (r1, c1, r2, c2)."""
    return HEADER_ROW, 0, plan.jumlah_row, N_COLS - 1


def write_rkt_sheet(wb: Any, ws: Any, plan: RktPlan, profil: Profil) -> int:
    """Fill ``ws`` (already added to ``wb``) with the RKT table; returns the rows written."""
    return render(wb, ws, describe_rkt_sheet(plan, profil))


def _rows(plan: RktPlan, profil: Profil, st: _Styles) -> Iterator[Row]:
    for r, line in enumerate(plan.title):
        first = st.draft if plan.draft else st.title
        yield Row(r, {0: Cell(line, first if r == 0 else st.subtitle)}, merges=((0, N_COLS - 1),))
    yield from _header(st)
    r = FIRST_ROW
    for row in plan.rows():
        yield _row(st, r, row)
        r += 1
    yield from _signature(st, r + 1, profil)


def _header(st: _Styles) -> Iterator[Row]:
    """Two header rows: the columns under "INDIKATOR SUB KEGIATAN" are labelled in the second
    row; the others span both rows (drawn with borders, since a vertical merge cannot be
    written row by row)."""
    first_sub = COL[SUB_COLS[0]]
    top = {i: Cell(text(f"konsolidasi.kol-{key}"), st.header_top) for i, (key, _) in enumerate(COLUMNS[:first_sub])}
    top[first_sub] = Cell(text("konsolidasi.kol-indikator-sub"), st.header)
    for i in range(first_sub + 1, N_COLS):
        top[i] = Cell(None, st.header)
    yield Row(HEADER_ROW, top, merges=((first_sub, N_COLS - 1),), height=30)
    bottom = {i: Cell(None, st.header_bottom) for i in range(first_sub)}
    bottom.update({COL[key]: Cell(text(f"konsolidasi.kol-{key}"), st.header) for key in SUB_COLS})
    yield Row(HEADER_ROW + 1, bottom)


def _recap_row(st: _Styles, r: int, row: PlanRow) -> Row:
    """The Rekapitulasi per Program block: NO, KODE, the name over the indicator columns, PAGU."""
    no, kode, uraian, cells = COL["no"], COL["kode"], COL["uraian"], row.cells
    if row.kind == "rekap-judul":
        return Row(r, {no: Cell(cells[no], st.recap_title)}, merges=((no, NILAI),))
    head = row.kind == "rekap-kepala"
    style = st.header if head else st.recap
    out = {no: Cell(cells[no], style if head else st.recap_no), kode: Cell(cells[kode], style), uraian: Cell(cells[uraian], style),
           **{i: Cell(None, style) for i in range(uraian + 1, NILAI)}}
    out[NILAI] = Cell(cells[NILAI], style) if head else Cell(row.value, st.recap_num, row.formula)
    return Row(r, out, merges=((uraian, NILAI - 1),), height=_height([(cells[uraian], sum(WIDTHS[uraian:NILAI]), head)]))


def _row(st: _Styles, r: int, row: PlanRow) -> Row:
    cells = row.cells
    if row.kind == "jarak":
        return Row(r)
    if row.kind.startswith("rekap"):
        return _recap_row(st, r, row)
    if row.kind == "tujuan":
        out = {0: Cell(cells[0], st.tujuan), **{i: Cell(None, st.tujuan) for i in range(1, N_COLS)}}
        return Row(r, out, merges=((0, N_COLS - 1),), height=_height([(cells[0], sum(WIDTHS), True)]))
    if row.kind == "jumlah":
        out = {0: Cell(cells[0], st.jumlah), **{i: Cell(None, st.jumlah) for i in range(1, NILAI)}}
        out[NILAI] = Cell(row.value, st.jumlah_num, row.formula)
        return Row(r, out, merges=((0, NILAI - 1),))
    bold = row.kind in BOLD_ROWS
    height = _height([(cell, WIDTHS[i] - (2 if i == COL["uraian"] and row.kind in INDENT else 0),
                       bold or (row.kind == "indikator" and i == COL["sasaran"]))
                      for i, cell in enumerate(cells) if cell])
    styles = st.rows[row.kind]
    out = {}
    for i, cell in enumerate(cells):
        if i == NILAI and row.formula:
            out[i] = Cell(row.value, st.num[row.kind], row.formula)
        else:
            out[i] = Cell(cell or None, styles[i])
    return Row(r, out, height=height)


def wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    """Lines a wrapped cell of 10-pt text needs in a column ``width`` wide (greedy word wrap;
    LibreOffice does not fit row heights to wrapped text, so they are set explicitly)."""
    cap = max(1, int(width * (CHARS_PER_WIDTH_BOLD if bold else CHARS_PER_WIDTH)))
    if len(text) <= cap and "\n" not in text:
        return 1
    total = 0
    for para in text.split("\n"):
        lines, used = 1, 0
        for word in para.split():
            size = len(word)
            if used and used + 1 + size <= cap:
                used += 1 + size
                continue
            if used:
                lines += 1
            while size > cap:
                lines += 1
                size -= cap
            used = size
        total += lines
    return total


def _height(texts: list[tuple[str, float, bool]]) -> float | None:
    lines = max([wrapped_lines(t, w, b) for t, w, b in texts] or [1])
    return POINTS_PER_LINE * lines + 2 if lines > 1 else None


def _signature(st: _Styles, r: int, profil: Profil) -> Iterator[Row]:
    """The closing block of the reference RKT: place and date, office, name and NIP."""
    if not (profil.kepala or profil.tempat):
        return
    first, last = COL[SUB_COLS[0]], N_COLS - 1
    lines = [
        (text("konsolidasi.ttd-tempat", tempat=profil.tempat, tanggal=profil.tanggal).strip(" ,"), st.sign),
        (text("konsolidasi.ttd-jabatan", opd=profil.opd.upper()), st.sign),
        ("", None), ("", None), ("", None),
        (profil.kepala, st.sign_name),
        (text("konsolidasi.ttd-nip", nip=profil.nip) if profil.nip else "", st.sign),
    ]
    for line, style in lines:
        if line:
            height = _height([(line, sum(WIDTHS[first:]), style is st.sign_name)])
            yield Row(r, {first: Cell(line, style), **{i: Cell(None, style) for i in range(first + 1, last + 1)}},
                      merges=((first, last),), height=height)
        r += 1
