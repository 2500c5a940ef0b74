"""`rkt pasang`: the office's working folder on this PC.

Writes the macro workbook whose xlwings.conf names the Python of the environment this runs
in (so the buttons find rkt_xl without PATH or a typed path), the empty template and the
2023 sample. Every file goes through save_atomically: a file that differs from the new one
is archived under arsip/ first, an identical one is left alone.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from rkt_xl.errors import SaveError
from rkt_xl.samples.sample import write_sample
from rkt_xl.save import SaveResult
from rkt_xl.texts import text
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.xlsx.macro import write_xlsm
from rkt_xl.xlsx.template import write_workbook

FOLDER_NAME = "RKT"
XLSM_NAME = "RKT_template.xlsm"
TEMPLATE_NAME = "RKT_template.xlsx"
SAMPLE_NAME = "RKT_BKPSDM_2023.xlsx"


def default_folder(documents: str | None = None, home: Path | None = None) -> Path:
    """``Documents\\RKT`` (platformdirs finds Documents, also when it was moved).

    A Documents folder synchronised by OneDrive is avoided (xlwings often cannot find a
    workbook there): then the folder is ``RKT`` in the user's profile."""
    documents = documents if documents is not None else platformdirs.user_documents_dir()
    if "onedrive" in documents.lower():
        return (home or Path.home()) / FOLDER_NAME
    return Path(documents) / FOLDER_NAME


def running_interpreter(executable: str | None = None, platform: str | None = None,
                        local_appdata: str | None = None) -> str:
    """The Python the buttons should start: this environment's pythonw.exe on Windows (no
    console window), the running interpreter itself elsewhere. Never resolved through
    symlinks: a venv's bin/python is a link to the base Python, which lacks rkt_xl.

    Under %LOCALAPPDATA% (where INSTAL.bat puts the venv) the path is written with the
    variable, which xlwings expands: the workbook then works for a colleague too."""
    exe = Path(executable or sys.executable)
    if (platform or sys.platform) != "win32":
        return str(exe)
    windowed = exe.with_name("pythonw.exe")
    path = str(windowed if windowed.exists() else exe)
    base = (local_appdata if local_appdata is not None else os.environ.get("LOCALAPPDATA", "")).rstrip("\\/")
    if base and path.lower().startswith(base.lower() + "\\"):
        return "%LOCALAPPDATA%" + path[len(base):]
    return path


@dataclass
class InstallResult:
    folder: Path
    interpreter: str
    saved: dict[str, SaveResult] = field(default_factory=dict)   # role -> result
    windows: bool = True

    def lines(self) -> list[str]:
        """What was written and what to do next, in Bahasa Indonesia."""
        out: list[str] = []
        for role, result in self.saved.items():
            key = {"xlsm": "pasang.berkas-xlsm", "templat": "pasang.berkas-templat",
                   "contoh": "pasang.berkas-contoh"}[role]
            out.append(text(key, path=result.path, interpreter=self.interpreter))
            if result.archived is not None:
                out.append("  " + text("hasil-arsip", path=result.archived))
            if result.locked:
                out.append("  " + text("simpan-terkunci", path=result.requested, alt=result.path))
        out.append(text("pasang.selesai", folder=self.folder))
        out.append(text("pasang.langkah-judul"))
        out.append(text("pasang.langkah-1", folder=self.folder))
        out.append(text("pasang.langkah-2", xlsm=self.saved["xlsm"].path))
        out.append(text("pasang.langkah-3"))
        if not self.windows:
            out.append(text("pasang.langkah-bukan-windows"))
        return out


def install_folder(folder: Path | None = None, bidang: Sequence[BidangSpec] | None = None,
                   interpreter: str | None = None) -> InstallResult:
    folder = Path(folder) if folder is not None else default_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveError("pasang.folder-gagal", path=folder, detail=exc.strerror or str(exc)) from exc
    folder = folder.resolve()
    result = InstallResult(folder, interpreter or running_interpreter(),
                           windows=sys.platform == "win32")
    result.saved["xlsm"] = write_xlsm(folder / XLSM_NAME, bidang, interpreter=result.interpreter)
    result.saved["templat"] = write_workbook(folder / TEMPLATE_NAME, bidang=bidang)
    result.saved["contoh"] = write_sample(folder / SAMPLE_NAME)[0]
    return result
