"""Issue 9: the Validasi button leaves the user's workbook as it found it apart from its own
marks. A cell with the user's note and fill, marked by one run and unmarked by the next,
ends with the same note and fill (xlwings stand-in)."""

from rkt_xl import excel

from .test_excel_tombol import book, sample_book  # noqa: F401 - the fixture and its helper


def test_user_note_and_fill_survive_a_mark_and_its_undo(book):  # noqa: F811
    sheet = book.sheets["Sekretariat"]
    cell = sheet.range("G5")
    cell.color = (198, 239, 206)
    cell.api.AddComment("Catatan Kabid: =angka dari DPA, #N/A bila belum ada")   # as Excel makes a note
    sheet.range("G5").value = "#REF!"              # an error the button will mark
    excel.run_validasi(book)
    assert cell.color == excel.MARK_COLOURS["galat"]
    assert cell.note.text.startswith("rkt_xl (galat): Sel G5 berisi galat Excel #REF!")
    sheet.range("G5").value = 3069590936.0         # fixed
    excel.run_validasi(book)
    assert cell.color == (198, 239, 206)
    assert cell.note is not None and cell.note.text == "Catatan Kabid: =angka dari DPA, #N/A bila belum ada"
    excel.run_validasi(book)                        # a third run changes nothing more
    assert cell.color == (198, 239, 206)
    assert cell.note.text == "Catatan Kabid: =angka dari DPA, #N/A bila belum ada"

    other = sheet.range("A6")                      # a cell without a note ends without one
    other.value = "5.03.01.2.03.06"
    excel.run_validasi(book)
    assert other.note is not None
    other.value = "5.03.01.2.03.0006"
    excel.run_validasi(book)
    assert other.note is None and other.color is None
    assert cell.note.text == "Catatan Kabid: =angka dari DPA, #N/A bila belum ada"
