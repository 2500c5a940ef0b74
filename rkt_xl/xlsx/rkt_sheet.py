"""Write the master RKT sheet from an :class:`rkt_xl.consolidate.RktPlan` (XlsxWriter).

Rows are written strictly top to bottom and merges only span one row, so the sheet can be
written in XlsxWriter's ``constant_memory`` mode (one row in memory at a time). User text is
always written with ``write_string`` (a value starting with '=' stays text); every formula
gets the value the plan computed for it.
"""

from __future__ import annotations

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

WIDTHS = [w for _, w in COLUMNS]
BORDER = {"border": 1, "border_color": "#808080"}
FILLS = {"tujuan": "#BDD7EE", "indikator": "#DDEBF7", "program": "#F2F2F2", "jumlah": "#BDD7EE",
         "header": "#DDEBF7"}
RUPIAH = "#,##0"
# Indent (levels) of the uraian column per row kind.
INDENT = {"kegiatan": 1, "masukan": 2}
BOLD_ROWS = frozenset({"program", "kegiatan", "tujuan"})
# 10-pt text: characters per unit of column width, regular and bold; points per line.
CHARS_PER_WIDTH, CHARS_PER_WIDTH_BOLD, POINTS_PER_LINE = 1.28, 1.12, 13.0


class _Formats:
    def __init__(self, wb: Any) -> None:
        base = {**BORDER, "valign": "top", "text_wrap": True, "font_size": 10}
        add = wb.add_format
        self.title = add({"bold": True, "font_size": 14, "align": "center"})
        self.subtitle = add({"bold": True, "font_size": 12, "align": "center"})
        head = {**BORDER, "bold": True, "bg_color": FILLS["header"], "align": "center",
                "valign": "vcenter", "text_wrap": True, "font_size": 10}
        self.header = add(head)
        self.header_top = add({**head, "bottom": 0, "valign": "bottom"})
        self.header_bottom = add({**head, "top": 0})
        self.tujuan = add({**base, "bold": True, "bg_color": FILLS["tujuan"]})
        self.jumlah = add({**base, "bold": True, "bg_color": FILLS["jumlah"], "align": "center"})
        self.jumlah_num = add({**base, "bold": True, "bg_color": FILLS["jumlah"], "num_format": RUPIAH})
        self.sign = add({"align": "center", "font_size": 10})
        self.sign_name = add({"align": "center", "font_size": 10, "bold": True, "underline": 1})
        self.rows: dict[str, list[Any]] = {}
        self.num: dict[str, Any] = {}
        for kind in ("indikator", "program", "kegiatan", "masukan", "keluaran", "hasil"):
            props = dict(base)
            if kind in FILLS:
                props["bg_color"] = FILLS[kind]
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
                    p["num_format"] = "@"
                if key == "nilai":
                    p["align"] = "right"
                if key == "sasaran" and kind == "indikator":
                    p["bold"] = True
                cols.append(add(p))
            self.rows[kind] = cols
            self.num[kind] = add({**props, "num_format": RUPIAH})


def write_rkt_sheet(wb: Any, ws: Any, plan: RktPlan, profil: Profil) -> int:
    """Fill ``ws`` (already added to ``wb``) with the RKT table; returns the rows written."""
    fmt = _Formats(wb)
    for i, width in enumerate(WIDTHS):
        ws.set_column(i, i, width)
    for r, line in enumerate(plan.title):
        ws.merge_range(r, 0, r, N_COLS - 1, line, fmt.title if r == 0 else fmt.subtitle)
    _header(ws, fmt)
    r = FIRST_ROW
    for row in plan.rows():
        _row(ws, fmt, r, row)
        r += 1
        if r % 1000 == 0:
            release_written_rows(ws)
    r = _signature(ws, fmt, r + 1, profil)
    ws.freeze_panes(FIRST_ROW, 0)
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.repeat_rows(HEADER_ROW, HEADER_ROW + 1)
    ws.set_footer(text("konsolidasi.kaki"))
    return r


def release_written_rows(ws: Any, keep_sizes_below: int = 0) -> None:
    """In constant_memory mode XlsxWriter keeps, for every ``set_row()``, the row's
    properties (``row_info``, needed only until the row is written) and its height
    (``row_sizes``, needed only to place comments and pictures): some 100 MB at 300,000 rows
    with explicit heights. Drop both for rows already written, keeping the heights of the rows
    above ``keep_sizes_below`` (where a sheet has comments). Uses XlsxWriter internals (3.x);
    when they are not there, does nothing. Tests check that the heights reach the file."""
    info, sizes = getattr(ws, "row_info", None), getattr(ws, "row_sizes", None)
    current = getattr(ws, "previous_row", None)
    if not (getattr(ws, "constant_memory", False) and isinstance(info, dict) and isinstance(sizes, dict)
            and isinstance(current, int)):
        return
    for r in [r for r in info if r < current]:
        del info[r]
    for r in [r for r in sizes if keep_sizes_below <= r < current]:
        del sizes[r]


def _header(ws: Any, fmt: _Formats) -> None:
    """Two header rows: the columns under "INDIKATOR SUB KEGIATAN" are labelled in the second
    row; the others span both rows (drawn with borders, since a vertical merge cannot be
    written row by row)."""
    first_sub = COL[SUB_COLS[0]]
    ws.set_row(HEADER_ROW, 30)
    for i, (key, _) in enumerate(COLUMNS[:first_sub]):
        ws.write_string(HEADER_ROW, i, text(f"konsolidasi.kol-{key}"), fmt.header_top)
    ws.merge_range(HEADER_ROW, first_sub, HEADER_ROW, N_COLS - 1, text("konsolidasi.kol-indikator-sub"), fmt.header)
    for i in range(first_sub):
        ws.write_blank(HEADER_ROW + 1, i, None, fmt.header_bottom)
    for key in SUB_COLS:
        ws.write_string(HEADER_ROW + 1, COL[key], text(f"konsolidasi.kol-{key}"), fmt.header)


def _row(ws: Any, fmt: _Formats, r: int, row: PlanRow) -> None:
    cells = row.cells
    if row.kind == "tujuan":
        _height(ws, r, [(cells[0], sum(WIDTHS), True)])
        ws.merge_range(r, 0, r, N_COLS - 1, cells[0], fmt.tujuan)
        return
    if row.kind == "jumlah":
        ws.merge_range(r, 0, r, NILAI - 1, cells[0], fmt.jumlah)
        ws.write_formula(r, NILAI, row.formula, fmt.jumlah_num, row.value)
        return
    bold = row.kind in BOLD_ROWS
    _height(ws, r, [(cell, WIDTHS[i] - (2 if i == COL["uraian"] and row.kind in INDENT else 0),
                     bold or (row.kind == "indikator" and i == COL["sasaran"]))
                    for i, cell in enumerate(cells) if cell])
    formats = fmt.rows[row.kind]
    for i, cell in enumerate(cells):
        if i == NILAI and row.formula:
            ws.write_formula(r, i, row.formula, fmt.num[row.kind], row.value)
        elif cell:
            ws.write_string(r, i, cell, formats[i])
        else:
            ws.write_blank(r, i, None, formats[i])


def wrapped_lines(text: str, width: float, bold: bool = False) -> int:
    """Lines a wrapped cell of 10-pt text needs in a column ``width`` wide (greedy word wrap;
    LibreOffice does not fit row heights to wrapped text, so they are set explicitly)."""
    cap = max(1, int(width * (CHARS_PER_WIDTH_BOLD if bold else CHARS_PER_WIDTH)))
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


def _height(ws: Any, r: int, texts: list[tuple[str, float, bool]]) -> None:
    lines = max([wrapped_lines(t, w, b) for t, w, b in texts] or [1])
    if lines > 1:
        ws.set_row(r, POINTS_PER_LINE * lines + 2)


def _signature(ws: Any, fmt: _Formats, r: int, profil: Profil) -> int:
    """The closing block of the reference RKT: place and date, office, name and NIP."""
    if not (profil.kepala or profil.tempat):
        return r
    first, last = COL[SUB_COLS[0]], N_COLS - 1
    lines = [
        (text("konsolidasi.ttd-tempat", tempat=profil.tempat, tanggal=profil.tanggal).strip(" ,"), fmt.sign),
        (text("konsolidasi.ttd-jabatan", opd=profil.opd.upper()), fmt.sign),
        ("", None), ("", None), ("", None),
        (profil.kepala, fmt.sign_name),
        (text("konsolidasi.ttd-nip", nip=profil.nip) if profil.nip else "", fmt.sign),
    ]
    for line, f in lines:
        if line:
            _height(ws, r, [(line, sum(WIDTHS[first:]), f is fmt.sign_name)])
            ws.merge_range(r, first, r, last, line, f)
        r += 1
    return r
