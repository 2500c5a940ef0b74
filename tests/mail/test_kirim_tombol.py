"""The Kirim button (rkt_xl.excel.run_kirim) against the xlwings stand-in and a real SMTP
server: a confirmation box with recipients and attachments, the password from the
credential store or a dialog (never a cell), nothing written into the workbook."""

from __future__ import annotations

import copy
import shutil

import openpyxl
import pytest

from rkt_xl import excel
from rkt_xl.model.numbers import format_id
from tests.helpers import fingerprint

from ..xlwings_standin import Book
from .conftest import PASSWORD, USER

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
BAPPEDA, INSPEKTORAT = "bappeda@contoh.go.id", "inspektorat@contoh.go.id"


def open_book(path) -> Book:
    wb = openpyxl.load_workbook(path, read_only=True)
    grids = {ws.title: [list(row) for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}
    wb.close()
    return Book.from_grids(grids, path.name, fullname=str(path))


def cells(book: Book) -> dict:
    return {s.name: copy.deepcopy(s.cells) for s in book.sheets}


@pytest.fixture
def office(workbook, smtp_server, trust, monkeypatch):
    """The office's settings next to the workbook, the server in the environment."""
    server = smtp_server("starttls")
    (workbook.parent / "rkt_kirim.toml").write_text(
        f'[smtp]\nnama_pengirim = "Subbag Perencanaan"\n[kirim]\nke = ["{BAPPEDA}"]\ncc = ["{INSPEKTORAT}"]\n'
        'penutup = "Hormat kami,\\nSubbag Perencanaan BKPSDM"\n', encoding="utf-8")
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    return server


def test_kirim_button_confirms_then_sends_and_writes_nothing(workbook, office):
    book = open_book(workbook)
    before, file_before = cells(book), fingerprint(workbook)
    asked: list[str] = []
    book.app.answers = ["ok"]
    result = excel.run_kirim(book, ask_password=lambda prompt: asked.append(prompt) or PASSWORD)
    assert result is not None and len(office.received) == 1
    assert asked == [f"Sandi surel untuk {USER} di 127.0.0.1"]
    confirm, done = book.app.alerts
    size = format_id(round(workbook.stat().st_size / 1_000_000, 2), decimals=2)
    assert confirm == {"prompt": (
        f"Kirim surel ini?\n\nKepada: {BAPPEDA}\nTembusan: {INSPEKTORAT}\n"
        "Subjek: RKT 2023 Badan Kepegawaian dan Pengembangan Sumber Daya Manusia\n\n"
        f"Lampiran:\n- RKT_konsolidasi_2023.xlsx ({size} MB)\n\n"
        "Yang dikirim adalah berkas seperti terakhir disimpan; perubahan yang belum disimpan tidak ikut."),
        "title": "rkt_xl", "buttons": "ok_cancel", "mode": "info"}
    assert done["mode"] == "info" and done["prompt"].startswith(f"Terkirim ke {BAPPEDA} (tembusan: {INSPEKTORAT})")
    body = result.outgoing.message.get_body(("plain",)).get_content()
    assert body.endswith("Hormat kami,\nSubbag Perencanaan BKPSDM\n")
    assert cells(book) == before and fingerprint(workbook) == file_before
    assert book.app.status_bar is False and book.app.screen_updating is True
    assert "rkt_xl: mengirim surel ke 127.0.0.1..." in book.app.status_history
    assert all(PASSWORD not in a["prompt"] for a in book.app.alerts)


def test_cancel_sends_nothing_and_asks_no_password(workbook, office):
    book = open_book(workbook)
    book.app.answers = ["cancel"]
    result = excel.run_kirim(book, ask_password=lambda prompt: pytest.fail("no password wanted"))
    assert result is None and office.received == []
    assert book.app.alerts[-1]["prompt"] == "Pengiriman dibatalkan; tidak ada yang dikirim."
    assert not (workbook.parent / "kirim.log").exists()


def test_password_from_the_credential_store(workbook, office, isolated):
    isolated.set_password("rkt_xl smtp 127.0.0.1", USER, PASSWORD)
    book = open_book(workbook)
    excel.run_kirim(book, ask_password=lambda prompt: pytest.fail("the store has it"))
    assert len(office.received) == 1


def test_refusals_and_failures_are_message_boxes(workbook, built, office, tmp_path):
    copy_path = workbook.parent / "RKT_BKPSDM_2023.xlsx"
    shutil.copy(built["sample"], copy_path)
    book = open_book(copy_path)
    assert excel.run_kirim(book, ask_password=lambda prompt: PASSWORD) is None
    [box] = book.app.alerts
    assert box["mode"] == "critical" and box["prompt"].startswith(f"'{copy_path}' bukan hasil konsolidasi")
    book = open_book(workbook)
    assert excel.run_kirim(book, ask_password=lambda prompt: "salah-sandi-77") is None
    confirm, box = book.app.alerts
    assert box["mode"] == "critical" and box["prompt"].startswith(
        f"Server 127.0.0.1 menolak login untuk '{USER}' (535 5.7.8 Authentication credentials invalid).")
    assert "salah-sandi-77" not in box["prompt"] and office.received == []


def test_an_unsaved_workbook_is_not_sent(tmp_path, office):
    book = Book("Buku1")
    assert excel.run_kirim(book) is None
    assert book.app.alerts[-1]["prompt"] == "Buku kerja ini belum pernah disimpan. Simpan dulu (Ctrl+S), lalu klik Kirim lagi."


def test_a_workbook_opened_from_the_web_is_not_sent(office):
    book = Book("RKT.xlsx", fullname="https://kantor-my.sharepoint.com/personal/x/Documents/RKT.xlsx")
    assert excel.run_kirim(book) is None
    assert book.app.alerts[-1]["prompt"].startswith(
        "Buku kerja ini dibuka dari alamat web (https://kantor-my.sharepoint.com/personal/x/Documents/RKT.xlsx)")
