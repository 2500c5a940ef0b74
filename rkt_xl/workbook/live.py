"""Grids from a live workbook (the Excel button): Excel hands over computed values, with
error cells as text such as '#REF!'. Split those into a structure record so the checks see
them exactly as they see error cells in a file (nilai-galat-excel), never as text or 0."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rkt_xl.workbook.layout import a1
from rkt_xl.workbook.structure import SheetStructure, WorkbookStructure

EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!",
                          "#BUSY!", "#UNKNOWN!"})


def split_error_values(grids: Mapping[str, Sequence[Sequence[object]]]
                       ) -> tuple[dict[str, list[list[object]]], WorkbookStructure]:
    clean: dict[str, list[list[object]]] = {}
    structure = WorkbookStructure()
    for name, grid in grids.items():
        sheet = SheetStructure(name)
        rows = []
        for r, row in enumerate(grid):
            out = []
            for c, v in enumerate(row):
                if isinstance(v, str) and v in EXCEL_ERRORS:
                    sheet.errors[a1(r, c)] = v
                    out.append(None)
                else:
                    out.append(v)
            rows.append(out)
        clean[name] = rows
        structure.sheets[name] = sheet
    return clean, structure
