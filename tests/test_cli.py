"""The `rkt` command line: Indonesian help, exit codes, no tracebacks."""

import subprocess
import sys

import pytest

from rkt_xl.cli import main
from rkt_xl.samples.sample import load_sample
from tests.helpers import fingerprint


def test_help_is_indonesian(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Pemakaian: rkt [PILIHAN] PERINTAH [ARGUMEN]...")
    for word in ("Pilihan:", "Perintah:", "templat", "contoh", "demo", "Tampilkan bantuan ini lalu keluar."):
        assert word in out
    assert "Show this message" not in out


def test_templat_contoh_and_baca(tmp_path, capsys):
    out = tmp_path / "t.xlsx"
    assert main(["templat", "-o", str(out), "--bidang", "Keuangan=Bidang Keuangan"]) == 0
    assert capsys.readouterr().out.strip() == f"Templat dibuat: {out}"
    sample = tmp_path / "c.xlsx"
    assert main(["contoh", "-o", str(sample)]) == 0
    assert "35 sub kegiatan, total pagu Rp 8.120.676.386" in capsys.readouterr().out.replace("\n", "")
    before = fingerprint(sample)
    assert main(["baca", str(sample), "--json"]) == 0
    assert '"total_pagu": 8120676386' in capsys.readouterr().out
    assert fingerprint(sample) == before


def test_rebuilding_archives_a_changed_output(tmp_path, capsys):
    out = tmp_path / "t.xlsx"
    assert main(["templat", "-o", str(out)]) == 0
    assert main(["templat", "-o", str(out)]) == 0  # identical: nothing archived
    assert not (tmp_path / "arsip").exists()
    assert main(["templat", "-o", str(out), "--bidang", "Umum"]) == 0
    archived = list((tmp_path / "arsip").glob("t-*.xlsx"))
    assert len(archived) == 1
    assert "Versi sebelumnya disimpan di" in capsys.readouterr().out


def test_usage_error_exit_2(capsys):
    assert main(["templat", "--bidang", "Referensi=X"]) == 2
    assert "nama itu dipakai oleh sheet bawaan templat" in capsys.readouterr().err
    assert main(["tidak-ada"]) == 2


@pytest.mark.parametrize("content, expected", [
    (b"", "kosong (0 byte)"),
    (b"Kode;Pagu\n5.03;100\n", "bukan buku kerja Excel .xlsx (teks/CSV)"),
    (b"<html><body><table></table></body></html>", "bukan buku kerja Excel .xlsx (HTML)"),
])
def test_unreadable_file_exit_3(tmp_path, capsys, content, expected):
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(content)
    assert main(["baca", str(bad)]) == 3
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_missing_file_and_missing_folder(tmp_path, capsys):
    assert main(["baca", str(tmp_path / "tidak.xlsx")]) == 3
    assert f"Berkas '{tmp_path / 'tidak.xlsx'}' tidak ditemukan." in capsys.readouterr().err
    assert main(["templat", "-o", str(tmp_path / "x" / "t.xlsx")]) == 3
    assert f"Folder '{tmp_path / 'x'}' tidak ada." in capsys.readouterr().err


def test_debug_shows_the_traceback(tmp_path):
    bad = tmp_path / "kosong.xlsx"
    bad.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "rkt_xl.cli", "--debug", "baca", str(bad)],
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "Traceback" in proc.stderr and "FileError" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "rkt_xl.cli", "baca", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr


def test_smoke_demo_runs_the_chain(tmp_path, capsys):
    assert main(["demo", "--folder", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "Selesai. Semua hasil ada di folder:" in out
    assert (tmp_path / "demo" / "RKT_template.xlsx").exists()
    assert (tmp_path / "demo" / "RKT_BKPSDM_2023.xlsx").exists()
    assert "8.120.676.386" in out
    # it ends with the PK and the LKjIP of the sample, its invented realisasi marked FIKTIF
    from docx import Document

    assert (tmp_path / "demo" / "PK_BKPSDM_2023.docx").exists()
    lkjip = Document(str(tmp_path / "demo" / "LKjIP_BKPSDM_2023.docx"))
    assert any("FIKTIF" in p.text for p in lkjip.paragraphs[:20])


def test_cli_start_up_does_not_import_heavy_libraries():
    code = "import sys, rkt_xl.cli; print(sorted(m for m in ('pandas','openpyxl','xlsxwriter','python_calamine','rich','matplotlib','docx','docxtpl','babel','lxml') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_loading_the_sample_gives_a_fresh_model_each_time():
    a, _ = load_sample()
    first = a.bidang[0].sub_kegiatan[0]
    original = first.pagu
    first.pagu = -1                       # a caller changing its model ...
    b, _ = load_sample()                  # ... does not change the next caller's
    assert b.bidang[0].sub_kegiatan[0].pagu == original != -1
    assert b.total_pagu() == 8_120_676_386


def test_locked_target_keeps_the_new_result_under_another_name(tmp_path, capsys, monkeypatch):
    """Windows refuses os.replace onto a file open in Excel (PermissionError); Linux cannot
    lock a file that way, so the refusal is simulated at that one call."""
    import os

    out = tmp_path / "t.xlsx"
    assert main(["templat", "-o", str(out)]) == 0
    before = fingerprint(out)
    real_replace = os.replace

    def refuse_target(src, dst):
        if os.fspath(dst) == os.fspath(out):
            raise PermissionError(13, "used by another process")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", refuse_target)
    assert main(["templat", "-o", str(out), "--bidang", "Umum"]) == 0
    err = capsys.readouterr().err
    assert f"'{out}' sedang dibuka di program lain (Excel?). Tutup dulu lalu ulangi." in err
    assert fingerprint(out) == before
    alt = [p for p in tmp_path.glob("t-baru-*.xlsx")]
    assert len(alt) == 1 and f"Hasil baru disimpan sebagai '{alt[0]}'" in err
    assert not list(tmp_path.glob(".*.tmp*"))


@pytest.mark.parametrize(("args", "said"), [
    (["lkjipx"], "GALAT: Perintah 'lkjipx' tidak ada. Perintah yang ada: "),
    (["validasi"], "GALAT: Argumen 'BERKAS...' belum diberikan."),
    (["validasi", "--semu", "x.xlsx"], "GALAT: Pilihan '--semu' tidak dikenal. Mungkin maksudnya: --semua."),
    (["templat", "--versi", "2019"], "GALAT: Nilai untuk '--versi' tidak sah. Pilihan: 2021, 2023."),
    (["templat", "--konfig", "tidak_ada.toml"],
     "GALAT: Berkas untuk '--konfig' tidak ada atau tidak dapat dibaca. Periksa nama dan foldernya."),
])
def test_click_usage_errors_are_said_in_bahasa_indonesia(args, said, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "Lihat 'rkt" in err and "--help' untuk bantuan." in err
    for english in ("Error", "Try ", "No such", "Missing", "Invalid value"):
        assert english not in err
