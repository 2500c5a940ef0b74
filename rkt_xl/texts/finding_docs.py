"""Generate docs/temuan.md, the reference of every finding code, from the catalogue.

Regenerate with ``python -m rkt_xl.finding_docs`` (or ``make docs``); a test fails when
the committed page differs from what this produces.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rkt_xl.texts import FINDINGS

DOC_PATH = Path("docs/temuan.md")

HEADER = """# Daftar temuan validasi

Halaman ini dibuat otomatis dari katalog pesan (`rkt_xl/texts/findings.py`); jangan diubah dengan tangan,
jalankan `python -m rkt_xl.finding_docs` (atau `make docs`).

Setiap temuan memiliki kode tetap, tingkat, berkas, sheet, sel, nilai dan pesan.
**galat** menghentikan konsolidasi (kecuali dengan `--paksa`); **peringatan** dilaporkan tetapi tidak menghentikan.
Berkas yang sama sekali tidak terbaca (rusak, terkunci sandi, bukan xlsx) dilaporkan terpisah dan membuat
`rkt validasi` keluar dengan kode 3; berkas lain dalam perintah yang sama tetap diperiksa.

| Kode | Tingkat | Contoh pesan |
|---|---|---|
"""


def render() -> str:
    rows = []
    for code, (severity, template, example) in FINDINGS.items():
        fields = {"sheet": "Sekretariat", "cell": "A4", "value": "", "file": "RKT.xlsx", **example}
        text = template.format(**fields).replace("|", "\\|")
        rows.append(f"| `{code}` | {severity} | {text} |")
    return HEADER + "\n".join(rows) + "\n"


def main() -> int:
    DOC_PATH.parent.mkdir(exist_ok=True)
    DOC_PATH.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"{DOC_PATH}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
