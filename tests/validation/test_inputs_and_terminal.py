"""Issue 9: which inputs a command reads and how it speaks about them. An input is never a
target; rkt_xl's own outputs are told by content and skipped with a one-line note in every
command; --paksa never hides an unreadable input; control characters from file names and
cells never reach the terminal raw; a file or folder the user may not read is said so in
Bahasa Indonesia, exit code 3."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from rkt_xl.cli import main
from rkt_xl.texts import FINDINGS, text
from tests import factories as F
from tests import grids_factory as G
from tests import hostile as H
from tests.conftest import fingerprint


def msg(code: str, **params: object) -> str:
    return FINDINGS[code][1].format(**params)


def test_output_equal_to_an_input_is_refused(tmp_path, capsys):
    good = H.good(tmp_path / "baik.xlsx")
    before = fingerprint(good)
    assert main(["konsolidasi", str(good), "-o", str(good)]) == 2
    expected = text("galat-berhenti", detail=text("andal.keluaran-sama-dengan-masukan", path=good))
    assert capsys.readouterr().err.strip() == expected
    assert main(["validasi", str(tmp_path), "--laporan", str(good)]) == 2
    assert capsys.readouterr().err.strip() == expected
    assert fingerprint(good) == before and not (tmp_path / "arsip").exists()


def test_own_outputs_are_skipped_by_content_in_every_command(tmp_path, capsys):
    folder = tmp_path / "masuk"
    folder.mkdir()
    good = H.good(folder / "baik.xlsx")
    assert main(["konsolidasi", str(folder)]) == 0
    made = folder / "RKT_konsolidasi_2025.xlsx"
    assert made.exists()
    renamed = made.rename(folder / "data_bidang.xlsx")     # the name says nothing
    assert main(["validasi", str(folder), "--laporan", str(folder / "laporan.xlsx")]) == 0
    capsys.readouterr()
    code = main(["validasi", "--json", str(folder)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["files"] == [str(good)]
    assert [(f["code"], f["message"]) for f in out["findings"]] == [
        ("berkas-hasil-konsolidasi", msg("berkas-hasil-konsolidasi", file=renamed)),
        ("berkas-hasil-rkt-xl", msg("berkas-hasil-rkt-xl", file=folder / "laporan.xlsx", jenis="laporan validasi")),
    ]
    assert main(["konsolidasi", str(folder), "-o", str(tmp_path / "lagi.xlsx")]) == 0


def test_paksa_with_an_unreadable_input_does_not_exit_0(tmp_path, capsys):
    folder = tmp_path / "masuk"
    folder.mkdir()
    H.good(folder / "baik.xlsx")
    (folder / "kosong.xlsx").write_bytes(b"")
    out = tmp_path / "hasil.xlsx"
    assert main(["konsolidasi", str(folder), "-o", str(out), "--paksa"]) == 3
    assert out.exists()
    assert text("berkas-kosong", path=folder / "kosong.xlsx") in capsys.readouterr().err


def test_escape_sequences_are_shown_escaped(tmp_path, capsys):
    name = "RKT\x1b[2J\x1b]0;judul\x07.xlsx"
    src = H.good(tmp_path / "src.tmp", subs=[G.sub(kode="SUB-ESC")])
    good = F.rezip(src, tmp_path / name, {H.BIDANG_PART: lambda x: x.replace(b"SUB-ESC", "K\x1b[31m\u009b".encode())})
    src.unlink()
    (tmp_path / "x\x1b[5m.xlsx").write_bytes(b"")
    main(["validasi", str(tmp_path)])
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\x9b" not in out + err and "\x07" not in out + err
    assert "x\\x1b[5m.xlsx" in err
    assert "K\\x1b[31m\\x9b" in out
    assert good.exists()


def _without_override(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in a new user namespace: the same user, without the power to read what
    its permission bits forbid (root in CI reads everything otherwise)."""
    return subprocess.run(["unshare", "-U", sys.executable, "-m", "rkt_xl.cli", *args], capture_output=True,
                          text=True, timeout=120)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_unreadable_file_and_folder_are_said_in_indonesian(tmp_path):
    probe = subprocess.run(["unshare", "-U", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("user namespaces (unshare -U) are not permitted here")
    secret = H.good(tmp_path / "rahasia.xlsx")
    locked = tmp_path / "terkunci"
    locked.mkdir()
    H.good(locked / "baik.xlsx")
    secret.chmod(0o000)
    locked.chmod(0o000)
    try:
        done = _without_override("validasi", str(secret))
        if done.returncode == 0:
            pytest.skip("permission bits are not enforced for this user")
        assert done.returncode == 3, done.stderr
        assert text("andal.berkas-tanpa-izin", path=secret) in done.stderr
        assert "not readable" not in done.stderr
        done = _without_override("validasi", str(locked))
        assert done.returncode == 3, done.stderr
        assert text("andal.folder-tanpa-izin", path=locked) in done.stderr
    finally:
        secret.chmod(0o644)
        locked.chmod(0o755)
