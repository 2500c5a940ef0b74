"""The RKT domain model: plain dataclasses, no I/O.

Every entity read from a workbook carries ``loc``: for each field name, where its value
came from (sheet, A1 cell, raw cell value). ``loc`` takes no part in equality, so a model
written and read back compares equal to the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rkt_xl.model.target import EMPTY, Target


def parent_codes(kode: str) -> tuple[str, str]:
    """(program code, kegiatan code) of a sub kegiatan code U.BB.PP.2.KK.SSSS."""
    parts = kode.split(".")
    return ".".join(parts[:3]), ".".join(parts[:5])


class CodeParents:
    """``kode_program`` and ``kode_kegiatan`` for anything with a sub kegiatan ``kode``."""

    kode: str

    @property
    def kode_program(self) -> str:
        return parent_codes(self.kode)[0]

    @property
    def kode_kegiatan(self) -> str:
        return parent_codes(self.kode)[1]


@dataclass(frozen=True, slots=True)
class Loc:
    """Where a value was read: sheet name, A1 address and the raw cell value."""

    sheet: str
    cell: str
    raw: object = None

    def __reduce__(self) -> tuple[type, tuple[str, str, object]]:
        # pickled by position (a helper process sends models back): the dataclass default for
        # frozen slots calls fields() per object, a third of a model's pickling time
        return Loc, (self.sheet, self.cell, self.raw)


def _empty() -> Target:
    return EMPTY


def _locs() -> dict[str, Loc]:
    return field(default_factory=dict, compare=False, repr=False)


@dataclass
class Profil:
    pemda: str = ""
    opd: str = ""
    tahun: int | None = None
    kepala: str = ""
    nip: str = ""
    tempat: str = ""
    tanggal: str = ""
    versi_nomenklatur: str = ""
    loc: dict[str, Loc] = _locs()


@dataclass
class IndikatorSasaran:
    """One indicator of a Sasaran (the Sasaran sheet has one row per indicator)."""

    kode: str
    tujuan: str = ""
    sasaran: str = ""
    indikator: str = ""
    satuan: str = ""
    target: Target = field(default_factory=lambda: Target.parse(""))
    polaritas: str = ""
    realisasi: Target = field(default_factory=_empty)
    # issue 11: realisasi per triwulan, aggregation, LKjIP comparisons, qualitative scale
    realisasi_tw1: Target = field(default_factory=_empty)
    realisasi_tw2: Target = field(default_factory=_empty)
    realisasi_tw3: Target = field(default_factory=_empty)
    realisasi_tw4: Target = field(default_factory=_empty)
    sifat: str = ""              # "kumulatif" / "non-kumulatif" (empty: non-kumulatif)
    realisasi_n1: Target = field(default_factory=_empty)
    target_renstra: Target = field(default_factory=_empty)
    skala: str = ""              # "Kurang < Cukup < Baik < Sangat Baik"
    loc: dict[str, Loc] = _locs()

    @property
    def realisasi_triwulan(self) -> tuple[Target, Target, Target, Target]:
        return (self.realisasi_tw1, self.realisasi_tw2, self.realisasi_tw3, self.realisasi_tw4)


@dataclass
class Indikator:
    """A Keluaran or Hasil indicator of a SubKegiatan."""

    tolok_ukur: str = ""
    satuan: str = ""
    target: Target = field(default_factory=_empty)
    realisasi: Target = field(default_factory=_empty)
    realisasi_tw1: Target = field(default_factory=_empty)
    realisasi_tw2: Target = field(default_factory=_empty)
    realisasi_tw3: Target = field(default_factory=_empty)
    realisasi_tw4: Target = field(default_factory=_empty)
    loc: dict[str, Loc] = _locs()

    @property
    def is_empty(self) -> bool:
        return not (self.tolok_ukur or self.satuan or self.target.text or self.realisasi.text
                    or any(t.text for t in self.realisasi_triwulan))

    @property
    def realisasi_triwulan(self) -> tuple[Target, Target, Target, Target]:
        return (self.realisasi_tw1, self.realisasi_tw2, self.realisasi_tw3, self.realisasi_tw4)


@dataclass
class SubKegiatan(CodeParents):
    kode: str = ""
    program: str = ""
    kegiatan: str = ""
    nama: str = ""
    sasaran: str = ""
    sumber_dana: str = ""
    pagu: int | None = None
    keluaran: list[Indikator] = field(default_factory=list)
    hasil: list[Indikator] = field(default_factory=list)
    realisasi_anggaran: int | None = None
    keterangan: str = ""
    realisasi_anggaran_tw1: int | None = None   # issue 11: per triwulan, Rupiah
    realisasi_anggaran_tw2: int | None = None
    realisasi_anggaran_tw3: int | None = None
    realisasi_anggaran_tw4: int | None = None
    loc: dict[str, Loc] = _locs()

    @property
    def realisasi_anggaran_triwulan(self) -> tuple[int | None, int | None, int | None, int | None]:
        return (self.realisasi_anggaran_tw1, self.realisasi_anggaran_tw2,
                self.realisasi_anggaran_tw3, self.realisasi_anggaran_tw4)


@dataclass
class Bidang:
    sheet: str
    nama: str = ""
    sub_kegiatan: list[SubKegiatan] = field(default_factory=list)


@dataclass
class Rkt:
    profil: Profil = field(default_factory=Profil)
    sasaran: list[IndikatorSasaran] = field(default_factory=list)
    bidang: list[Bidang] = field(default_factory=list)

    def all_sub_kegiatan(self) -> list[SubKegiatan]:
        return [s for b in self.bidang for s in b.sub_kegiatan]

    def total_pagu(self) -> int:
        return sum(s.pagu or 0 for s in self.all_sub_kegiatan())

    def bidang_by_sheet(self, sheet: str) -> Bidang | None:
        return next((b for b in self.bidang if b.sheet == sheet), None)
