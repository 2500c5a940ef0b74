"""What the command line prints: plain lines where the output is a file or a pipe, rich
tables in a terminal, and never a crash on a character the output's code page lacks."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from rkt_xl import terminal
from rkt_xl.cli import main

TARGET_GABUNGAN_F4 = ("Sasaran!F4: peringatan: Target '70 dan Baik' di F4 menggabungkan 2 nilai. Pisahkan "
                      "menjadi satu indikator per baris, masing-masing satu nilai dan satu satuan. [target-gabungan]")


def test_piped_report_is_one_line_per_finding(built, capsys):
    assert main(["validasi", str(built["sample"])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Berkas: {built['sample']}"
    assert lines[1] == TARGET_GABUNGAN_F4
    assert lines[-2:] == ["Ringkasan: 0 galat, 44 peringatan, 0 berkas tidak terbaca.",
                          "Lolos: tidak ada galat (44 peringatan perlu dicek)."]
    findings = [line for line in lines if line.endswith("]")]
    assert len(findings) == 44
    assert not any(ch in line for line in lines for ch in "─━┃│┏")   # no box drawing in a log file


def test_piped_tables_are_tab_separated(built, capsys):
    assert main(["baca", str(built["sample"])]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Sheet\tBidang\tSub kegiatan\tPagu (Rp)"
    assert lines[1] == "Sekretariat\tSekretariat\t16\t4.198.054.136"
    assert lines[5] == "\tJUMLAH\t35\t8.120.676.386"


def test_terminal_report_is_a_table(built, capsys, monkeypatch):
    monkeypatch.setattr(terminal, "is_terminal", lambda stderr=False: True)
    assert main(["validasi", str(built["sample"])]) == 0
    out = capsys.readouterr().out
    assert "Kode temuan" in out and "┃" in out and "target-gabungan" in out
    assert TARGET_GABUNGAN_F4 not in out


def test_cell_text_cannot_drive_the_terminal():
    assert terminal.escape_controls("a\x1b[2Jb\x07\tc\n") == "a\\x1b[2Jb\\x07\tc\n"


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_output_in_a_narrow_code_page_never_crashes(built, tmp_path, encoding):
    """On Windows a redirected output is written in the ANSI code page: a file name (or cell)
    with a character it lacks is shown escaped, the command still ends normally."""
    named = tmp_path / "RKT ≥ Ω.xlsx"
    shutil.copy(built["sample"], named)
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    run = subprocess.run([sys.executable, "-m", "rkt_xl.cli", "validasi", str(named)], capture_output=True,
                         env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    out = run.stdout.decode(encoding)
    assert out.splitlines()[0] == f"Berkas: {tmp_path}{os.sep}RKT \\u2265 \\u03a9.xlsx"
    assert "Traceback" not in run.stderr.decode(encoding)


def test_no_standard_streams_is_not_an_error(monkeypatch):
    """pythonw.exe, as Excel starts Python for the buttons, has sys.stdout = None."""
    monkeypatch.setattr("sys.stdout", None)
    monkeypatch.setattr("sys.stderr", None)
    assert not terminal.is_terminal() and not terminal.is_terminal(stderr=True)
    terminal.say("tidak ada yang melihat")
    terminal.say("juga tidak di stderr", stderr=True)
    terminal.show_table(["a"], [["b"]])


def test_json_stays_valid_json_in_a_narrow_code_page(built, tmp_path):
    named = tmp_path / "RKT ≥ Ω 😀.xlsx"
    shutil.copy(built["sample"], named)
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    run = subprocess.run([sys.executable, "-m", "rkt_xl.cli", "validasi", "--json", str(named)],
                         capture_output=True, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout.decode("cp1252"))
    assert data["files"] == [str(named)] and len(data["findings"]) == 44
