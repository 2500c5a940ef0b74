"""`rkt pasang` and `rkt xlsm --interpreter`: the working folder whose macro workbook names
the Python it was installed from; running again archives a changed file, never overwrites."""

import sys
from pathlib import Path

import openpyxl

from rkt_xl.cli import main
from rkt_xl.install.setup import default_folder, running_interpreter
from rkt_xl.workbook.reader import read_workbook

FILES = {"RKT_template.xlsm", "RKT_template.xlsx", "RKT_BKPSDM_2023.xlsx"}


def xlwings_conf(path: Path) -> dict[str, str]:
    wb = openpyxl.load_workbook(path, read_only=True, keep_vba=False)
    try:
        return {row[0]: row[1] for row in wb["xlwings.conf"].iter_rows(values_only=True, max_col=2) if row[0]}
    finally:
        wb.close()


def test_pasang_writes_the_folder_with_this_interpreter(tmp_path, capsys):
    folder = tmp_path / "Documents" / "RKT"
    assert main(["pasang", "--folder", str(folder)]) == 0
    out = capsys.readouterr().out
    assert {p.name for p in folder.iterdir()} == FILES
    assert xlwings_conf(folder / "RKT_template.xlsm") == {
        "INTERPRETER_WIN": sys.executable, "ADD_WORKBOOK_TO_PYTHONPATH": "False"}
    assert read_workbook(folder / "RKT_BKPSDM_2023.xlsx").total_pagu() == 8_120_676_386
    assert read_workbook(folder / "RKT_template.xlsx").all_sub_kegiatan() == []
    assert f"Buku kerja bertombol (Python: {sys.executable}): {folder / 'RKT_template.xlsm'}" in out
    assert f"Add new location, pilih folder {folder}," in out


def test_running_twice_archives_what_changed(tmp_path, capsys):
    folder = tmp_path / "RKT"
    assert main(["pasang", "--folder", str(folder)]) == 0
    first = {n: (folder / n).read_bytes() for n in FILES}
    assert main(["pasang", "--folder", str(folder)]) == 0     # nothing changed: nothing archived
    assert not (folder / "arsip").exists()
    assert {n: (folder / n).read_bytes() for n in FILES} == first
    filled = (folder / "RKT_BKPSDM_2023.xlsx").read_bytes()   # the user's own work in the template
    (folder / "RKT_template.xlsm").write_bytes(filled)
    capsys.readouterr()
    assert main(["pasang", "--folder", str(folder)]) == 0
    (archived,) = (folder / "arsip").glob("RKT_template-*.xlsm")
    assert archived.read_bytes() == filled
    assert (folder / "RKT_template.xlsm").read_bytes() == first["RKT_template.xlsm"]
    assert f"Versi sebelumnya disimpan di {archived}" in capsys.readouterr().out


def test_xlsm_interpreter_option(tmp_path):
    exe = r"C:\Users\Nama Pengguna\AppData\Local\rkt_xl\venv\Scripts\pythonw.exe"
    assert main(["xlsm", "-o", str(tmp_path / "a.xlsm"), "--interpreter", exe]) == 0
    assert xlwings_conf(tmp_path / "a.xlsm")["INTERPRETER_WIN"] == exe
    assert main(["xlsm", "-o", str(tmp_path / "b.xlsm")]) == 0
    assert xlwings_conf(tmp_path / "b.xlsm")["INTERPRETER_WIN"] == r"%LOCALAPPDATA%\rkt_xl\venv\Scripts\pythonw.exe"


def test_default_folder_is_documents_rkt_but_not_onedrive(tmp_path):
    assert default_folder(r"C:\Users\ani\Documents") == Path(r"C:\Users\ani\Documents") / "RKT"
    assert default_folder("/home/ani/Documents") == Path("/home/ani/Documents/RKT")
    assert default_folder(r"C:\Users\ani\OneDrive - Pemkab\Documents", home=tmp_path) == tmp_path / "RKT"


def test_interpreter_is_pythonw_of_the_venv_on_windows(tmp_path):
    scripts = tmp_path / "venv" / "Scripts"
    scripts.mkdir(parents=True)
    (scripts / "python.exe").touch()
    assert running_interpreter(str(scripts / "python.exe"), "win32") == str(scripts / "python.exe")
    (scripts / "pythonw.exe").touch()
    assert running_interpreter(str(scripts / "python.exe"), "win32") == str(scripts / "pythonw.exe")
    # under %LOCALAPPDATA% (INSTAL.bat's venv): written with the variable, valid for every user
    appdata = str(tmp_path)
    assert running_interpreter(str(scripts / "python.exe"), "win32", appdata + "\\") == str(scripts / "pythonw.exe")
    assert running_interpreter(appdata + r"\rkt_xl\venv\Scripts\python.exe", "win32", appdata) == (
        r"%LOCALAPPDATA%\rkt_xl\venv\Scripts\python.exe")
    # elsewhere the running interpreter as started (a venv's bin/python is a symlink: kept)
    assert running_interpreter("/opt/venv/bin/python", "linux") == "/opt/venv/bin/python"
