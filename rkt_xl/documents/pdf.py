"""PDF through headless LibreOffice (offices upload the PDF to their e-SAKIP portal).

LibreOffice runs with a private, throw-away profile, so it works while the user has
LibreOffice open and never touches their settings. The PDF is saved atomically next to
the document (an older one archived).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from rkt_xl.errors import SaveError
from rkt_xl.save import save_atomically
from rkt_xl.texts import text

TIMEOUT = 180   # seconds; the sample LKjIP takes a few


def soffice() -> str | None:
    """LibreOffice's command, from PATH or its usual place on Windows/macOS."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for candidate in (r"C:\Program Files\LibreOffice\program\soffice.exe",
                      r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
                      "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if os.path.exists(candidate):
            return candidate
    return None


def _verify_pdf(path: Path) -> str | None:
    with open(path, "rb") as fh:
        return None if fh.read(5) == b"%PDF-" else text("dokumen.pdf-rusak")


def to_pdf(docx: Path) -> tuple[Path | None, str]:
    """Convert ``docx`` to ``<same name>.pdf``; returns (pdf path, "") or (None, why not)."""
    command = soffice()
    if command is None:
        return None, text("dokumen.pdf-tanpa-libreoffice", path=docx)
    with tempfile.TemporaryDirectory(prefix="rkt-pdf-") as work:
        profile = Path(work) / "profil"
        outdir = Path(work) / "keluar"
        cmd = [command, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
               "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(docx)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return None, text("dokumen.pdf-gagal", path=docx, detail=type(exc).__name__)
        made = outdir / (docx.stem + ".pdf")
        if not made.exists() or made.read_bytes()[:5] != b"%PDF-":
            detail = (proc.stderr or proc.stdout or f"kode {proc.returncode}").strip()[:200]
            return None, text("dokumen.pdf-gagal", path=docx, detail=detail)
        try:
            saved = save_atomically(docx.with_suffix(".pdf"), lambda tmp: shutil.copyfile(made, tmp),
                                    verify=_verify_pdf)
        except SaveError as exc:
            return None, str(exc)
    return saved.path, ""
