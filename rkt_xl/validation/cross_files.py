"""Rules across the files of one run (split copies of the template, or a folder).

- The same sub kegiatan code in two files (each in some bidang sheet): a galat naming both
  files, sheets and cells; within one file the same case is ``kode-ganda``. Without it the
  RKT sheet lists the sub kegiatan twice and JUMLAH is too high by its pagu.
- Bidang sheets in two files whose names differ only in what Excel ignores (case, edge
  spaces): a galat naming both files, since the merge takes them for one bidang.

:class:`CrossFiles` takes one file's model at a time (konsolidasi streams and lets each
model go); :func:`cross_file_findings` runs it over models already read.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from rkt_xl.model.entities import Loc, Rkt
from rkt_xl.validation.context import make_finding
from rkt_xl.validation.findings import Finding
from rkt_xl.validation.sheet_names import excel_key


class CrossFiles:
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._codes: dict[str, tuple[str, Loc]] = {}     # code -> (file, loc) of its first use
        self._sheets: dict[str, tuple[str, str]] = {}    # excel key -> (file, sheet name)
        self._filled: dict[str, str] = {}                # excel key -> file where it is filled

    def add(self, path: Path, rkt: Rkt) -> None:
        file = str(path)
        mine: dict[str, Loc] = {}
        for b in rkt.bidang:
            key = excel_key(b.sheet)
            seen = self._sheets.setdefault(key, (file, b.sheet))
            if seen[0] != file and seen[1] != b.sheet:
                self.findings.append(make_finding(
                    "sheet-nama-ganda", file, sheet=b.sheet, cell="A1", value=b.sheet, lain=seen[1],
                    berkas=f" (berkas '{seen[0]}')"))
            if not b.sub_kegiatan or self._filled.setdefault(key, file) != file:
                continue   # empty, or filled twice: that is bidang-ganda-berkas (merge.py)
            for sub in b.sub_kegiatan:
                loc = sub.loc.get("kode")
                code = (sub.kode or "").strip()
                if not code or loc is None:
                    continue
                mine.setdefault(code, loc)
        for code, loc in mine.items():
            first = self._codes.setdefault(code, (file, loc))
            if first[0] != file:
                self.findings.append(make_finding(
                    "kode-ganda-berkas", file, loc, value=code, berkas_lain=first[0],
                    sheet_lain=first[1].sheet, sel_lain=first[1].cell))


def cross_file_findings(models: Mapping[Path, Rkt], order: list[Path]) -> list[Finding]:
    rules = CrossFiles()
    for path in order:
        rules.add(path, models[path])
    return rules.findings
