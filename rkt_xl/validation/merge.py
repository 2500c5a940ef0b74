"""Merge several filled copies of the RKT template into one model.

What comes back by e-mail is one copy per bidang (only that bidang's sheet filled), or one
workbook with every bidang filled, or a mix. The rules, independent of the order in which
files are given (files are taken in :func:`file_order`):

- A bidang sheet counts as filled in a file when it holds at least one sub kegiatan. The
  merged model has every bidang sheet seen in any file, in order of first appearance; its
  content comes from the file where it is filled. Filled in two files: a ``galat`` naming
  both files, and only the first file's copy is used, so nothing is counted twice.
- Profil: each field from the first file where it is filled. Two files with different
  non-empty values: a finding naming both (``galat`` for the fields that identify the RKT,
  ``peringatan`` for the others).
- Sasaran: from the first file where the sheet is filled. Another file with a different
  non-empty Sasaran sheet: a ``galat`` naming both files.

:class:`Merger` takes the files one at a time, so a caller can stream: write a file's bidang
sheets and let go of its model before reading the next file (``keep_subs=False``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rkt_xl.model.entities import Bidang, IndikatorSasaran, Profil, Rkt
from rkt_xl.validation.context import make_finding
from rkt_xl.validation.findings import Finding
from rkt_xl.workbook import layout as C

# Profil fields that identify the RKT: a conflict in one of them is an error.
IDENTITY_FIELDS = frozenset({"pemda", "opd", "tahun", "versi_nomenklatur"})


def file_order(paths: Iterable[Path]) -> list[Path]:
    """The order in which files are merged: by file name, then by full path."""
    return sorted(paths, key=lambda p: (p.name.casefold(), p.name, str(p)))


def bidang_key(sheet: str) -> str:
    """Excel sheet names are unique regardless of case."""
    return sheet.strip().casefold()


@dataclass
class Slot:
    """One bidang sheet of the merged model."""

    sheet: str
    nama: str
    file: str = ""                 # where it is filled ("" = filled nowhere)
    bidang: Bidang | None = None   # the filled copy (None with keep_subs=False)
    jumlah: int = 0                # sub kegiatan in the filled copy


class Merger:
    """Feed files with :meth:`add` in :func:`file_order`; read :attr:`findings` and
    :meth:`result` at the end."""

    def __init__(self, keep_subs: bool = True) -> None:
        self.keep_subs = keep_subs
        self.profil = Profil()
        self.sasaran: list[IndikatorSasaran] = []
        self.sasaran_file = ""
        self.slots: dict[str, Slot] = {}
        self.findings: list[Finding] = []
        self._profil_file: dict[str, str] = {}

    def add(self, path: Path, rkt: Rkt) -> list[Bidang]:
        """Take one file's model; returns the bidang whose filled copy comes from this file."""
        file = str(path)
        self._merge_profil(file, rkt.profil)
        self._merge_sasaran(file, rkt.sasaran)
        accepted: list[Bidang] = []
        for b in rkt.bidang:
            slot = self.slots.setdefault(bidang_key(b.sheet), Slot(b.sheet, b.nama))
            if not b.sub_kegiatan:
                continue
            if slot.file:
                first = b.sub_kegiatan[0].loc.get("kode")
                self.findings.append(make_finding(
                    "bidang-ganda-berkas", file, first, sheet=b.sheet, cell=first.cell if first else "",
                    value=None, berkas_lain=slot.file, jumlah=len(b.sub_kegiatan)))
                continue
            slot.sheet, slot.nama, slot.file, slot.jumlah = b.sheet, b.nama, file, len(b.sub_kegiatan)
            slot.bidang = b if self.keep_subs else None
            accepted.append(b)
        return accepted

    def result(self) -> Rkt:
        bidang = [s.bidang if s.bidang is not None else Bidang(s.sheet, s.nama)
                  for s in self.slots.values()]
        return Rkt(self.profil, list(self.sasaran), bidang)

    def _merge_profil(self, file: str, profil: Profil) -> None:
        for f in C.PROFIL_FIELDS:
            value = getattr(profil, f.key)
            if value in ("", None):
                continue
            current = getattr(self.profil, f.key)
            if current in ("", None):
                setattr(self.profil, f.key, value)
                if f.key in profil.loc:
                    self.profil.loc[f.key] = profil.loc[f.key]
                self._profil_file[f.key] = file
            elif current != value:
                code = "profil-berbeda" if f.key in IDENTITY_FIELDS else "profil-isian-berbeda"
                self.findings.append(make_finding(
                    code, file, profil.loc.get(f.key), sheet=C.SHEET_PROFIL, value=value,
                    judul=f.label, nilai_lain=current, berkas_lain=self._profil_file[f.key]))

    def _merge_sasaran(self, file: str, sasaran: list[IndikatorSasaran]) -> None:
        if not sasaran:
            return
        if not self.sasaran:
            self.sasaran, self.sasaran_file = list(sasaran), file
            return
        if sasaran == self.sasaran:
            return
        mine, first = sasaran, self.sasaran
        i = next((k for k, (a, b) in enumerate(zip(mine, first, strict=False)) if a != b), min(len(mine), len(first)))
        row = mine[i] if i < len(mine) else first[i]
        self.findings.append(make_finding(
            "sasaran-berbeda", file, mine[i].loc.get("kode") if i < len(mine) else None,
            sheet=C.SHEET_SASARAN, value=row.kode, berkas_lain=self.sasaran_file,
            jumlah=len(mine), jumlah_lain=len(first)))


def merge_models(models: Mapping[Path, Rkt]) -> tuple[Rkt, list[Finding]]:
    """Merge the models of several template copies (see the module docstring)."""
    merger = Merger()
    for path in file_order(models):
        merger.add(path, models[path])
    return merger.result(), merger.findings
