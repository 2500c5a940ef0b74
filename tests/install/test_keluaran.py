"""Outputs: named with the extension of their content, defaulting to the current folder,
the version with its commit, and only existing commands advertised (issue 10)."""

import re

import pytest

from rkt_xl import __version__
from rkt_xl.cli import cli, main
from rkt_xl.install import provenance
from rkt_xl.texts import text
from rkt_xl.xlsx.template import PETUNJUK


@pytest.mark.parametrize(("args", "name", "want"), [
    (["templat"], "out.xls", ".xlsx"), (["templat"], "hasil", ".xlsx"), (["contoh"], "c.xlsm", ".xlsx"),
    (["xlsm"], "t.xlsx", ".xlsm"),
])
def test_wrong_extension_refused_in_indonesian(tmp_path, capsys, args, name, want):
    target = tmp_path / name
    assert main([*args, "-o", str(target)]) == 2
    stem = target.with_suffix(want).name
    assert capsys.readouterr().err.replace("\n", "") == (
        f"GALAT: Nama berkas hasil '{target}' harus berakhiran {want}, karena isinya buku kerja/dokumen "
        f"{want}; dengan akhiran lain Excel/Word menolak membukanya. Pakai mis. '{stem}'.")
    assert list(tmp_path.iterdir()) == []   # not even a temp file left


def test_defaults_write_into_the_current_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["templat"]) == 0
    assert main(["xlsm"]) == 0
    assert main(["contoh"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "RKT_BKPSDM_2023.xlsx", "RKT_BKPSDM_2023_realisasi_fiktif.xlsx", "RKT_template.xlsm", "RKT_template.xlsx"]


def test_version_names_the_commit(capsys, monkeypatch):
    monkeypatch.setattr(provenance, "build_info", lambda: {"version": __version__, "commit": "0123456789ab"})
    assert main(["--versi"]) == 0
    assert capsys.readouterr().out == f"rkt_xl {__version__} (commit 0123456789ab)\n"
    monkeypatch.setattr(provenance, "build_info", lambda: None)
    monkeypatch.setattr(provenance, "PACKAGE_ROOT", provenance.PACKAGE_ROOT.parent / "nowhere" / "rkt_xl")
    assert main(["-V"]) == 0
    assert capsys.readouterr().out == f"rkt_xl {__version__} (commit tidak diketahui)\n"


def test_version_from_the_checkout_asks_git(capsys, monkeypatch):
    monkeypatch.setattr(provenance, "build_info", lambda: None)
    assert main(["--versi"]) == 0
    assert re.fullmatch(rf"rkt_xl {re.escape(__version__)} \(commit [0-9a-f]{{12}}(-dirty)?\)\n",
                        capsys.readouterr().out)


def test_petunjuk_and_help_name_only_existing_commands():
    named = {m for _, key in PETUNJUK for m in re.findall(r"\brkt ([a-z]+)\b", text(key))}
    assert named and named <= set(cli.commands)


def test_unknown_command_in_indonesian(capsys):
    assert main(["laporan"]) == 2
    err = capsys.readouterr().err.replace("\n", "")
    assert "Perintah 'laporan' tidak ada. Perintah yang ada: baca, capaian, contoh, demo," in err
    assert "Error" not in err


def test_every_output_is_checked_konsolidasi_and_laporan_too(tmp_path, capsys, built):
    assert main(["konsolidasi", str(built["sample"]), "-o", str(tmp_path / "RKT.xls")]) == 2
    assert "harus berakhiran .xlsx" in capsys.readouterr().err
    assert main(["validasi", str(built["sample"]), "--laporan", str(tmp_path / "v.xlsm")]) == 2
    assert "Pakai mis. 'v.xlsx'." in capsys.readouterr().err.replace("\n", "")
    assert list(tmp_path.iterdir()) == []
