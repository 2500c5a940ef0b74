"""The bundled 2023 sample (the reference RKT of BKPSDM Kabupaten Lima Puluh Kota) and
the TOML format it is written in, which also serves as an OPD config file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from rkt_xl.model.entities import Bidang, Indikator, IndikatorSasaran, Profil, Rkt, SubKegiatan
from rkt_xl.model.target import Target
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.workbook.config import loads_toml
from rkt_xl.xlsx.template import write_workbook

SAMPLE_FILE = "data/contoh_2023.toml"
SAMPLE_OUTPUT = Path("RKT_BKPSDM_2023.xlsx")   # in the current folder


def _indikator(d: dict[str, Any]) -> Indikator:
    return Indikator(
        tolok_ukur=d.get("tolok_ukur", ""), satuan=d.get("satuan", ""),
        target=Target.parse(d.get("target", "")), realisasi=Target.parse(d.get("realisasi", "")),
    )


def rkt_from_dict(data: dict[str, Any]) -> tuple[Rkt, list[BidangSpec]]:
    """Build the model from the TOML structure (see data/contoh_2023.toml)."""
    p = data.get("profil", {})
    profil = Profil(**{k: (v if k == "tahun" else str(v)) for k, v in p.items()})
    specs = [BidangSpec(b["sheet"], b.get("nama", b["sheet"])) for b in data.get("bidang", [])]
    sasaran = [
        IndikatorSasaran(
            kode=s["kode"], tujuan=s.get("tujuan", ""), sasaran=s.get("sasaran", ""),
            indikator=s.get("indikator", ""), satuan=s.get("satuan", ""),
            target=Target.parse(s.get("target", "")), polaritas=s.get("polaritas", ""),
            realisasi=Target.parse(s.get("realisasi", "")),
        )
        for s in data.get("sasaran", [])
    ]
    bidang = {spec.sheet: Bidang(spec.sheet, spec.nama) for spec in specs}
    for s in data.get("sub_kegiatan", []):
        bidang[s["bidang"]].sub_kegiatan.append(SubKegiatan(
            kode=s["kode"], program=s.get("program", ""), kegiatan=s.get("kegiatan", ""),
            nama=s.get("sub_kegiatan", ""), sasaran=s.get("sasaran", ""),
            sumber_dana=s.get("sumber_dana", ""), pagu=s.get("pagu"),
            keluaran=[_indikator(i) for i in s.get("keluaran", [])],
            hasil=[_indikator(i) for i in s.get("hasil", [])],
            realisasi_anggaran=s.get("realisasi_anggaran"), keterangan=s.get("keterangan", ""),
        ))
    return Rkt(profil, sasaran, list(bidang.values())), specs


def load_sample() -> tuple[Rkt, list[BidangSpec]]:
    """The reference RKT 2023 as a model, with its bidang sheets."""
    data = resources.files("rkt_xl.samples").joinpath(SAMPLE_FILE).read_bytes()
    return rkt_from_dict(loads_toml(data, SAMPLE_FILE))


def write_sample(path: Path = SAMPLE_OUTPUT):
    """Build the sample workbook at ``path``; returns (SaveResult, model)."""

    rkt, specs = load_sample()
    return write_workbook(path, rkt, specs), rkt
