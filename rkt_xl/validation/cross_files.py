"""Rules across the files of one run (split copies of the template, or a folder).

- The same sub kegiatan code in two files (each in some bidang sheet): a galat naming both
  files, sheets and cells; within one file the same case is ``kode-ganda``. Without it the
  RKT sheet lists the sub kegiatan twice and JUMLAH is too high by its pagu.
- Bidang sheets in two files whose names differ only in what Excel ignores (case, edge
  spaces): a galat naming both files, since the merge takes them for one bidang.
- A copy that leaves the Sasaran sheet to another copy: its links to the sasaran (the
  sasaran exists, the Hasil target is not weaker) are judged on the merged Sasaran at the
  end (:meth:`CrossFiles.finish`), as the single workbook judges them; only the few fields
  these rules read are kept, not the copy's model.

:class:`CrossFiles` takes one file's model at a time (``judge`` streams and lets each model
go); :meth:`CrossFiles.finish` returns the findings once the merge is known.
"""

from __future__ import annotations

from pathlib import Path

from rkt_xl.model.entities import Indikator, IndikatorSasaran, Loc, Rkt, SubKegiatan
from rkt_xl.validation.checks.sasaran_links import link_findings
from rkt_xl.validation.context import make_finding
from rkt_xl.validation.findings import Finding
from rkt_xl.validation.sheet_names import excel_key


class CrossFiles:
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self._codes: dict[str, tuple[str, Loc]] = {}     # code -> (file, loc) of its first use
        self._sheets: dict[str, tuple[str, str]] = {}    # excel key -> (file, sheet name)
        self._filled: dict[str, str] = {}                # excel key -> file where it is filled
        self._links: list[tuple[str, list[SubKegiatan]]] = []   # copies without Sasaran

    def add(self, path: Path, rkt: Rkt, several: bool = True) -> None:
        file = str(path)
        if several and not rkt.sasaran:
            self._links.append((file, [_links_of(s) for s in rkt.all_sub_kegiatan()]))
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


    def finish(self, sasaran: list[IndikatorSasaran]) -> list[Finding]:
        """The rules that need the merged Sasaran; returns all findings."""
        by_code = {s.kode: s for s in sasaran if s.kode}
        if by_code:
            for file, subs in self._links:
                self.findings.extend(link_findings(subs, by_code, file))
        self._links = []
        return self.findings


def _links_of(sub: SubKegiatan) -> SubKegiatan:
    """What the sasaran links read of a sub kegiatan (its sasaran, Hasil targets, their cells)."""
    keep = {k: v for k, v in sub.loc.items() if k == "sasaran"}
    return SubKegiatan(kode=sub.kode, sasaran=sub.sasaran, loc=keep,
                       hasil=[Indikator(target=h.target, loc={k: v for k, v in h.loc.items() if k == "target"})
                              for h in sub.hasil])
