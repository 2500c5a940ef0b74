"""The documents open in LibreOffice and convert to PDF (the --pdf path itself)."""

from __future__ import annotations

import re

from rkt_xl.cli import main
from tests import lo


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def test_both_documents_open_in_libreoffice_and_convert_to_pdf(documents, lo_profile, tmp_path):
    pk, lkjip = lo.convert([documents["pk"], documents["lkjip"]], "pdf", tmp_path, lo_profile)
    assert _pages(pk.read_bytes()) == 2
    assert 15 <= _pages(lkjip.read_bytes()) <= 25


def test_cli_pdf_without_libreoffice_says_so_and_keeps_the_docx(documents, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))      # no soffice on this PATH
    out = tmp_path / "PK.docx"
    assert main(["pk", str(documents["sample"]), "-o", str(out), "--pdf"]) == 3
    err = capsys.readouterr().err.replace("\n", "")
    assert "PDF tidak dibuat: LibreOffice (soffice) tidak ditemukan." in err
    assert out.exists() and not out.with_suffix(".pdf").exists()


def test_cli_pdf_with_libreoffice(documents, lo_profile, tmp_path, capsys):
    """The --pdf path itself (to_pdf with its own throw-away profile), next to the document."""
    out = tmp_path / "PK.docx"
    assert main(["pk", str(documents["sample"]), "-o", str(out), "--pdf"]) == 0
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF-")
    assert f"PDF disimpan: {out.with_suffix('.pdf')}" in capsys.readouterr().out.replace("\n", "")
