"""Templates: reproducible, copied for offices, changed by an office, broken tags named,
cell text never interpreted."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document

from rkt_xl.cli import main
from rkt_xl.documents.render import check_tags
from rkt_xl.documents.run import buat_dokumen, document_values, render_document
from rkt_xl.documents.templates import FILE_NAMES, build, shipped
from rkt_xl.errors import TemplateError
from rkt_xl.samples.realisasi_fiktif import load_sample_realisasi


@pytest.mark.parametrize("kind", ["pk", "lkjip"])
def test_shipped_templates_equal_a_fresh_build(kind, tmp_path):
    fresh = tmp_path / FILE_NAMES[kind]
    build(kind, fresh)
    assert fresh.read_bytes() == shipped(kind).read_bytes(), "run: make templat"


def test_templat_dokumen_writes_editable_copies(tmp_path, capsys):
    assert main(["templat-dokumen", "--folder", str(tmp_path)]) == 0
    for kind, name in FILE_NAMES.items():
        assert (tmp_path / name).read_bytes() == shipped(kind).read_bytes()
    out = capsys.readouterr().out.replace("\n", "")
    assert f"Templat Word ditulis: {tmp_path / 'Templat_PK.docx'}" in out


def _edit(source, target, change):  # type: ignore[no-untyped-def]
    doc = Document(str(source))
    change(doc)
    doc.save(str(target))
    return target


def test_a_template_changed_by_an_office_renders(documents, tmp_path):
    def office(doc):  # type: ignore[no-untyped-def]
        # a different kop: the first line becomes the office's own text
        first = doc.paragraphs[0]
        first.add_run("")
        for run in first.runs:
            run.text = ""
        first.runs[0].text = "PEMERINTAH KABUPATEN LIMA PULUH KOTA - {{ opd_kapital }}"
        # a removed section: BAB I, from its heading to the next chapter
        body = doc.element.body
        start = next(p for p in doc.paragraphs if p.text == "BAB I PENDAHULUAN")._p
        items = list(body.iterchildren())
        end = next(p for p in doc.paragraphs if p.text == "BAB II PERENCANAAN KINERJA")._p
        for el in items[items.index(start):items.index(end)]:
            body.remove(el)

    template = _edit(shipped("lkjip"), tmp_path / "Templat_kantor.docx", office)
    result = buat_dokumen("lkjip", [documents["sample"]], tmp_path / "LKjIP.docx", templat=template, fiktif=True)
    doc = Document(str(result.output))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "PEMERINTAH KABUPATEN LIMA PULUH KOTA - BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"
    assert "BAB I PENDAHULUAN" not in texts and "BAB II PERENCANAAN KINERJA" in texts
    from rkt_xl.documents.check import check_numbers
    from rkt_xl.documents.run import judge_inputs

    assert check_numbers(result.output, judge_inputs([documents["sample"]])[0]).ok
    assert next(c for c in (p.text for p in doc.paragraphs if p.style.name == "Caption")) == \
        "Tabel 1. Tujuan, sasaran, indikator dan target tahun 2023"   # numbering follows the rendered order


BROKEN = [
    ("{{ tahun ", "Templat '{path}' memuat tag yang rusak: {{{{ tahun (tag tidak ditutup). Perbaiki atau hapus tag "
                  "itu di Word, atau ambil templat baru dengan 'rkt templat-dokumen'."),
    ("{{ tahun | }}", "Templat '{path}' memuat tag yang rusak: {{{{ tahun | }}}} (penulisan tag salah: expected "
                      "token 'name', got 'end of print statement'). Perbaiki atau hapus tag itu di Word, atau ambil "
                      "templat baru dengan 'rkt templat-dokumen'."),
    ("{% if draf %} tanpa penutup", "Templat '{path}' memuat tag yang rusak: {{% if draf %}} (tidak ada pasangan "
                                    "pembuka/penutupnya). Perbaiki atau hapus tag itu di Word, atau ambil templat "
                                    "baru dengan 'rkt templat-dokumen'."),
    ("{% endfor %}", "Templat '{path}' memuat tag yang rusak: {{% endfor %}} (tidak ada pasangan pembuka/penutupnya). "
                     "Perbaiki atau hapus tag itu di Word, atau ambil templat baru dengan 'rkt templat-dokumen'."),
    ("{{ nama_bupatti }}", "Templat '{path}' memuat tag {{{{ nama_bupatti }}}} yang tidak dikenal ('nama_bupatti' is "
                           "undefined). Nama yang boleh dipakai ada di docs/dokumen.md; perbaiki tag itu di Word."),
]


@pytest.mark.parametrize(("tag", "message"), BROKEN)
def test_a_broken_tag_is_named_in_indonesian(documents, tmp_path, capsys, tag, message):
    def office(doc):  # type: ignore[no-untyped-def]
        doc.add_paragraph("Tambahan kantor: " + tag)

    template = _edit(shipped("pk"), tmp_path / "Templat_rusak.docx", office)
    with pytest.raises(TemplateError) as caught:
        buat_dokumen("pk", [documents["sample"]], tmp_path / "PK.docx", templat=template)
    assert str(caught.value) == message.format(path=template)
    assert not (tmp_path / "PK.docx").exists()
    assert main(["pk", str(documents["sample"]), "-o", str(tmp_path / "PK.docx"), "--templat", str(template)]) == 3
    err = capsys.readouterr().err.replace("\n", "")
    assert "Traceback" not in err and "memuat tag" in err


def test_a_file_that_is_not_a_docx_is_refused(documents, tmp_path):
    bad = tmp_path / "bukan.docx"
    bad.write_text("bukan dokumen")
    with pytest.raises(TemplateError, match=r"tidak dapat dibuka sebagai dokumen Word \.docx"):
        buat_dokumen("pk", [documents["sample"]], tmp_path / "PK.docx", templat=bad)


def test_every_shipped_tag_is_well_formed():
    for kind in FILE_NAMES:
        check_tags(Document(str(shipped(kind))), kind)


INJECTED = ["{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}", "<w:t>bocor</w:t>", "a\x07b\x0cc\x00d\x1b",
            "{_{ tahun }_}", "&amp; \"kutip\" 'tunggal'"]
SHOWN = ["{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}", "<w:t>bocor</w:t>", "a\u2407b\u240cc\u2400d\u241b",
         "{\u200b_{ tahun }_\u200b}", "&amp; \"kutip\" 'tunggal'"]


@pytest.mark.parametrize("kind", ["pk", "lkjip"])
def test_cell_text_appears_literally(kind, tmp_path):
    rkt = load_sample_realisasi()[0]
    rkt.profil.opd = INJECTED[0]
    rkt.profil.kepala = INJECTED[2]
    for s, value in zip(rkt.sasaran, INJECTED, strict=False):
        s.sasaran = value
        s.indikator = value
    rkt.all_sub_kegiatan()[0].nama = INJECTED[3]
    values = document_values(kind, rkt, dt.date(2026, 12, 1), False, "")
    out = tmp_path / f"{kind}.docx"
    render_document(kind, shipped(kind), values, out)
    doc = Document(str(out))
    cells = {c.text for t in doc.tables for row in t.rows for c in row.cells}
    paragraphs = "\n".join(p.text for p in doc.paragraphs)
    for shown in SHOWN[:3] + SHOWN[4:]:
        assert shown in cells, shown
    assert "49" not in cells and "xxx" not in paragraphs
    assert "{{ 7*7 }}" in paragraphs   # the OPD name in the heading lines
    if kind == "lkjip":
        assert any(SHOWN[3] in c for c in cells)


def test_whitespace_control_and_docxtpl_prefixes_are_accepted():
    doc = Document()
    doc.add_paragraph("{%- if draf -%}a{%- else %}b{%- endif %} {{- tahun -}} {#- catatan kantor #}")
    doc.add_paragraph("{%p for s in sasaran %}")
    doc.add_paragraph("{{r s.sasaran }}")
    doc.add_paragraph("{%p endfor %}")
    check_tags(doc, "kantor.docx")


def test_a_line_feed_or_tab_in_a_cell_is_a_line_break_or_tab(tmp_path):
    rkt = load_sample_realisasi()[0]
    rkt.sasaran[0].indikator = "baris satu\nbaris dua\tkolom"
    values = document_values("pk", rkt, dt.date(2026, 12, 1), False, "")
    out = tmp_path / "pk.docx"
    render_document("pk", shipped("pk"), values, out)
    doc = Document(str(out))
    cell = next(c for t in doc.tables for row in t.rows for c in row.cells if c.text.startswith("baris satu"))
    assert cell.text == "baris satu\nbaris dua\tkolom"     # python-docx reads w:br as \n, w:tab as \t
    xml = cell._tc.xml
    assert "<w:br/>" in xml and "<w:tab/>" in xml
