"""`rkt xlsm`: the template as a macro workbook with one-click buttons.

The VBA project is made from text only (pyOpenVBA): the standalone xlwings RunPython
runtime of the pinned xlwings version (rkt_xl/xlsx/vba/xlwings.bas, BSD licence header kept,
see NOTICE), its Dictionary class (MIT), and our module RKT (macros/RKT.bas). XlsxWriter
then writes the template with that project, a form button per macro on Petunjuk and on
every bidang sheet, and the xlwings.conf sheet. No Excel file is ever loaded and re-saved.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from rkt_xl.save import SaveResult
from rkt_xl.texts import text
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.xlsx.template import Macros, write_workbook

DEFAULT_OUTPUT = Path("RKT_template.xlsm")   # in the current folder
# (module name, file under rkt_xl/xlsx/vba, class module?)
VBA_MODULES = (("xlwings", "xlwings.bas", False), ("Dictionary", "Dictionary.cls", True), ("RKT", "RKT.bas", False))
BUTTONS = ((text("sheet.tombol-validasi"), "Validasi"), (text("sheet.tombol-konsolidasi"), "Konsolidasi"),
           (text("kirim.tombol"), "Kirim"), (text("dokumen.tombol-lkjip"), "BuatLKjIP"),
           (text("dokumen.tombol-pk"), "BuatPK"))
# Where INSTAL.bat puts the venv. xlwings expands %VARIABLES% in xlwings.conf, so the same
# workbook finds its Python on every PC where INSTAL.bat ran, whoever the user is.
DEFAULT_INTERPRETER = r"%LOCALAPPDATA%\rkt_xl\venv\Scripts\pythonw.exe"


def xlwings_config(interpreter: str | None = None) -> tuple[tuple[str, str], ...]:
    """Key/value rows of the xlwings.conf sheet: which Python the buttons start."""
    return (("INTERPRETER_WIN", interpreter or DEFAULT_INTERPRETER), ("ADD_WORKBOOK_TO_PYTHONPATH", "False"))


def vba_source(name: str) -> str:
    return resources.files("rkt_xl.xlsx").joinpath(f"vba/{name}").read_text("utf-8")


def runtime_version() -> str:
    """XLWINGS_VERSION of the embedded runtime (must equal the pinned xlwings)."""
    m = re.search(r'XLWINGS_VERSION As String = "([^"]+)"', vba_source("xlwings.bas"))
    return m.group(1) if m else ""


def build_vba_project(folder: Path) -> Path:
    """vbaProject.bin with our modules, built in ``folder`` from a fresh carrier workbook."""
    from pyopenvba import ExcelFile, VBAModuleKind

    carrier = folder / "carrier.xlsm"
    xf = ExcelFile.create_new(carrier)
    try:
        project = xf.vba_project()
        for name, file, is_class in VBA_MODULES:
            kind = VBAModuleKind.other if is_class else VBAModuleKind.standard
            project.add_module(name, vba_source(file), kind=kind)
        project.delete_module("Module1")
        xf.save()
    finally:
        xf.close()
    out = folder / "vbaProject.bin"
    with zipfile.ZipFile(carrier) as zf:   # the saved part (vba_project_bytes() is the loaded one)
        out.write_bytes(zf.read("xl/vbaProject.bin"))
    return out


def write_xlsm(path: Path = DEFAULT_OUTPUT, bidang: Sequence[BidangSpec] | None = None,
               versi: str | None = None, interpreter: str | None = None) -> SaveResult:
    """The macro template at ``path``; ``interpreter`` goes to xlwings.conf (INTERPRETER_WIN)."""

    with tempfile.TemporaryDirectory() as tmp:
        project = build_vba_project(Path(tmp))
        return write_workbook(Path(path), bidang=bidang, versi=versi,
                              macros=Macros(project, BUTTONS, xlwings_config(interpreter)))
