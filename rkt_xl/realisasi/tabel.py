"""The measured table of one or more filled workbooks, for ``rkt capaian`` and other tools
(Bappeda dashboards): every indicator with target, realisasi, capaian and predikat, every
sub kegiatan with pagu, realisasi and serapan, each value with the cells it comes from.

Values are read from the workbooks as filled (not a consolidated output), so the source
cells are those staff typed in. Exact percentages are given as decimal strings (``"97.89…"``)
beside the display form (``"97,89"``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rkt_xl.model.entities import Rkt
from rkt_xl.realisasi.anggaran import realisasi_anggaran, serapan, sisa
from rkt_xl.realisasi.capaian import ukur
from rkt_xl.realisasi.display import format_persen
from rkt_xl.realisasi.indikator import pilih_realisasi, ukuran
from rkt_xl.realisasi.predikat import Skala
from rkt_xl.realisasi.predikat import skala as default_skala
from rkt_xl.workbook.reader import read_workbook


@dataclass
class BarisIndikator:
    berkas: str
    tingkat: str              # sasaran | keluaran | hasil
    kode: str                 # indikator sasaran code, or the sub kegiatan code
    indikator: str
    satuan: str
    target: str
    polaritas: str
    realisasi: str
    cara: str                 # tahunan | jumlah | terakhir | kosong
    capaian: str | None       # exact decimal string, None when not defined
    capaian_tampil: str       # "97,89", "n/a", "66,67 (ordinal)"
    ordinal: bool
    predikat: str
    alasan: str               # why there is no capaian (CapaianError reason), or ""
    sel_target: str
    sel_realisasi: list[str] = field(default_factory=list)


@dataclass
class BarisAnggaran:
    berkas: str
    kode: str
    sub_kegiatan: str
    pagu: int | None
    realisasi: int | None
    sisa: int | None
    serapan: str | None
    serapan_tampil: str
    sel_pagu: str
    sel_realisasi: list[str] = field(default_factory=list)


def _cell(loc) -> str:  # type: ignore[no-untyped-def]
    return f"{loc.sheet}!{loc.cell}" if loc is not None else ""


def measure(rkt: Rkt, berkas: str = "", triwulan: int | None = None,
            scale: Skala | None = None) -> tuple[list[BarisIndikator], list[BarisAnggaran]]:
    """The measured rows of one model (the library call behind ``rkt capaian``)."""
    scale = scale or default_skala()
    inds = []
    for u in ukuran(rkt):
        chosen = pilih_realisasi(u, triwulan)
        m = ukur(u.target.raw, chosen.text, u.polaritas, u.skala or None)
        kode = u.sasaran.kode if u.sasaran is not None else (u.sub.kode if u.sub is not None else "")
        inds.append(BarisIndikator(
            berkas, u.level, kode, u.indikator, u.satuan, u.target.raw, u.polaritas, chosen.text, chosen.cara,
            None if m.nilai is None else str(m.nilai), format_persen(m.nilai), m.ordinal, scale.label(m.nilai),
            m.alasan, _cell(u.loc.get("target")),
            [_cell(u.loc.get(f)) for f in chosen.fields if u.loc.get(f) is not None]))
    subs = []
    for sub in rkt.all_sub_kegiatan():
        value, fields = realisasi_anggaran(sub.realisasi_anggaran, sub.realisasi_anggaran_triwulan, triwulan)
        s = serapan(value, sub.pagu)
        subs.append(BarisAnggaran(berkas, sub.kode, sub.nama, sub.pagu, value, sisa(value, sub.pagu),
                                  None if s is None else str(s), format_persen(s), _cell(sub.loc.get("pagu")),
                                  [_cell(sub.loc.get(f)) for f in fields if sub.loc.get(f) is not None]))
    return inds, subs


def tabel_capaian(paths: Sequence[str | Path], triwulan: int | None = None) -> dict[str, object]:
    """The measured table of ``paths`` as plain data (JSON-ready). Raises RktXlError for an
    unreadable file, like every reader."""

    scale = default_skala()
    out: dict[str, object] = {"berkas": [str(p) for p in paths], "triwulan": triwulan,
                              "skala_predikat": scale.nama, "indikator": [], "anggaran": []}
    for p in paths:
        inds, subs = measure(read_workbook(p), str(p), triwulan, scale)
        out["indikator"].extend(asdict(r) for r in inds)   # type: ignore[union-attr]
        out["anggaran"].extend(asdict(r) for r in subs)    # type: ignore[union-attr]
    return out
