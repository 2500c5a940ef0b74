"""The documents open in LibreOffice and convert to PDF (the --pdf path itself)."""

from __future__ import annotations

import re

import pytest

from rkt_xl.cli import main
from rkt_xl.documents.pdf import to_pdf


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def test_both_documents_convert_to_pdf(documents, lo_profile, tmp_path):
    pages = {}
    for kind in ("pk", "lkjip"):
        pdf, problem = to_pdf(documents[kind])
        assert problem == "" and pdf == documents[kind].with_suffix(".pdf")
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF-")
        pages[kind] = _pages(data)
    assert pages["pk"] == 2
    assert 15 <= pages["lkjip"] <= 25


def test_cli_pdf_without_libreoffice_says_so_and_keeps_the_docx(documents, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))      # no soffice on this PATH
    out = tmp_path / "PK.docx"
    assert main(["pk", str(documents["sample"]), "-o", str(out), "--pdf"]) == 3
    err = capsys.readouterr().err.replace("\n", "")
    assert "PDF tidak dibuat: LibreOffice (soffice) tidak ditemukan." in err
    assert out.exists() and not out.with_suffix(".pdf").exists()


@pytest.mark.parametrize("kind", ["pk"])
def test_cli_pdf_with_libreoffice(documents, lo_profile, tmp_path, capsys, kind):
    out = tmp_path / "PK.docx"
    assert main([kind, str(documents["sample"]), "-o", str(out), "--pdf"]) == 0
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF-")
    assert f"PDF disimpan: {out.with_suffix('.pdf')}" in capsys.readouterr().out.replace("\n", "")
