"""LKjIP of the 2023 sample (fictitious realisasi): chapters, tables, numbers, marks."""

from __future__ import annotations

import re

from docx import Document
from docx.oxml.ns import qn

from rkt_xl import capaian, serapan
from rkt_xl.documents.check import check_numbers, parse_cell
from rkt_xl.realisasi import CapaianError, format_persen
from rkt_xl.realisasi.display import rounded

from .conftest import table_rows

CHAPTERS = ["KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR",
            "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
            "BAB IV PENUTUP", "LAMPIRAN"]


def _outline(doc) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """(Heading 1 text, tables until the next Heading 1), in document order."""
    out: list[list] = []  # type: ignore[type-arg]
    styles = {s.style_id: s.name for s in doc.styles}
    for el in doc.element.body.iterchildren():
        if el.tag == qn("w:p"):
            style = el.find(qn("w:pPr") + "/" + qn("w:pStyle"))
            if style is not None and styles.get(style.get(qn("w:val"))) == "Heading 1":
                out.append(["".join(t.text for t in el.iter(qn("w:t"))), 0])
        elif el.tag == qn("w:tbl") and out:
            out[-1][1] += 1
    return [tuple(x) for x in out]  # type: ignore[misc]


def test_chapters_in_order_with_their_tables(documents):
    outline = _outline(Document(str(documents["lkjip"])))
    assert [h for h, _ in outline] == CHAPTERS
    tables = dict(outline)
    # BAB I unit kerja; BAB II renstra, RKT, PK x2; BAB III 4 sasaran x 2 + efisiensi + anggaran;
    # Lampiran PK x2, pengukuran, anggaran
    assert (tables["BAB I PENDAHULUAN"], tables["BAB II PERENCANAAN KINERJA"],
            tables["BAB III AKUNTABILITAS KINERJA"], tables["LAMPIRAN"]) == (1, 4, 10, 4)


def test_every_capaian_equals_the_library_value(documents, model):
    doc = Document(str(documents["lkjip"]))
    seen = 0
    for table in doc.tables:
        rows = table_rows(table)
        if rows[0][:6] != ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"]:
            continue
        for row in rows[1:]:
            s = model.sasaran[int(row[0]) - 1]
            assert row[1] == s.indikator
            try:
                value = capaian(s.target.raw, s.realisasi.raw, s.polaritas)
            except CapaianError:
                value = None
            assert row[5] == (format_persen(value) + " %" if value is not None else "n/a")
            seen += 1
    assert seen == 2 * len(model.sasaran)       # BAB III per sasaran, and the Lampiran


def test_every_serapan_equals_the_library_value(documents, model):
    doc = Document(str(documents["lkjip"]))
    by_code = {s.kode: s for s in model.all_sub_kegiatan()}
    seen = 0
    for table in doc.tables:
        rows = table_rows(table)
        if rows[0][:2] != ["No", "Kode"]:
            continue
        for row in rows[1:]:
            sub = by_code.get(row[1])
            if sub is None or row[1].count(".") != 5:
                continue
            assert parse_cell(row[3]) == sub.pagu
            assert parse_cell(row[4]) == sub.realisasi_anggaran
            assert parse_cell(row[6]) == rounded(serapan(sub.realisasi_anggaran, sub.pagu))
            seen += 1
    assert seen == 2 * 35


def test_read_back_check_finds_every_number_equal(documents, model):
    result = check_numbers(documents["lkjip"], model)
    assert result.mismatches == []
    assert result.tables == {"ringkasan-program": 1, "pk-program": 2, "pengukuran": 5, "anggaran": 2,
                             "efisiensi": 1}
    assert result.checked == 448


def test_read_back_check_reports_a_changed_number(documents, model, tmp_path):
    doc = Document(str(documents["lkjip"]))
    for table in doc.tables:
        for row in table.rows:
            if row.cells[1].text == "5.03.01":
                runs = row.cells[3].paragraphs[0].runs
                for run in runs:
                    run.text = ""
                runs[0].text = "4.198.054.137"
    changed = tmp_path / "changed.docx"
    doc.save(str(changed))
    result = check_numbers(changed, model)
    assert [(m.column, m.found, m.expected) for m in result.mismatches] == [
        ("pagu", "4.198.054.137", "4198054136"), ("pagu", "4.198.054.137", "4198054136")]


def test_generated_sentences_dates_and_fictitious_note(documents):
    doc = Document(str(documents["lkjip"]))
    body = [p.text for p in doc.paragraphs]
    assert body.count("CATATAN: angka realisasi dalam dokumen ini FIKTIF (contoh rkt_xl untuk latihan), bukan "
                      "realisasi sebenarnya BKPSDM.") == 2          # cover and BAB III
    assert "Sarilamak, 1 Desember 2026" in body
    ikhtisar = next(t for t in body if t.startswith("Pada tahun 2023"))
    assert "97,51\u00a0%" in ikhtisar           # the number and its % stay on one line
    assert ikhtisar.replace("\u00a0", " ") == ("Pada tahun 2023 Badan Kepegawaian dan Pengembangan Sumber Daya Manusia menetapkan 6 "
                        "indikator kinerja sasaran dalam Perjanjian Kinerja. Dari 4 indikator yang dapat diukur, 2 "
                        "mencapai atau melampaui target (2 belum tercapai); rata-rata capaian kinerja 97,51 %. 2 "
                        "indikator belum dapat diukur (target gabungan atau realisasi kosong) dan perlu diuraikan "
                        "tersendiri.")
    assert any(t.startswith("Realisasi anggaran Rp\u00a07.") and "dari pagu Rp\u00a08.120.676.386 (serapan " in t
               for t in body)


def test_placeholders_are_marked_and_bracketed(documents):
    doc = Document(str(documents["lkjip"]))
    marked = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color is not None]
    instructions = [m for m in marked if m.startswith("[")]
    assert all(m.endswith("]") for m in instructions)
    assert len(instructions) >= 15
    # the per-sasaran analysis facts are marked too: generated, to be rewritten by the office
    assert sum(m.startswith("Sasaran ini didukung") for m in marked) == 4


def test_word_fields_captions_and_pictures(documents):
    doc = Document(str(documents["lkjip"]))
    instr = [t.text.strip() for t in doc.element.body.iter(qn("w:instrText"))]
    assert {'TOC \\o "1-3" \\h \\z \\u', 'TOC \\h \\z \\c "Tabel"', 'TOC \\h \\z \\c "Gambar"'} <= set(instr)
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    tables = [int(re.match(r"Tabel (\d+)\.", c).group(1)) for c in captions if c.startswith("Tabel")]
    pictures = [c for c in captions if c.startswith("Gambar")]
    assert tables == list(range(1, len(tables) + 1)) and len(tables) == 19
    assert pictures == ["Gambar 1. Capaian indikator kinerja sasaran tahun 2023",
                        "Gambar 2. Pagu dan realisasi anggaran per program tahun 2023"]
    assert len(doc.inline_shapes) == 2
