"""The built wheel in a fresh venv, used from an empty folder: every command writes only
there (issue 10), `rkt pasang` writes the workbook naming that venv's Python (issue 14).

The wheel is built once per session from a copy of the sources (never inside the
repository) and installed with pip's cache: about 20 s."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rkt_xl import __version__
from tests.conftest import ROOT

from .test_pasang import FILES, xlwings_conf

SOURCES = ("rkt_xl", "pyproject.toml", "README.md", "NOTICE")


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def build_wheel(out: Path) -> Path:
    src = out / "src"
    src.mkdir(parents=True)
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "build.json"))
        else:
            (src / name).write_bytes(path.read_bytes())
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(src)],
                   check=True, capture_output=True)
    (wheel,) = out.glob("rkt_xl-*.whl")
    return wheel


def fresh_venv(folder: Path, wheel: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-compile", str(wheel)],
                   check=True, capture_output=True)
    return python


@pytest.fixture(scope="session")
def venv(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel-venv")
    return fresh_venv(work / "venv", build_wheel(work / "dist"))


def run_rkt(venv: Path, args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), PATH=f"{venv.parent}{os.pathsep}{env.get('PATH', '')}", COLUMNS="200")
    return subprocess.run([str(venv.parent / "rkt"), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_commands_write_only_into_the_current_folder(venv, tmp_path):
    cwd, home = tmp_path / "kosong", tmp_path / "home"
    cwd.mkdir(), home.mkdir()
    site = venv.parent.parent
    before = {f for f in files_under(site) if "__pycache__" not in f}
    for args in (["demo"], ["templat"], ["contoh"], ["xlsm"]):
        done = run_rkt(venv, args, cwd, home)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
    assert files_under(cwd) == {
        "RKT_template.xlsx", "RKT_BKPSDM_2023.xlsx", "RKT_template.xlsm", "RKT_BKPSDM_2023_realisasi_fiktif.xlsx",
        "hasil/demo/RKT_template.xlsx", "hasil/demo/RKT_BKPSDM_2023.xlsx",
        "hasil/demo/Validasi_RKT_BKPSDM_2023.xlsx", "hasil/demo/RKT_konsolidasi_2023.xlsx",
        "hasil/demo/RKT_BKPSDM_2023_realisasi_fiktif.xlsx", "hasil/demo/RKT_konsolidasi_2023_realisasi_fiktif.xlsx",
        "hasil/demo/PK_BKPSDM_2023.docx", "hasil/demo/LKjIP_BKPSDM_2023.docx"}
    # matplotlib (the LKjIP charts of the demo) keeps its font list in the user's cache folder
    assert {f for f in files_under(home) if not f.startswith(".cache/matplotlib/")} == set()
    assert {f for f in files_under(site) if "__pycache__" not in f} == before
    version = run_rkt(venv, ["--versi"], cwd, home)
    assert version.stdout == f"rkt_xl {__version__} (commit tidak diketahui)\n"   # no build.json, no checkout


def test_pasang_in_the_fresh_venv_names_its_interpreter(venv, tmp_path):
    cwd, home = tmp_path / "cwd", tmp_path / "home"
    cwd.mkdir(), home.mkdir()
    done = run_rkt(venv, ["pasang"], cwd, home)        # the default folder: Documents/RKT
    assert done.returncode == 0, done.stderr
    folder = home / "Documents" / "RKT"
    assert files_under(folder) == FILES and files_under(cwd) == set()
    assert xlwings_conf(folder / "RKT_template.xlsm")["INTERPRETER_WIN"] == str(venv)
    assert f"Selesai. Folder kerja: {folder}" in done.stdout
    (folder / "RKT_template.xlsx").write_bytes((folder / "RKT_BKPSDM_2023.xlsx").read_bytes())
    again = run_rkt(venv, ["pasang"], cwd, home)
    assert again.returncode == 0, again.stderr
    (archived,) = (folder / "arsip").glob("RKT_template-*.xlsx")
    assert archived.read_bytes() == (folder / "RKT_BKPSDM_2023.xlsx").read_bytes()
    assert f"Versi sebelumnya disimpan di {archived}" in again.stdout
