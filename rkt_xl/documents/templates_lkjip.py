"""The LKjIP template, built with python-docx (reviewable as code).

Cover, Kata Pengantar, Ikhtisar Eksekutif, daftar isi/tabel/gambar (Word fields), BAB I-IV
and the Lampiran, in the order of PermenPANRB 53/2014 (domain notes §1.4). Values are the
names of :func:`rkt_xl.documents.lkjip_content.lkjip_values`; marked (highlighted,
bracketed) paragraphs are what only the office can write.
"""

from __future__ import annotations

from docx.shared import Pt

from rkt_xl.documents.docx_build import (
    CENTER,
    JUSTIFY,
    caption,
    loop_table,
    marked_tag,
    new_document,
    new_section,
    para,
    placeholder,
    toc,
)
from rkt_xl.documents.templates_pk import pk_program_table, pk_sasaran_table
from rkt_xl.texts import text


def if_block(doc, condition: str, body) -> None:  # type: ignore[no-untyped-def]
    para(doc, "{%p if " + condition + " %}")
    body()
    para(doc, "{%p endif %}")


def cover(doc) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        para(doc, "")
    p = placeholder(doc, text("dokumen.t-logo"))
    p.alignment = CENTER
    for _ in range(3):
        para(doc, "")
    para(doc, text("dokumen.t-lkjip-judul"), style="Title", align=CENTER)
    para(doc, text("dokumen.t-lkjip-singkat"), bold=True, align=CENTER, size=16)
    para(doc, text("dokumen.tahun", tahun="{{ tahun }}"), bold=True, align=CENTER, size=16, space_after=60)
    para(doc, "{{ opd_kapital }}", bold=True, align=CENTER, size=14)
    para(doc, "{{ pemda_kapital }}", bold=True, align=CENTER, size=14, space_after=40)
    if_block(doc, "catatan_fiktif", lambda: para(doc, "{{ catatan_fiktif }}", bold=True, align=CENTER))


def signature(doc) -> None:  # type: ignore[no-untyped-def]
    for line in (text("dokumen.t-tanda-tangan-tempat"), "{{ jabatan }}", "", "", ""):
        p = para(doc, line, space_after=0)
        p.paragraph_format.left_indent = doc.sections[0].page_width // 3
    p = para(doc, "{{ kepala }}", bold=True, space_after=0)
    p.paragraph_format.left_indent = doc.sections[0].page_width // 3
    p = para(doc, text("dokumen.nip", nip="{{ nip }}"))
    p.paragraph_format.left_indent = doc.sections[0].page_width // 3


def front_matter(doc) -> None:  # type: ignore[no-untyped-def]
    para(doc, text("dokumen.t-kata-pengantar"), style="Heading 1")
    para(doc, text("dokumen.t-kata-pengantar-isi"), align=JUSTIFY)
    placeholder(doc, text("dokumen.t-isi-kata-pengantar"))
    signature(doc)
    para(doc, text("dokumen.t-ikhtisar"), style="Heading 1")
    para(doc, "{{ ikhtisar }}", align=JUSTIFY)
    para(doc, "{{ kalimat_predikat }}", align=JUSTIFY)
    para(doc, "{{ kalimat_anggaran }}", align=JUSTIFY)
    placeholder(doc, text("dokumen.t-isi-ikhtisar"))
    hint = text("dokumen.t-isi-daftar")
    toc(doc, text("dokumen.t-daftar-isi"), 'TOC \\o "1-3" \\h \\z \\u', hint)
    toc(doc, text("dokumen.t-daftar-tabel"), 'TOC \\h \\z \\c "Tabel"', hint)
    toc(doc, text("dokumen.t-daftar-gambar"), 'TOC \\h \\z \\c "Gambar"', hint)


def bab1(doc) -> None:  # type: ignore[no-untyped-def]
    para(doc, text("dokumen.t-bab1"), style="Heading 1")
    para(doc, text("dokumen.t-latar"), style="Heading 2")
    para(doc, text("dokumen.t-latar-isi"), align=JUSTIFY)
    placeholder(doc, text("dokumen.t-isi-latar"))
    para(doc, text("dokumen.t-dasar-hukum"), style="Heading 2")
    for n in range(1, 6):
        para(doc, text(f"dokumen.t-dasar-{n}"), style="List Number")
    placeholder(doc, text("dokumen.t-isi-dasar"))
    para(doc, text("dokumen.t-struktur"), style="Heading 2")
    para(doc, "{{ kalimat_struktur }}", align=JUSTIFY)
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-unit"))
    loop_table(doc, [text("dokumen.t-no"), text("dokumen.t-unit-kerja")], ["b.no", "b.nama"], "b in bidang",
               widths=(12, 148))
    placeholder(doc, text("dokumen.t-isi-struktur"))
    para(doc, text("dokumen.t-tugas"), style="Heading 2")
    placeholder(doc, text("dokumen.t-isi-tugas"))
    para(doc, text("dokumen.t-isu"), style="Heading 2")
    placeholder(doc, text("dokumen.t-isi-isu"))
    para(doc, text("dokumen.t-sistematika"), style="Heading 2")
    para(doc, text("dokumen.t-sistematika-isi"), align=JUSTIFY)


def bab2(doc) -> None:  # type: ignore[no-untyped-def]
    para(doc, text("dokumen.t-bab2"), style="Heading 1")
    para(doc, text("dokumen.t-renstra"), style="Heading 2")
    placeholder(doc, text("dokumen.t-isi-visi"))
    para(doc, text("dokumen.t-renstra-isi"), align=JUSTIFY)
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-renstra"))
    loop_table(doc, [text("dokumen.t-no"), text("dokumen.t-tujuan"), text("dokumen.t-sasaran"), text("dokumen.t-indikator"),
                     text("dokumen.t-target")],
               ["r.no", "r.tujuan", "r.sasaran", "r.indikator", "r.target"], "r in renstra",
               widths=(10, 40, 40, 45, 25))
    para(doc, text("dokumen.t-rkt"), style="Heading 2")
    para(doc, "{{ kalimat_rkt }}", align=JUSTIFY)
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-rkt"))
    loop_table(doc, [text("dokumen.t-no"), text("dokumen.t-program"), text("dokumen.t-kegiatan"), text("dokumen.t-sub-kegiatan"),
                     text("dokumen.t-pagu-rp")],
               ["p.no", "p.program", "p.kegiatan", "p.sub", "p.pagu"], "p in ringkasan_program",
               widths=(10, 80, 20, 22, 28), numeric=(2, 3, 4),
               total=("", text("dokumen.jumlah"), "", "", "{{ total_pagu }}"))
    para(doc, text("dokumen.t-pk"), style="Heading 2")
    para(doc, text("dokumen.t-pk-isi"), align=JUSTIFY)
    pk_sasaran_table(doc)
    para(doc, "")
    pk_program_table(doc)


def _pengukuran_table(doc, loop: str) -> None:  # type: ignore[no-untyped-def]
    loop_table(doc, [text("dokumen.t-no"), text("dokumen.t-indikator"), text("dokumen.t-satuan"), text("dokumen.t-target"),
                     text("dokumen.t-realisasi"), text("dokumen.t-capaian"), text("dokumen.t-predikat"),
                     text("dokumen.t-keterangan")],
               ["r.no", "r.indikator", "r.satuan", "r.target", "r.realisasi", "r.capaian", "r.predikat",
                "r.keterangan"], loop, widths=(9, 36, 15, 18, 18, 20, 18, 26), numeric=(5,))


def _anggaran_table(doc) -> None:  # type: ignore[no-untyped-def]
    loop_table(doc, [text("dokumen.t-no"), text("dokumen.t-kode"), text("dokumen.t-uraian"), text("dokumen.t-pagu-rp"),
                     text("dokumen.t-realisasi-rp"), text("dokumen.t-sisa-rp"), text("dokumen.t-serapan")],
               ["a.no", "a.kode", "a.uraian", "a.pagu", "a.realisasi", "a.sisa", "a.serapan"], "a in anggaran",
               widths=(14, 36, 97, 28, 28, 26, 18), numeric=(3, 4, 5, 6), bold_when="a.tebal",
               total=("", "", text("dokumen.jumlah"), "{{ total_pagu }}", "{{ total_realisasi }}",
                      "{{ total_sisa }}", "{{ total_serapan }}"))


def bab3(doc) -> None:  # type: ignore[no-untyped-def]
    para(doc, text("dokumen.t-bab3"), style="Heading 1")
    para(doc, text("dokumen.t-capaian-organisasi"), style="Heading 2")
    if_block(doc, "catatan_fiktif", lambda: para(doc, "{{ catatan_fiktif }}", bold=True))
    para(doc, text("dokumen.t-capaian-isi"), align=JUSTIFY)

    def picture(name: str, title: str) -> None:
        para(doc, "{{ " + name + " }}", align=CENTER, space_after=0)
        caption(doc, "Gambar", "nomor_gambar", title)

    if_block(doc, "grafik_capaian", lambda: picture("grafik_capaian", text("dokumen.t-grafik-capaian")))
    para(doc, "{%p for s in bab3 %}")
    para(doc, text("dokumen.t-sasaran-ke"), style="Heading 3")
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-capaian"))
    _pengukuran_table(doc, "r in s.indikator")
    para(doc, "")
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-banding"))
    loop_table(doc, [text("dokumen.t-indikator"), text("dokumen.t-realisasi-lalu"), text("dokumen.t-realisasi-ini"),
                     text("dokumen.t-target-renstra"), text("dokumen.t-capaian-renstra")],
               ["r.indikator", "?r.lalu", "r.realisasi", "?r.renstra", "?r.capaian_renstra"], "r in s.banding",
               widths=(52, 27, 27, 27, 27), numeric=(4,))
    analisis = para(doc, text("dokumen.t-analisis"), bold=True)
    analisis.paragraph_format.keep_with_next = True
    analisis.paragraph_format.space_before = Pt(8)
    marked_tag(doc, "{{ s.fakta }}")
    placeholder(doc, text("dokumen.analisis-instruksi"))
    para(doc, "{%p endfor %}")
    para(doc, text("dokumen.t-anggaran-judul"), style="Heading 2")
    para(doc, "{{ kalimat_anggaran }}", align=JUSTIFY)
    if_block(doc, "grafik_anggaran", lambda: picture("grafik_anggaran", text("dokumen.t-grafik-anggaran")))
    para(doc, text("dokumen.t-efisiensi-isi"), align=JUSTIFY)
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-efisiensi"))
    loop_table(doc, [text("dokumen.t-no"), text("dokumen.t-sasaran"), text("dokumen.t-capaian-rata"), text("dokumen.t-serapan"),
                     text("dokumen.t-efisiensi-kinerja"), text("dokumen.t-efisiensi-anggaran")],
               ["e.no", "e.sasaran", "e.capaian", "e.serapan", "e.efisiensi", "e.efisiensi_anggaran"],
               "e in efisiensi", widths=(10, 60, 22, 22, 24, 22), numeric=(2, 3, 5))
    new_section(doc, landscape=True)
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-anggaran"))
    _anggaran_table(doc)
    new_section(doc, landscape=False)


def bab4(doc) -> None:  # type: ignore[no-untyped-def]
    para(doc, text("dokumen.t-bab4"), style="Heading 1")
    para(doc, text("dokumen.t-simpulan"), style="Heading 2")
    para(doc, "{{ kalimat_penutup }}", align=JUSTIFY)
    placeholder(doc, text("dokumen.t-isi-simpulan"))
    para(doc, text("dokumen.t-kendala"), style="Heading 2")
    placeholder(doc, text("dokumen.t-isi-kendala"))
    para(doc, text("dokumen.t-langkah"), style="Heading 2")
    placeholder(doc, text("dokumen.t-isi-langkah"))
    signature(doc)


def lampiran(doc) -> None:  # type: ignore[no-untyped-def]
    para(doc, text("dokumen.t-lampiran"), style="Heading 1")
    para(doc, text("dokumen.t-lampiran-pk"), style="Heading 2")
    pk_sasaran_table(doc)
    para(doc, "")
    pk_program_table(doc)
    para(doc, text("dokumen.t-lampiran-ukur"), style="Heading 2")
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-ukur"))
    _pengukuran_table(doc, "r in pengukuran")
    new_section(doc, landscape=True)
    para(doc, text("dokumen.t-lampiran-anggaran"), style="Heading 2")
    caption(doc, "Tabel", "nomor_tabel", text("dokumen.t-tabel-anggaran"))
    _anggaran_table(doc)
    placeholder(doc, text("dokumen.t-isi-lampiran"))


def build_lkjip():  # type: ignore[no-untyped-def]
    doc = new_document()
    cover(doc)
    front_matter(doc)
    bab1(doc)
    bab2(doc)
    bab3(doc)
    bab4(doc)
    lampiran(doc)
    return doc
