"""The BuatLKjIP / BuatPK buttons against the xlwings stand-in: the live workbook judged as
the other buttons judge it, the document saved next to the workbook and named in the box."""

from __future__ import annotations

import shutil

from docx import Document

from rkt_xl import excel
from rkt_xl.documents.check import check_numbers
from rkt_xl.xlsx.macro import BUTTONS
from tests.test_excel_tombol import sample_book


def _book(documents, tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "RKT_BKPSDM_2023.xlsm"
    shutil.copyfile(documents["sample"], path)
    book = sample_book(path, path.name)
    book.fullname = str(path)
    return book


def test_buttons_are_in_the_macro_workbook():
    assert [macro for _, macro in BUTTONS] == ["Validasi", "Konsolidasi", "Kirim", "BuatLKjIP", "BuatPK"]


def test_buat_pk_saves_next_to_the_workbook(documents, model, tmp_path):
    book = _book(documents, tmp_path)
    made = excel.run_buat_pk(book)
    assert made == tmp_path / "PK_BKPSDM_2023.docx"
    assert book.app.alerts[-1] == {
        "prompt": f"Perjanjian Kinerja disimpan sebagai 'PK_BKPSDM_2023.docx' di folder:\n{tmp_path}\n\n"
                  "Buka di Word, lengkapi bagian berstabilo kuning, lalu tanda tangani.",
        "title": "rkt_xl", "buttons": "ok", "mode": "info"}
    assert check_numbers(made, model).ok


def test_buat_lkjip_follows_unsaved_edits_and_stops_on_errors(documents, tmp_path):
    book = _book(documents, tmp_path)
    book.sheets["Profil"].range("B6").value = "NAMA BARU, S.Sos"   # Kepala: edited, not saved
    made = excel.run_buat_lkjip(book)
    assert made == tmp_path / "LKjIP_BKPSDM_2023.docx"
    assert "NAMA BARU, S.Sos" in [p.text for p in Document(str(made)).paragraphs]   # Kata Pengantar, BAB IV
    made.unlink()
    book.sheets["Sekretariat"].range("A6").value = "5.03.01.2.03.06"   # an error now
    assert excel.run_buat_lkjip(book) is None
    assert book.app.alerts[-1]["prompt"] == ("Laporan Kinerja (LKjIP) tidak disusun: ada 1 galat. Perbaiki sel yang "
                                             "ditandai (lihat sheet Validasi), lalu klik tombolnya lagi.")
    assert not made.exists()


def test_an_unsaved_workbook_writes_to_the_home_folder(tmp_path, monkeypatch):
    class Unsaved:
        fullname = "Buku1"

    monkeypatch.setenv("HOME", str(tmp_path))
    assert excel.book_folder(Unsaved()) == tmp_path
