"""The Perjanjian Kinerja template, built with python-docx (reviewable as code).

Pernyataan with Pihak Pertama / Pihak Kedua and the signature blocks, then the lampiran:
``No | Sasaran Strategis | Indikator Kinerja | Target`` and ``No | Program | Anggaran |
Keterangan`` with the JUMLAH (domain notes §1.3). Values are the names of
:func:`rkt_xl.documents.content.pk_values`.
"""

from __future__ import annotations

from docx.shared import Pt

from rkt_xl.documents.docx_build import (
    CENTER,
    JUSTIFY,
    caption,
    loop_table,
    mark,
    new_document,
    page_break,
    para,
    plain_table,
    set_widths,
)
from rkt_xl.texts import text


def kop(doc) -> None:  # type: ignore[no-untyped-def]
    """Title lines; an office replaces them with its kop surat (and logo) in Word."""
    para(doc, "{{ pemda_kapital }}", bold=True, align=CENTER, size=13, space_after=0)
    para(doc, "{{ opd_kapital }}", bold=True, align=CENTER, size=13)


def signatures(doc) -> None:  # type: ignore[no-untyped-def]
    """Place and date, then Pihak Kedua (left) and Pihak Pertama (right); the names in a
    row of their own, so they line up whatever the length of the jabatan."""
    table = doc.add_table(rows=2, cols=2)
    set_widths(table, (80, 80))
    (left, right), (name_left, name_right) = table.rows[0].cells, table.rows[1].cells
    p = right.paragraphs[0]
    p.add_run("{{ tempat }}, ")
    p.add_run("{% if tanggal_pk %}{{ tanggal_pk }}{% else %}")
    mark(p.add_run(text("dokumen.placeholder", instruksi=text("dokumen.t-isi-tanggal"))))
    p.add_run("{% endif %}")
    p.alignment = CENTER
    for cell, heading, jabatan in ((left, "dokumen.t-pihak-kedua", "{{ kepala_daerah }}"),
                                   (right, "dokumen.t-pihak-pertama", "{{ jabatan }}")):
        para(cell, text(heading), bold=True, align=CENTER, space_after=0)
        para(cell, jabatan, align=CENTER)
        for _ in range(3):
            para(cell, "", space_after=6)
    first = name_left.paragraphs[0]
    first.alignment = CENTER
    mark(first.add_run(text("dokumen.placeholder", instruksi=text("dokumen.t-isi-nama-kepala-daerah"))))
    first = name_right.paragraphs[0]
    first.alignment = CENTER
    r = first.add_run("{{ kepala }}")
    r.bold, r.underline = True, True
    para(name_right, text("dokumen.nip", nip="{{ nip }}"), align=CENTER)


def pk_program_table(doc) -> None:  # type: ignore[no-untyped-def]
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-pk-tabel-program"))
    loop_table(doc, [text("dokumen.t-no"), text("dokumen.t-program"), text("dokumen.t-anggaran"),
                     text("dokumen.t-keterangan")],
               ["p.no", "p.program", "p.anggaran", "p.keterangan"], "p in program",
               widths=(10, 88, 40, 22), numeric=(2,),
               total=("", text("dokumen.jumlah"), "{{ jumlah_anggaran }}", ""))


def pk_sasaran_table(doc) -> None:  # type: ignore[no-untyped-def]
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-pk-tabel-sasaran"))
    loop_table(doc, [text("dokumen.t-no"), text("dokumen.t-sasaran-strategis"),
                     text("dokumen.t-indikator-kinerja"), text("dokumen.t-target")],
               ["s.no", "s.sasaran", "s.indikator", "s.target"], "s in sasaran",
               widths=(10, 60, 62, 28))


def build_pk():  # type: ignore[no-untyped-def]
    doc = new_document()
    kop(doc)
    para(doc, text("dokumen.t-pk-judul"), bold=True, align=CENTER, size=14, space_after=12)
    para(doc, text("dokumen.t-pk-pembuka"), align=JUSTIFY)
    plain_table(doc, [[text("dokumen.t-nama"), ":", "{{ kepala }}"],
                      [text("dokumen.t-jabatan"), ":", "{{ jabatan }}"]], widths=(30, 5, 125), borders=False)
    para(doc, text("dokumen.t-pk-pihak-pertama"), align=JUSTIFY)
    t = plain_table(doc, [[text("dokumen.t-nama"), ":", ""],
                          [text("dokumen.t-jabatan"), ":", "{{ kepala_daerah }}"]], widths=(30, 5, 125), borders=False)
    mark(t.rows[0].cells[2].paragraphs[0].add_run(
        text("dokumen.placeholder", instruksi=text("dokumen.t-isi-nama-kepala-daerah"))))
    t.rows[0].cells[2].paragraphs[0].runs[-1].font.size = Pt(11)
    para(doc, text("dokumen.t-pk-pihak-kedua"), align=JUSTIFY)
    para(doc, text("dokumen.t-pk-janji"), align=JUSTIFY)
    para(doc, text("dokumen.t-pk-supervisi"), align=JUSTIFY, space_after=12)
    signatures(doc)
    page_break(doc)
    para(doc, text("dokumen.t-pk-lampiran"), bold=True, align=CENTER, size=12, space_after=0)
    para(doc, "{{ opd_kapital }}", bold=True, align=CENTER, size=12, space_after=12)
    pk_sasaran_table(doc)
    para(doc, "")
    pk_program_table(doc)
    para(doc, "")
    signatures(doc)
    return doc
