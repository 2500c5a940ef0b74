"""The pieces of the release zip, without building it (that is test_rilis_zip.py, opt-in):
INSTAL.bat equals the documented manual steps, SHA256SUMS, release notes, the wheel-set
checker on a small fixture set of wheels."""

import hashlib
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tools import rilis
from tools.wheelset import Wheel, closure, wheels_in, windows_tags

BAT = ROOT / "tools" / "windows" / "INSTAL.bat"
GUIDE = ROOT / "docs" / "pasang_windows.md"
VENV = r"%LOCALAPPDATA%\rkt_xl\venv"
PY = "py -3.13"   # the version the guide's commands use


def bat_steps(text: str) -> list[tuple[str, list[str]]]:
    """(title, commands) per `rem == Langkah N:` block; the probe (>nul) and the error
    jumps are the script's own, `%VENV%`/`%PY%` are expanded as the guide writes them."""
    steps: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        line = line.strip()
        if m := re.fullmatch(r"rem == (Langkah \d+: .+)", line):
            steps.append((m.group(1), []))
        elif steps and line and not line.startswith(("rem", "echo", "if errorlevel 1 goto", ":", "pause", "exit")):
            if ">nul" in line or line.startswith(("for ", "if not defined", ")")):
                continue
            line = line.removeprefix("if errorlevel 1 ")
            steps[-1][1].append(line.replace("%PY%", PY).replace("%VENV%", VENV))
        if line.startswith("pause"):
            break
    return steps


def doc_steps(markdown: str) -> list[tuple[str, list[str]]]:
    manual = markdown.split("## Cara manual", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"### (Langkah \d+: .+?)\n+```bat\n(.*?)```", manual, flags=re.S)
    return [(title, body.strip().splitlines()) for title, body in blocks]


def test_bat_steps_are_the_documented_ones():
    bat, doc = bat_steps(BAT.read_text(encoding="ascii")), doc_steps(GUIDE.read_text(encoding="utf-8"))
    assert [t for t, _ in bat] == [t for t, _ in doc] == [f"Langkah {n}: " + t.split(": ", 1)[1] for n, (t, _) in
                                                        enumerate(bat, 1)]
    assert len(bat) == 5
    # Langkah 1 is a search in the script and `py --list` by hand; the others are the same commands
    assert doc[0][1] == ["py --list"]
    assert bat[1:] == doc[1:]
    assert bat[3][1] == [rf'"{VENV}\Scripts\python.exe" -m pip install --no-index --find-links wheels --upgrade "rkt-xl[excel]"']
    assert bat[4][1] == [rf'"{VENV}\Scripts\rkt.exe" pasang']


def test_bat_is_plain_ascii_looks_for_every_supported_python_and_needs_no_admin():
    text = BAT.read_text(encoding="ascii")
    from tools.wheelset import SUPPORTED_PYTHONS
    assert f"for %%V in ({' '.join(reversed(SUPPORTED_PYTHONS))}) do (" in text
    assert f"Python {SUPPORTED_PYTHONS[0]} sampai {SUPPORTED_PYTHONS[-1]} (64-bit) belum terpasang" in text
    assert "https://www.python.org/downloads/windows/" in text
    for forbidden in ("runas", "Program Files", "HKLM", "setx", "pip install rkt", "https://pypi"):
        assert forbidden not in text
    assert rilis.crlf(text).count(b"\r\n") == text.count("\n") and b"\r\r" not in rilis.crlf(text)


def test_guide_points_at_no_package_index():
    text = GUIDE.read_text(encoding="utf-8")
    commands = re.findall(r"```(?:bat|powershell)\n(.*?)```", text, flags=re.S)
    for block in commands:
        for line in block.splitlines():
            if "pip install" in line:
                assert "--no-index --find-links wheels" in line, line
    assert "pypi.org" not in text and 'install "rkt-xl[excel]"' not in text.replace("--upgrade ", "")


def test_guide_renders_to_html_with_its_tables():
    html = rilis.guide_html(GUIDE.read_text(encoding="utf-8"), "0.1.0")
    assert html.count("<table>") == 2 and "<h1>Memasang rkt_xl di PC Windows kantor</h1>" in html


def test_sums_verify_and_catch_changes(tmp_path):
    (tmp_path / "wheels").mkdir()
    (tmp_path / "INSTAL.bat").write_bytes(b"@echo off\r\n")
    (tmp_path / "wheels" / "a-1-py3-none-any.whl").write_bytes(b"x" * 100)
    sums = rilis.write_sums(tmp_path)
    assert sums.read_text().splitlines() == [
        f"{hashlib.sha256(b'@echo off' + bytes([13, 10])).hexdigest()}  INSTAL.bat",
        f"{hashlib.sha256(b'x' * 100).hexdigest()}  wheels/a-1-py3-none-any.whl"]
    assert rilis.verify_sums(tmp_path) == []
    if shutil.which("sha256sum"):   # the format the standard tool reads
        subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=tmp_path, check=True)
    (tmp_path / "INSTAL.bat").write_bytes(b"@echo on\r\n")
    (tmp_path / "extra.txt").write_text("?")
    (tmp_path / "wheels" / "a-1-py3-none-any.whl").unlink()
    assert rilis.verify_sums(tmp_path) == ["changed: INSTAL.bat", "missing: wheels/a-1-py3-none-any.whl",
                                           "not listed: extra.txt"]


def test_release_notes_from_the_changelog():
    changelog = "# Changelog\n\n## 0.2.0\n\n- baru\n\n## 0.1.0 - 2026-11-01\n\n- #2 awal\n- #3 validasi\n"
    assert rilis.release_notes(changelog, "0.1.0", "abc") == (
        "rkt_xl 0.1.0 (commit abc)\r\nCatatan rilis, dari CHANGELOG.md\r\n\r\n- #2 awal\r\n- #3 validasi\r\n")
    unreleased = "# Changelog\n\n## Unreleased\n\n- #14 rilis\n"
    assert "- #14 rilis" in rilis.release_notes(unreleased, "0.3.0", "abc")


# --- the wheel-set checker on a fixture set ---------------------------------------------------

def fake_wheel(folder: Path, filename: str, requires: list[str] = ()) -> Path:
    name, version = filename.split("-")[:2]
    path = folder / filename
    meta = "".join(f"Requires-Dist: {r}\n" for r in requires)
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"{name}-{version}.dist-info/METADATA",
                    f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n{meta}")
    return path


@pytest.fixture
def fixture_set(tmp_path):
    root = fake_wheel(tmp_path, "app-1.0-py3-none-any.whl", [
        "pure>=2", "native<2", "winonly; sys_platform == 'win32'", "maconly; sys_platform == 'darwin'",
        "xl==0.3; extra == 'excel'", "testing; extra == 'test'", "old; python_version < '3.11'"])
    fake_wheel(tmp_path, "pure-2.1-py3-none-any.whl", ["colorama; platform_system == 'Windows'"])
    fake_wheel(tmp_path, "colorama-0.4.6-py2.py3-none-any.whl")
    fake_wheel(tmp_path, "native-1.5-cp312-cp312-win_amd64.whl")
    fake_wheel(tmp_path, "native-1.5-cp313-cp313-win_amd64.whl")
    fake_wheel(tmp_path, "native-1.5-cp312-cp312-manylinux_2_17_x86_64.whl")
    fake_wheel(tmp_path, "winonly-3-cp38-abi3-win_amd64.whl")
    fake_wheel(tmp_path, "xl-0.3-cp312-cp312-win_amd64.whl")
    fake_wheel(tmp_path, "xl-0.4-cp313-cp313-win_amd64.whl")   # wrong version for 3.13
    return Wheel.of(root), wheels_in(tmp_path)


def test_closure_with_windows_markers(fixture_set):
    root, available = fixture_set
    ok = closure(root, {"excel"}, available, "3.12")
    assert ok.missing == []
    assert {n: str(w.version) for n, w in ok.chosen.items()} == {
        "pure": "2.1", "colorama": "0.4.6", "native": "1.5", "winonly": "3", "xl": "0.3"}
    assert ok.chosen["native"].path.name == "native-1.5-cp312-cp312-win_amd64.whl"
    assert closure(root, {"excel"}, available, "3.13").missing == ["xl==0.3; extra == \"excel\""]
    assert closure(root, set(), available, "3.13").missing == []
    assert sorted(closure(root, set(), available, "3.10").missing) == [
        "native<2", "old; python_version < \"3.11\""]


def test_windows_tags_accept_abi3_and_pure_but_not_linux():
    tags = windows_tags("3.12")
    for name in ("a-1-cp312-cp312-win_amd64.whl", "a-1-cp311-abi3-win_amd64.whl", "a-1-py3-none-any.whl",
                 "a-1-py2.py3-none-any.whl", "a-1-cp312-none-win_amd64.whl"):
        assert Wheel.of(Path(name)).tags & tags, name
    for name in ("a-1-cp313-cp313-win_amd64.whl", "a-1-cp312-cp312-win32.whl",
                 "a-1-cp312-cp312-manylinux_2_17_x86_64.whl", "a-1-pp310-pypy310_pp73-win_amd64.whl"):
        assert not Wheel.of(Path(name)).tags & tags, name
