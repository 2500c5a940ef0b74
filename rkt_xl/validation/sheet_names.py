"""Sheet names the output workbook could not carry, judged before anything is written.

XlsxWriter (like Excel) refuses a sheet name longer than 31 characters (UTF-16 units), with
one of ``[ ] : * ? / \\``, starting or ending with an apostrophe, or equal to another sheet's
name with case ignored. The konsolidasi output has its own sheets (:data:`OUTPUT_SHEETS`,
with those still to come), so a bidang sheet named like one of them in any case cannot be
written either. :func:`problem` says which rule a name breaks; the check
(``checks/sheet_names.py``) and the cross-file rule (``cross_files.py``) report it, so that
"validasi passes" implies "konsolidasi writes".
"""

from __future__ import annotations

import re

from rkt_xl.workbook import layout as C

MAX_LENGTH = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# Sheets of the konsolidasi output and of the outputs planned (Pengukuran Kinerja, Realisasi).
OUTPUT_SHEETS = (C.SHEET_RKT, C.SHEET_RINGKASAN, C.SHEET_VALIDASI, C.SHEET_PROFIL, C.SHEET_SASARAN,
                 C.SHEET_PETUNJUK, C.SHEET_REFERENSI, "Pengukuran Kinerja", "Realisasi Anggaran")
_OUTPUT_KEYS = {name.casefold(): name for name in OUTPUT_SHEETS}


def excel_key(name: str) -> str:
    """What Excel compares sheet names by: case ignored (and, for our merge, edge spaces)."""
    return name.strip().casefold()


def utf16_len(name: str) -> int:
    return len(name.encode("utf-16-le")) // 2


def problem(name: str) -> tuple[str, dict[str, object]] | None:
    """(finding code, parameters) of the first rule a bidang sheet name breaks, or None."""
    if utf16_len(name) > MAX_LENGTH:
        return "sheet-nama-terlalu-panjang", {"panjang": utf16_len(name)}
    bad = sorted(set(_FORBIDDEN.findall(name)))
    if bad:
        return "sheet-nama-karakter-terlarang", {"karakter": ", ".join(f"'{c}'" for c in bad)}
    if name.startswith("'") or name.endswith("'"):
        return "sheet-nama-kutip", {}
    output = _OUTPUT_KEYS.get(name.casefold())
    if output is not None:
        return "sheet-nama-keluaran", {"keluaran": output}
    return None


def writable(name: str) -> bool:
    return problem(name) is None
