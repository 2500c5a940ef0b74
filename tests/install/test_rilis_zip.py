"""`make rilis` end to end (opt-in: RKT_TEST_RILIS=1; downloads ~50 MB of wheels the first
time, about a minute with pip's cache). Builds the zip from HEAD, unpacks it and checks what
the office PC will rely on."""

import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from rkt_xl import __version__
from tests.conftest import ROOT
from tools import rilis
from tools.wheelset import SUPPORTED_PYTHONS, Wheel, closure, wheels_in, windows_tags

from .test_pasang import xlwings_conf
from .test_wheel_venv import files_under, fresh_venv, run_rkt

pytestmark = pytest.mark.skipif(os.environ.get("RKT_TEST_RILIS") != "1",
                                reason="builds the whole release zip: RKT_TEST_RILIS=1")


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory):
    work = tmp_path_factory.mktemp("rilis")
    out = rilis.build(work / "dist")
    assert out.name == f"rkt_xl-{__version__}-windows.zip"
    with zipfile.ZipFile(out) as zf:
        zf.extractall(work / "x")
    return work / "x" / out.stem


def head() -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"],
                          capture_output=True, text=True, check=True).stdout.strip()


def test_contents_and_sums(unpacked):
    top = {p.name for p in unpacked.iterdir()}
    assert top == {"INSTAL.bat", "wheels", "RKT_template.xlsm", "PANDUAN_PASANG_WINDOWS.pdf",
                   "CATATAN_RILIS.txt", "SHA256SUMS"}
    assert rilis.verify_sums(unpacked) == []
    assert (unpacked / "INSTAL.bat").read_bytes() == rilis.crlf((ROOT / "tools/windows/INSTAL.bat").read_text("ascii"))
    assert (unpacked / "CATATAN_RILIS.txt").read_bytes().decode("utf-8").startswith(f"rkt_xl {__version__} (commit {head()})\r\n")
    assert xlwings_conf(unpacked / "RKT_template.xlsm")["INTERPRETER_WIN"] == r"%LOCALAPPDATA%\rkt_xl\venv\Scripts\pythonw.exe"


@pytest.mark.parametrize("python", SUPPORTED_PYTHONS)
def test_every_requirement_has_a_windows_wheel(unpacked, python):
    wheels = wheels_in(unpacked / "wheels")
    (root,) = [w for w in wheels if w.name == "rkt-xl"]
    resolved = closure(root, {"excel"}, wheels, python)
    assert resolved.missing == []
    assert {"xlwings", "pywin32", "python-calamine", "cryptography", "markupsafe"} <= set(resolved.chosen)
    tags = windows_tags(python)
    assert all(w.tags & tags for w in resolved.chosen.values())
    assert any(w.name == "pip" for w in wheels)   # Langkah 3 of INSTAL.bat
    # pip's own resolver, offline, as INSTAL.bat asks it (markers judged for this Linux, the rest for Windows)
    digits = python.replace(".", "")
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                           "--no-index", "--find-links", str(unpacked / "wheels"), "--only-binary=:all:",
                           "--platform", "win_amd64", "--python-version", python, "--implementation", "cp",
                           "--abi", f"cp{digits}", "--abi", "abi3", "--abi", "none",
                           "--target", str(unpacked.parent / f"target-{digits}"), "rkt-xl[excel]"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_guide_pdf_has_the_manual_steps(unpacked):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    text = " ".join(subprocess.run(["pdftotext", str(unpacked / "PANDUAN_PASANG_WINDOWS.pdf"), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    for needle in ("Memasang rkt_xl di PC Windows kantor", "Klik dua kali INSTAL.bat", "Cara manual",
                   "Langkah 5: siapkan folder kerja", "Trusted Location", "Could not find"):
        assert needle in text, needle


def test_the_bundled_wheel_runs_the_demo_in_a_fresh_linux_venv(unpacked, tmp_path):
    (wheel,) = (unpacked / "wheels").glob("rkt_xl-*.whl")
    assert Wheel.of(wheel).tags & {t for t in windows_tags("3.12")}
    venv = fresh_venv(tmp_path / "venv", wheel)
    cwd, home = tmp_path / "cwd", tmp_path / "home"
    cwd.mkdir(), home.mkdir()
    done = run_rkt(venv, ["demo"], cwd, home)
    assert done.returncode == 0, done.stderr
    assert "hasil/demo/RKT_konsolidasi_2023.xlsx" in files_under(cwd)
    assert run_rkt(venv, ["--versi"], cwd, home).stdout == f"rkt_xl {__version__} (commit {head()})\n"
