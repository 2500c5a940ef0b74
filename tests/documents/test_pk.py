"""Perjanjian Kinerja of the 2023 sample: totals, parties, signatures, DRAF when forced."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from rkt_xl.cli import main
from rkt_xl.documents.check import check_numbers
from rkt_xl.documents.run import buat_dokumen, short_name
from rkt_xl.samples.sample import load_sample
from rkt_xl.xlsx.template import write_workbook

from .conftest import table_rows


def test_program_table_totals_the_rkt(documents):
    doc = Document(str(documents["pk"]))
    program = next(t for t in doc.tables if table_rows(t)[0][:3] == ["No", "Program", "Anggaran"])
    assert table_rows(program)[1:] == [
        ["1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "Rp 4.198.054.136", "DAU"],
        ["2", "Program Kepegawaian Daerah", "Rp 3.442.694.750", "DAU"],
        ["3", "Program Pengembangan Sumber Daya Manusia", "Rp 479.927.500", "DAU"],
        ["", "JUMLAH", "Rp 8.120.676.386", ""],
    ]


def test_sasaran_table_lists_every_indicator_with_its_target(documents):
    doc = Document(str(documents["pk"]))
    sasaran = next(t for t in doc.tables if table_rows(t)[0] == ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"])
    rows = table_rows(sasaran)[1:]
    assert [r[3] for r in rows] == ["70 dan Baik nilai", "70 dan Baik nilai", "80 nilai", "95 %", "80 nilai", "68 nilai",
                                    "7 - 8 bulan", "14 hari", "80 - 90 %", "Baik", "1.200 orang"]
    assert [r[0] for r in rows] == ["1", "2", "", "3", "", "4", "", "", "", "", ""]
    assert rows[0][1] == "Meningkatnya kualitas pengelolaan dan penataan ASN"


def test_parties_and_signature_blocks_come_from_the_profil(documents):
    doc = Document(str(documents["pk"]))
    body = "\n".join(p.text for p in doc.paragraphs)
    cells = "\n".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "PERJANJIAN KINERJA TAHUN 2023" in body
    assert "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" in cells
    assert "Bupati Lima Puluh Kota" in cells
    assert "ADRIAN WAHYUDI, SH, MH" in cells and "NIP. 19661020 199503 1 001" in cells
    assert "Sarilamak, Februari 2023" in cells
    # the name of the Bupati is not in the workbook: a marked placeholder, twice (pernyataan, lampiran) + parties table
    marked = [r for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs
              if r.font.highlight_color is not None]
    assert {r.text for r in marked} == {"[tulis nama kepala daerah]"}
    assert len(marked) == 3
    assert all(not s.header.paragraphs[0].text for s in doc.sections)   # no DRAF


def test_default_name_and_numbers_read_back(documents, model):
    assert documents["pk"].name == "PK_BKPSDM_2023.docx"
    result = check_numbers(documents["pk"], model)
    assert result.ok and result.checked == 4 and result.tables == {"pk-program": 1}


def test_short_names():
    assert short_name("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia") == "BKPSDM"
    assert short_name("Dinas Pendidikan") == "Dinas_Pendidikan"
    assert short_name("Inspektorat") == "Inspektorat"
    assert short_name("") == "OPD"


def _with_an_error(folder: Path) -> Path:
    rkt, specs = load_sample()
    rkt.bidang[0].sub_kegiatan[0].pagu = None       # nilai-wajib-kosong: a galat
    return write_workbook(folder / "RKT_galat.xlsx", rkt, specs).path


def test_errors_stop_the_document_unless_forced_then_draf_on_every_page(tmp_path, capsys):
    book = _with_an_error(tmp_path)
    stopped = buat_dokumen("pk", [book])
    assert stopped.stopped and stopped.output is None
    assert stopped.summary() == ("Perjanjian Kinerja tidak disusun: 1 galat, 0 berkas tidak terbaca. Perbaiki sel "
                                 "yang disebut di atas lalu ulangi, atau pakai --paksa untuk draf bertanda DRAF.")
    assert not list(tmp_path.glob("*.docx"))
    assert main(["pk", str(book)]) == 1

    forced = buat_dokumen("pk", [book], paksa=True)
    assert forced.draf and forced.output == tmp_path / "PK_BKPSDM_2023.docx"
    doc = Document(str(forced.output))
    draf = ("DRAF - disusun dengan --paksa walau buku kerja masih memuat 1 galat; bukan dokumen final")
    assert [s.header.paragraphs[0].text for s in doc.sections] == [draf]
    assert forced.summary().startswith("Perjanjian Kinerja disimpan sebagai DRAF (ada 1 galat di buku kerja): ")


def test_cli_writes_the_pk_next_to_the_input_and_leaves_the_input_alone(documents, tmp_path, capsys):
    from tests.conftest import fingerprint

    before = fingerprint(documents["sample"])
    out = tmp_path / "PK.docx"
    assert main(["pk", str(documents["sample"]), "-o", str(out)]) == 0
    assert out.exists()
    assert fingerprint(documents["sample"]) == before
    said = capsys.readouterr().out
    assert f"Perjanjian Kinerja disimpan: {out}" in said.replace("\n", "")


def test_a_forced_document_says_draf_even_if_the_office_template_dropped_the_tag(tmp_path):
    from rkt_xl.documents.templates import shipped

    doc = Document(str(shipped("pk")))
    for section in doc.sections:
        for p in section.header.paragraphs:
            for run in p.runs:
                run.text = "KOP KANTOR"
    template = tmp_path / "Templat_kantor.docx"
    doc.save(str(template))
    forced = buat_dokumen("pk", [_with_an_error(tmp_path)], paksa=True, templat=template)
    out = Document(str(forced.output))
    headers = ["\n".join(p.text for p in s.header.paragraphs) for s in out.sections]
    assert headers == ["KOP KANTOR\nDRAF - disusun dengan --paksa walau buku kerja masih memuat 1 galat; bukan dokumen final"]
