"""`rkt demo` ends with the PK and the LKjIP of the sample, its realisasi marked FIKTIF."""

from __future__ import annotations

from docx import Document

from rkt_xl.samples.demo import run_demo


def test_demo_makes_pk_and_lkjip_marked_fictitious(tmp_path):
    result = run_demo(tmp_path)
    labels = [label for label, _ in result.steps]
    assert labels[-3:] == ["Contoh + realisasi fiktif", "Perjanjian Kinerja", "Laporan Kinerja (LKjIP)"]
    lkjip = Document(str(tmp_path / "LKjIP_BKPSDM_2023.docx"))
    assert any("FIKTIF" in p.text for p in lkjip.paragraphs[:20])
    assert (tmp_path / "PK_BKPSDM_2023.docx").exists()
