"""What every check gets (Context) and how it makes a Finding from the catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import RktXlError
from ..findings import Finding
from ..messages import FINDINGS
from ..model import Loc, Rkt
from ..reader import Grid


@dataclass
class Context:
    rkt: Rkt
    grids: Mapping[str, Grid]
    file: str = ""
    structure: object = None     # structure.WorkbookStructure for files, None for live workbooks
    versi: str | None = None     # nomenclature edition; default: Profil, else DEFAULT_EDITION

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
