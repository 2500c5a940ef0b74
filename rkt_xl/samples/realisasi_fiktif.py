"""The 2023 sample with a FICTITIOUS realisasi (data/realisasi_2023_fiktif.toml).

The reference RKT 2023 has no realisasi; this overlay invents one so that the Pengukuran
Kinerja and Realisasi Anggaran sheets, predikat and charts can be shown, and so that every
capaian rule appears once (positive, negative, range, qualitative, missing, composite).
The plan part stays exactly the sample's; five indikator sasaran marked [FIKTIF] are added.
The workbook says it is fictitious in its file name, in the [FIKTIF] indicator names and in
the Keterangan cell of every sub kegiatan (the overlay's ``catatan``).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import Any

from rkt_xl.model.entities import IndikatorSasaran, Rkt
from rkt_xl.model.target import Target
from rkt_xl.samples.sample import load_sample
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.xlsx.template import write_workbook

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

OVERLAY_FILE = "data/realisasi_2023_fiktif.toml"
SAMPLE_REALISASI_OUTPUT = Path("workbooks/contoh/RKT_BKPSDM_2023_realisasi_fiktif.xlsx")
_TARGET_FIELDS = ("realisasi", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4",
                  "realisasi_n1", "target_renstra")


def load_overlay() -> dict[str, Any]:
    with resources.files("rkt_xl.samples").joinpath(OVERLAY_FILE).open("rb") as fh:
        return tomllib.load(fh)


def apply_overlay(rkt: Rkt, data: dict[str, Any]) -> Rkt:
    """Fill realisasi from ``data`` into ``rkt`` (in place) and add the [FIKTIF] indicators."""
    by_kode = {s.kode: s for s in rkt.sasaran}
    for entry in data.get("sasaran", []):
        _fill_sasaran(by_kode[entry["kode"]], entry)
    for entry in data.get("sasaran_fiktif", []):
        s = IndikatorSasaran(kode=entry["kode"], tujuan=entry["tujuan"], sasaran=entry["sasaran"],
                             indikator=entry["indikator"], satuan=entry["satuan"],
                             target=Target.parse(entry["target"]), polaritas=entry["polaritas"])
        rkt.sasaran.append(_fill_sasaran(s, entry))
    subs = {s.kode: s for s in rkt.all_sub_kegiatan()}
    for entry in data.get("sub_kegiatan", []):
        sub = subs[entry["kode"]]
        tw = list(entry.get("realisasi_anggaran_tw", []))
        (sub.realisasi_anggaran_tw1, sub.realisasi_anggaran_tw2,
         sub.realisasi_anggaran_tw3, sub.realisasi_anggaran_tw4) = (tw + [None] * 4)[:4]
        sub.realisasi_anggaran = entry.get("realisasi_anggaran")
        sub.keterangan = data.get("catatan", "")
        for level in ("keluaran", "hasil"):
            for ind, value in zip(getattr(sub, level), entry.get(f"{level}_realisasi", []), strict=False):
                ind.realisasi = Target.parse(value)
    return rkt


def _fill_sasaran(s: IndikatorSasaran, entry: dict[str, Any]) -> IndikatorSasaran:
    for key in _TARGET_FIELDS:
        if key in entry:
            setattr(s, key, Target.parse(entry[key]))
    s.sifat = entry.get("sifat", s.sifat)
    s.skala = entry.get("skala", s.skala)
    return s


def load_sample_realisasi() -> tuple[Rkt, list[BidangSpec]]:
    """The 2023 sample with the fictitious realisasi."""
    rkt, specs = load_sample()
    return apply_overlay(rkt, load_overlay()), specs


def write_sample_realisasi(path: Path = SAMPLE_REALISASI_OUTPUT):
    """Build the sample-with-realisasi workbook at ``path``; returns (SaveResult, model)."""

    rkt, specs = load_sample_realisasi()
    return write_workbook(path, rkt, specs), rkt
