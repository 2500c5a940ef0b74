"""The RKT sheet as a plain image of cells, for writers other than XlsxWriter (the Excel
button writes it into the live workbook through xlwings).

The image is made by the same writer as `rkt konsolidasi` (:func:`rkt_sheet.write_rkt_sheet`)
into a temporary file and read back, so both paths give the same cells by construction:
values, formulas (pointing at the Pagu cells where the live workbook has them), number
formats, bold, fills, merges, column widths and row heights.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from rkt_xl.consolidation.plan import RktPlan, SubRecord, plan_rkt, sub_records
from rkt_xl.model.entities import Rkt
from rkt_xl.xlsx.template import PAGU_COL

_ROW = re.compile(r"(\d+)$")


@dataclass
class CellImage:
    value: object = None          # text or number; None for an empty cell
    formula: str = ""             # "=..." when the cell holds a formula (value = cached)
    bold: bool = False
    fill: tuple[int, int, int] | None = None
    number_format: str = "General"
    wrap: bool = False


@dataclass
class SheetImage:
    cells: dict[tuple[int, int], CellImage] = field(default_factory=dict)  # 1-based (row, col)
    merges: list[str] = field(default_factory=list)                          # "A1:K1"
    widths: dict[int, float] = field(default_factory=dict)                   # 1-based col
    heights: dict[int, float] = field(default_factory=dict)                  # 1-based row
    n_rows: int = 0
    n_cols: int = 0
    table: tuple[tuple[int, int], tuple[int, int]] = ((1, 1), (1, 1))   # bordered block, 1-based


def live_records(rkt: Rkt) -> list[SubRecord] | None:
    """Records pointing at the Pagu cells where the workbook has them (rows typed by the
    user, not the template layout). None when a Pagu cell is not in the template's column."""
    from rkt_xl.workbook.layout import col_letter

    records: list[SubRecord] = []
    pagu_letter = col_letter(PAGU_COL)
    for b in rkt.bidang:
        for rec, sub in zip(sub_records(b, b.sheet, start=len(records)), b.sub_kegiatan, strict=True):
            loc = sub.loc.get("pagu")
            if loc is None or not loc.cell.startswith(pagu_letter) or not loc.cell[len(pagu_letter):].isdigit():
                return None
            records.append(rec._replace(row=int(_ROW.search(loc.cell).group(1)) - 1))
    return records


def rkt_image(plan: RktPlan, profil) -> SheetImage:  # type: ignore[no-untyped-def]
    """Render ``plan`` with the file writer and read the result back as an image."""
    import openpyxl
    import xlsxwriter

    from rkt_xl.workbook.layout import SHEET_RKT
    from rkt_xl.xlsx.rkt_sheet import WIDTHS, write_rkt_sheet

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rkt.xlsx"
        wb = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_numbers": False,
                                             "strings_to_urls": False})
        write_rkt_sheet(wb, wb.add_worksheet(SHEET_RKT), plan, profil)
        wb.close()
        ws = openpyxl.load_workbook(path)[SHEET_RKT]
        image = SheetImage(n_rows=ws.max_row, n_cols=ws.max_column)
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is None and not cell.font.b and cell.fill.fill_type is None:
                    continue
                text = cell.value
                formula = text if isinstance(text, str) and cell.data_type == "f" else ""
                rgb = cell.fill.fgColor.rgb if cell.fill.fill_type == "solid" else None
                image.cells[(cell.row, cell.column)] = CellImage(
                    None if formula else text, formula, bool(cell.font.b),
                    _rgb(rgb), cell.number_format, bool(cell.alignment.wrap_text))
        image.merges = [str(m) for m in ws.merged_cells.ranges]
        image.widths = {i: w for i, w in enumerate(WIDTHS, start=1)}
        image.heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height}
    _cache_values(image, plan)
    from rkt_xl.consolidation.plan import FIRST_ROW, HEADER_ROW

    image.table = ((HEADER_ROW + 1, 1), (FIRST_ROW + sum(1 for _ in plan.rows()), image.n_cols))
    return image


def _rgb(argb: object) -> tuple[int, int, int] | None:
    if not isinstance(argb, str) or len(argb) != 8:
        return None
    return int(argb[2:4], 16), int(argb[4:6], 16), int(argb[6:8], 16)


def _cache_values(image: SheetImage, plan: RktPlan) -> None:
    """openpyxl gives formulas without their cached values; take them from the plan."""
    from rkt_xl.consolidation.plan import FIRST_ROW, NILAI

    for i, row in enumerate(plan.rows()):
        cell = image.cells.get((FIRST_ROW + 1 + i, NILAI + 1))
        if cell is not None and row.formula:
            cell.value = row.value


def live_rkt_image(rkt: Rkt) -> tuple[SheetImage, RktPlan] | None:
    """The RKT sheet for a live workbook whose bidang sheets are ``rkt``'s."""
    records = live_records(rkt)
    if records is None:
        return None
    plan = plan_rkt(rkt.profil, rkt.sasaran, records)
    return rkt_image(plan, rkt.profil), plan
