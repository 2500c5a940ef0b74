"""The Excel buttons (rkt_xl.excel) against the xlwings stand-in: same judgement as the
command line, results written back into the live workbook, never a traceback."""

import openpyxl
import pytest

from rkt_xl import excel
from rkt_xl.validation.judge import judge
from tests.xlwings_standin import Book


def sample_book(path, name="RKT_BKPSDM_2023.xlsx") -> Book:
    """The workbook as Excel would hold it: values, numbers as float (as xlwings gives them)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    grids = {ws.title: [[float(v) if isinstance(v, int) else v for v in row] for row in ws.iter_rows(values_only=True)]
             for ws in wb.worksheets}
    return Book.from_grids(grids, name)


@pytest.fixture
def book(built):
    return sample_book(built["sample"])


def test_validasi_button_reports_what_the_cli_reports(book, built):
    report = excel.run_validasi(book)
    cli_report = judge([built["sample"]]).report
    assert report.flatten(["code", "sheet", "cell", "message"]) == cli_report.flatten(["code", "sheet", "cell", "message"])
    ws = book.sheets["Validasi"]
    assert ws.range("A1").value == "HASIL VALIDASI RKT"
    assert ws.range("A2").value == "0 galat (harus diperbaiki sebelum konsolidasi), 44 peringatan, 0 berkas tidak terbaca."
    assert ws.range("A4:H4").value == ["No", "Tingkat", "Kode temuan", "Berkas", "Sheet", "Sel", "Nilai", "Pesan dan cara memperbaiki"]
    assert ws.range("A5:G5").value == [1, "peringatan", "target-gabungan", "", "Sasaran", "F4", "70 dan Baik"]
    assert ws.range("F5").options(ndim=2).value == [["F4"]] and ws.cells[(5, 6)].hyperlink == "#'Sasaran'!F4"
    assert book.active == "Validasi"
    cell = book.sheets["Bid Pengembangan Disiplin ASN"].range("M8")
    assert cell.color == excel.MARK_COLOURS["peringatan"]
    assert cell.note.text == (
        "rkt_xl (peringatan): Target '68 dan Kurang' di M8 menggabungkan 2 nilai. Pisahkan menjadi satu indikator per baris, masing-masing satu nilai dan satu satuan.\n"
        "rkt_xl (peringatan): Target hasil '68 dan Kurang' di M8 lebih rendah dari target indikator sasaran S2.1 '70 dan Baik'. Selaraskan target hasil dengan target sasaran.")
    assert book.app.alerts == [{"prompt": "Validasi selesai: tidak ada galat. Ada 44 peringatan; sel yang perlu dicek diberi warna dan catatan.\n\nRincian ada di sheet Validasi.",
                                "title": "rkt_xl", "buttons": "ok", "mode": "info"}]
    assert book.app.status_bar is False and book.app.screen_updating is True
    assert "rkt_xl: memeriksa isian..." in book.app.status_history


def test_unsaved_edit_is_judged_and_old_marks_are_undone(book):
    sheet = book.sheets["Sekretariat"]
    sheet.range("G5").value = "#REF!"          # what xlwings gives for an error cell (err_to_str)
    sheet.range("A6").value = "5.03.01.2.03.06"
    excel.run_validasi(book)
    assert sheet.range("G5").color == excel.MARK_COLOURS["galat"]
    assert sheet.range("G5").note.text == "rkt_xl (galat): Sel G5 berisi galat Excel #REF!; nilainya tidak dihitung (bukan 0). Perbaiki rumusnya atau ketik nilainya."
    assert book.app.alerts[-1]["prompt"].startswith("Validasi selesai: 2 galat dan 43 peringatan.")
    sheet.range("G5").value = 3069590936.0     # fixed, not yet saved
    sheet.range("A6").value = "5.03.01.2.03.0006"
    excel.run_validasi(book)
    assert sheet.range("G5").color is None and sheet.range("G5").note is None
    assert book.app.alerts[-1]["prompt"].startswith("Validasi selesai: tidak ada galat.")


def test_text_that_looks_like_a_formula_stays_text_in_the_validasi_sheet(book):
    book.sheets["Sekretariat"].range("D4").value = "'=HYPERLINK(\"http://x\",\"klik\")"  # typed as text
    excel.run_validasi(book)
    ws = book.sheets["Validasi"]
    written = [c for c in ws.cells.values() if c.value == "=HYPERLINK(\"http://x\",\"klik\")"]
    assert written and all(c.formula is None for c in written)
    assert not any(c.formula for c in ws.cells.values())


def test_failure_becomes_a_message_box_not_a_traceback(book):
    def broken(*args, **kwargs):
        raise OSError("disk penuh")

    book.sheets["Sekretariat"].range = broken
    assert excel.run_validasi(book) is None
    (alert,) = book.app.alerts
    assert alert["mode"] == "critical"
    assert alert["prompt"] == ("rkt_xl tidak dapat menyelesaikan perintah: OSError: disk penuh\n\n"
                               "Coba lagi; bila tetap gagal, kirim pesan ini ke pengelola rkt_xl.")
    assert book.app.status_bar is False and book.app.screen_updating is True


def test_excel_module_does_not_import_xlwings_until_a_button_runs():
    import subprocess
    import sys

    code = "import sys, rkt_xl.excel; print('xlwings' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_konsolidasi_button_writes_the_same_rkt_sheet_as_the_cli(book, built, tmp_path):
    from rkt_xl.consolidation.run import konsolidasi

    report = excel.run_konsolidasi(book)
    assert report.valid
    result = konsolidasi([built["sample"]], tmp_path / "cli.xlsx")
    cli_ws = openpyxl.load_workbook(result.output)["RKT"]
    cli_cells = {c.coordinate: c.value for row in cli_ws.iter_rows() for c in row if c.value is not None}
    live = book.sheets["RKT"]
    assert live.values() == cli_cells
    assert sorted(live.merges) == sorted(str(m) for m in cli_ws.merged_cells.ranges)
    jumlah = [k for k, v in cli_cells.items() if v == "JUMLAH"]
    assert len(jumlah) == 1
    assert book.app.alerts[-1] == {"prompt": "Konsolidasi selesai: sheet RKT berisi 35 sub kegiatan, JUMLAH Rp 8.120.676.386.\n\nAda 44 peringatan di sheet Validasi.",
                                   "title": "rkt_xl", "buttons": "ok", "mode": "info"}
    assert book.active == "RKT"
    k10 = live.cells[(10, 11)]
    assert (k10.formula, k10.bold, k10.number_format) == ("=SUM(K11,K18)", True, "#,##0")


def test_konsolidasi_button_follows_unsaved_edits_and_stops_on_errors(book):
    sheet = book.sheets["Sekretariat"]
    sheet.range("G5").value = 1000.0                      # Gaji: edited, not saved
    excel.run_konsolidasi(book)
    assert "JUMLAH Rp 5.051.086.450." in book.app.alerts[-1]["prompt"]
    rkt = book.sheets["RKT"]
    refs = [c.formula for c in rkt.cells.values() if c.formula == "='Sekretariat'!G5"]
    assert refs == ["='Sekretariat'!G5"]                  # traceable to the edited cell
    sheet.range("A6").value = "5.03.01.2.03.06"           # an error now
    before = rkt.values()
    excel.run_konsolidasi(book)
    assert book.app.alerts[-1]["prompt"] == ("Konsolidasi dibatalkan: ada 1 galat. Perbaiki sel yang ditandai "
                                             "(lihat sheet Validasi), lalu klik Konsolidasi lagi.")
    assert book.sheets["RKT"].values() == before          # the RKT sheet is left as it was
