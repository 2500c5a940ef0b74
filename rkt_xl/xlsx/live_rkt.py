"""The RKT, Pengukuran Kinerja and Realisasi Anggaran sheets for the live workbook (the
Konsolidasi button).

The descriptions come from the same functions as `rkt konsolidasi`'s
(:func:`rkt_xl.xlsx.rkt_sheet.describe_rkt_sheet`,
:func:`rkt_xl.xlsx.pengukuran_sheet.describe_realisasi_sheets`), so both paths give the same
cells by construction; only the formulas differ in where they point: at the Pagu and
realisasi cells where the live workbook has them (rows typed by the user, not the template
layout).
"""

from __future__ import annotations

import re

from rkt_xl.consolidation.plan import RktPlan, SubRecord, plan_rkt, sub_records
from rkt_xl.model.entities import Rkt
from rkt_xl.realisasi.records import Collector, at_template_columns
from rkt_xl.workbook.layout import col_letter
from rkt_xl.xlsx.pengukuran_sheet import describe_realisasi_sheets
from rkt_xl.xlsx.rkt_sheet import describe_rkt_sheet, table_block
from rkt_xl.xlsx.sheet import SheetDescription
from rkt_xl.xlsx.template_formats import PAGU_COL

_ROW = re.compile(r"(\d+)$")


def live_records(rkt: Rkt) -> list[SubRecord] | None:
    """Records pointing at the Pagu cells where the workbook has them. None when a Pagu cell
    is not in the template's column."""
    records: list[SubRecord] = []
    pagu_letter = col_letter(PAGU_COL)
    for b in rkt.bidang:
        for rec, sub in zip(sub_records(b, b.sheet, start=len(records)), b.sub_kegiatan, strict=True):
            loc = sub.loc.get("pagu")
            if loc is None or not loc.cell.startswith(pagu_letter) or not loc.cell[len(pagu_letter):].isdigit():
                return None
            records.append(rec._replace(row=int(_ROW.search(loc.cell).group(1)) - 1))
    return records


def live_rkt_sheet(rkt: Rkt) -> tuple[SheetDescription, RktPlan] | None:
    """The RKT sheet for a live workbook whose bidang sheets are ``rkt``'s."""
    records = live_records(rkt)
    if records is None:
        return None
    plan = plan_rkt(rkt.profil, rkt.sasaran, records)
    sheet = describe_rkt_sheet(plan, rkt.profil)
    sheet.table = table_block(plan)
    return sheet, plan


def live_realisasi_sheets(rkt: Rkt) -> tuple[SheetDescription, ...] | None:
    """Pengukuran Kinerja and Realisasi Anggaran for a live workbook whose sheets are ``rkt``'s
    (the year's figures), pointing at the cells the values were read from. ``()`` when no
    realisasi is filled; None when it is but the pagu / realisasi anggaran columns are not the
    template's (the Realisasi Anggaran rows keep a row only, so their formulas could not
    point at the moved cells)."""
    collector = Collector(at_loc=True)
    for b in rkt.bidang:
        collector.add(b, b.sheet)
    try:
        if not collector.present(rkt.sasaran):
            return ()
        if not all(at_template_columns(s) for b in rkt.bidang for s in b.sub_kegiatan):
            return None
        return describe_realisasi_sheets(collector, rkt.profil, rkt.sasaran)
    finally:
        collector.close()
