"""LKjIP of the 2023 sample (fictitious realisasi): chapters, tables, numbers, marks."""

from __future__ import annotations

import re
from decimal import Decimal

from docx import Document
from docx.oxml.ns import qn

from rkt_xl import capaian, serapan
from rkt_xl.documents.check import check_numbers, parse_cell
from rkt_xl.realisasi import CapaianError, Ordinal, format_persen
from rkt_xl.realisasi.anggaran import realisasi_anggaran
from rkt_xl.realisasi.display import rounded
from rkt_xl.realisasi.indikator import pilih_realisasi, ukuran

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


def _library_capaian(model) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """indikator text -> capaian, straight from the library (year realisasi by sifat)."""
    out = {}
    for u in ukuran(model):
        if u.sasaran is not None:
            try:
                out[u.sasaran.kode] = capaian(u.target.raw, pilih_realisasi(u).text, u.polaritas, u.skala or None)
            except CapaianError:
                out[u.sasaran.kode] = None
    return out


def test_every_capaian_equals_the_library_value(documents, model):
    doc = Document(str(documents["lkjip"]))
    want = _library_capaian(model)
    order = [s for group in dict.fromkeys(s.sasaran for s in model.sasaran)
             for s in model.sasaran if s.sasaran == group]
    seen = []
    for table in doc.tables:
        rows = table_rows(table)
        if rows[0][:6] != ["No", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"]:
            continue
        for row in rows[1:]:
            s = order[int(row[0]) - 1]
            assert row[1] == s.indikator
            value = want[s.kode]
            shown = "n/a" if value is None else format_persen(Decimal(value)) + " %"
            assert row[5] == (shown + " (ordinal)" if isinstance(value, Ordinal) else shown)
            seen.append(row[5])
    assert len(seen) == 2 * len(model.sasaran)       # BAB III per sasaran, and the Lampiran
    assert "n/a" in seen and any(v.endswith("(ordinal)") for v in seen)


def test_every_serapan_equals_the_library_value(documents, model):
    doc = Document(str(documents["lkjip"]))
    by_code = {s.kode: s for s in model.all_sub_kegiatan()}
    year = {s.kode: realisasi_anggaran(s.realisasi_anggaran, s.realisasi_anggaran_triwulan)[0] for s in by_code.values()}
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
            assert parse_cell(row[4]) == year[sub.kode]
            assert parse_cell(row[6]) == rounded(serapan(year[sub.kode], sub.pagu))
            seen += 1
    assert seen == 2 * 35


def test_read_back_check_finds_every_number_equal(documents, model):
    result = check_numbers(documents["lkjip"], model)
    assert result.mismatches == []
    assert result.tables == {"ringkasan-program": 1, "pk-program": 2, "pengukuran": 5, "anggaran": 2,
                             "efisiensi": 1}
    assert result.checked == 458


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
    assert "93,15\u00a0%" in ikhtisar           # the number and its % stay on one line
    assert ikhtisar.replace("\u00a0", " ") == (
        "Pada tahun 2023 Badan Kepegawaian dan Pengembangan Sumber Daya Manusia menetapkan 11 indikator kinerja "
        "sasaran dalam Perjanjian Kinerja. Dari 8 indikator yang dapat diukur, 3 mencapai atau melampaui target "
        "(5 belum tercapai); rata-rata capaian kinerja 93,15 %. 3 indikator belum dapat diukur (target gabungan "
        "atau realisasi kosong) dan perlu diuraikan tersendiri.")
    assert body.count("Realisasi anggaran Rp\u00a07.796.054.231 dari pagu Rp\u00a08.120.676.386 (serapan "
                      "96,00\u00a0%), sisa Rp\u00a0324.622.155, untuk 3 program, 13 kegiatan dan 35 sub kegiatan.") == 2


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


def test_the_consolidated_workbook_gives_the_same_numbers(documents, model, tmp_path):
    from rkt_xl.consolidation.run import konsolidasi
    from rkt_xl.documents.run import buat_dokumen

    merged = konsolidasi([documents["sample"]], tmp_path / "RKT_konsolidasi_2023.xlsx").output
    made = buat_dokumen("lkjip", [merged], tmp_path / "LKjIP.docx", fiktif=True)
    assert not made.stopped
    result = check_numbers(made.output, model)
    assert result.ok and result.checked == 458
