"""Issue 9, item 5: one save path. A save that cannot happen ends with one Indonesian line
naming the folder and the reason, exit code 3, the previous output intact, no temp file
left and nothing truncated in arsip/. The read-only and full-disk cases run on a small tmpfs
mounted for the test (skipped, saying why, where mounting is not permitted)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from rkt_xl.cli import main
from rkt_xl.errors import SaveError
from rkt_xl.save import save_atomically
from rkt_xl.texts import text
from tests import hostile as H
from tests.conftest import fingerprint


def _mount(point: Path, options: str) -> None:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({done.stderr.strip() or done.returncode})")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (read-write; a test may remount it read-only)."""
    point = tmp_path / "disk"
    point.mkdir()
    _mount(point, "size=1m")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if ".tmp" in p.name or p.name.startswith(".rkt-"))


@pytest.fixture
def first_output(small_disk: Path, tmp_path: Path) -> tuple[Path, Path, tuple[str, int]]:
    """A good input folder and its consolidated output on the small disk, fingerprinted."""
    inputs = tmp_path / "masuk"
    inputs.mkdir()
    H.good(inputs / "baik.xlsx")
    out = small_disk / "hasil.xlsx"
    assert main(["konsolidasi", str(inputs), "-o", str(out)]) == 0
    return inputs, out, fingerprint(out)


def test_read_only_folder(small_disk: Path, first_output, capsys) -> None:
    inputs, out, before = first_output
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    capsys.readouterr()
    H.good(inputs / "baik.xlsx", bidang="Umum")      # a changed input: a new output is due
    assert main(["konsolidasi", str(inputs), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    expected = text("andal.simpan-hanya-baca", path=out, folder=small_disk)
    assert err.strip().splitlines()[-1] == text("galat-berhenti", detail=expected)
    assert fingerprint(out) == before and leftovers(small_disk) == []
    assert main(["templat", "-o", str(small_disk / "t.xlsx")]) == 3
    assert text("andal.simpan-hanya-baca", path=small_disk / "t.xlsx", folder=small_disk) in capsys.readouterr().err


def test_full_disk(small_disk: Path, first_output, capsys) -> None:
    inputs, out, before = first_output
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    (small_disk / "isi").write_bytes(b"\0" * (free - 4096))      # leave one page free
    H.good(inputs / "baik.xlsx", bidang="Umum")
    capsys.readouterr()
    assert main(["konsolidasi", str(inputs), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == text(
        "galat-berhenti", detail=text("andal.simpan-penuh", path=out, folder=small_disk))
    assert "Traceback" not in err
    assert fingerprint(out) == before and leftovers(small_disk) == []
    for archived in (small_disk / "arsip").glob("*") if (small_disk / "arsip").exists() else []:
        assert zipfile.ZipFile(archived).testzip() is None     # nothing truncated in arsip/


def test_archive_names_never_collide_and_copies_are_whole(tmp_path: Path) -> None:
    out = tmp_path / "hasil.bin"
    versions = [b"satu", b"dua", b"tiga", b"empat"]
    for data in versions:     # four saves within well under a second
        save_atomically(out, lambda tmp, data=data: tmp.write_bytes(data), verify=lambda _p: None)
    archived = sorted((tmp_path / "arsip").iterdir())
    assert len(archived) == 3 and len({p.name for p in archived}) == 3
    assert sorted(p.read_bytes() for p in archived) == sorted(versions[:3])
    assert out.read_bytes() == b"empat" and leftovers(tmp_path) == []


def test_writer_failure_leaves_no_temp_file(tmp_path: Path) -> None:
    def broken(tmp: Path) -> None:
        tmp.write_bytes(b"setengah")
        raise ValueError("writer failed")

    with pytest.raises(ValueError):
        save_atomically(tmp_path / "hasil.xlsx", broken)
    assert list(tmp_path.iterdir()) == []


def test_writer_oserror_is_one_save_error(tmp_path: Path) -> None:
    def full(tmp: Path) -> None:
        tmp.write_bytes(b"x")
        raise OSError(28, "No space left on device")

    with pytest.raises(SaveError) as caught:
        save_atomically(tmp_path / "hasil.xlsx", full)
    assert str(caught.value) == text("andal.simpan-penuh", path=tmp_path / "hasil.xlsx", folder=tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGINT"])
def test_a_signal_during_a_save_removes_the_temp_file(tmp_path: Path, signame: str) -> None:
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from rkt_xl.save import save_atomically\n"
        "def slow(tmp):\n"
        "    tmp.write_bytes(b'setengah')\n"
        "    print('menulis', flush=True)\n"
        "    time.sleep(30)\n"
        "save_atomically(Path(sys.argv[1]), slow)\n")
    proc = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "hasil.xlsx")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "menulis"
    assert leftovers(tmp_path) != []                 # the temp file is there while writing
    import signal

    proc.send_signal(getattr(signal, signame))
    proc.wait(timeout=20)
    assert proc.returncode != 0
    assert list(tmp_path.iterdir()) == []
