"""Synthetic input workbooks for the consolidation benchmark.

Each file is a real template copy written by :func:`rkt_xl.xlsx.template.write_workbook` (Petunjuk,
Profil, Sasaran, bidang sheets with their empty input rows, Referensi), as an OPD would send
it: the same Profil and Sasaran in every file, bidang sheets named per OPD so they do not
collide, one Keluaran and one Hasil per sub kegiatan, Indonesian-looking text of 30 to 150
characters. Program and kegiatan codes are real; sub kegiatan codes are made up (the bundled
nomenclature lists only ~100 codes), so the generator also writes ``nomenklatur.csv`` with them
(and their kegiatan names as written), loaded through ``RKT_NOMENKLATUR`` as an office would
add the codes of its urusan; the inputs then validate like real, mostly clean ones.
Deterministic (seeded), so a cached set is reused.

With ``realisasi=True`` (command line: ``--realisasi``) the same plan also carries a year of
realisasi, as a Bappeda holds it at year end: realisasi anggaran per triwulan for every sub
kegiatan (together 60 to 105 % of its pagu), realisasi per triwulan for every Keluaran and
Hasil indicator and every indikator sasaran (per triwulan a quarter of the target, give or
take; the last triwulan for percentages and words). Generated into its own folder, its own
stamp: the plan-only sets stay as they are.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from rkt_xl.model.entities import Bidang, Indikator, IndikatorSasaran, Profil, Rkt, SubKegiatan
from rkt_xl.model.target import Target
from rkt_xl.realisasi.indikator import decimal_text
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.xlsx.template import write_workbook

WORDS = ("pengelolaan data kepegawaian penyusunan dokumen laporan koordinasi pelaksanaan pembinaan "
         "aparatur sipil negara perencanaan evaluasi kinerja pelayanan administrasi perangkat daerah "
         "penyediaan jasa barang milik pemeliharaan kendaraan dinas operasional fasilitasi kegiatan "
         "peningkatan kapasitas sumber daya manusia pengadaan peralatan sistem informasi jumlah "
         "tersedianya meningkatnya kualitas layanan publik urusan pemerintahan").split()
PROGRAMS = {  # program code -> name
    "5.03.01": "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "5.03.02": "Program Kepegawaian Daerah",
    "5.04.02": "Program Pengembangan Sumber Daya Manusia",
}
KEGIATAN = tuple(f"{k:02d}" for k in range(1, 10))
SATUAN = ("dokumen", "laporan", "orang", "paket", "unit", "kegiatan")
TARGETS = ("1", "12", "250", "6.500", "95,5", "Baik", "100%")
SASARAN = [IndikatorSasaran(f"S{s}.{i}", tujuan=f"Tujuan {1 + (s - 1) // 2}: mewujudkan tata kelola yang baik",
                            sasaran=f"Sasaran {s}: meningkatnya kualitas pelayanan", indikator=f"Indeks {s}.{i}",
                            satuan="nilai", target=Target.parse("80"), polaritas="positif")
           for s in range(1, 5) for i in (1, 2)]
PROFIL = Profil(pemda="Kabupaten Contoh", opd="Pemerintah Kabupaten Contoh", tahun=2025,
                kepala="NAMA KEPALA, S.E.", nip="19700101 199503 1 001", tempat="Contoh",
                tanggal="Januari 2025", versi_nomenklatur="2021")


def _text(rng: random.Random, low: int, high: int) -> str:
    words: list[str] = []
    size = rng.randint(low, high)
    while sum(len(w) + 1 for w in words) < size:
        words.append(rng.choice(WORDS))
    return " ".join(words).capitalize()


def _realisasi_tw(rng: random.Random, target: Target) -> list[Target]:
    """Four triwulan of realisasi for ``target``: numbers about a quarter of it each (for
    percentages the running value), a word target reached in the last triwulan."""
    value = target.value if target.kind in ("angka", "persen") else None
    if value is None:
        return [Target.parse("")] * 3 + [Target.parse(target.raw)]
    if target.kind == "persen":
        return [Target.parse(decimal_text(value * rng.randint(70, 105) // 100) + "%") for _ in range(4)]
    parts = [value * rng.randint(15, 30) / 100 for _ in range(4)]
    return [Target.parse(decimal_text(round(x, 0 if value >= 20 else 1))) for x in parts]


def add_realisasi(rkt: Rkt, rng: random.Random) -> None:
    """A year of realisasi in ``rkt`` (see the module text)."""
    for sub in rkt.all_sub_kegiatan():
        share = rng.randint(60, 105)
        total = (sub.pagu or 0) * share // 100
        cuts = sorted(rng.randint(0, total) for _ in range(3))
        sub.realisasi_anggaran_tw1, sub.realisasi_anggaran_tw2, sub.realisasi_anggaran_tw3, sub.realisasi_anggaran_tw4 = (
            b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True))
        for ind in (*sub.keluaran, *sub.hasil):
            ind.realisasi_tw1, ind.realisasi_tw2, ind.realisasi_tw3, ind.realisasi_tw4 = _realisasi_tw(rng, ind.target)


def _sasaran(realisasi: bool) -> list[IndikatorSasaran]:
    if not realisasi:
        return SASARAN
    out = []
    for i, s in enumerate(SASARAN):
        tw = [Target.parse(v) for v in ("70", "74", "78", str(76 + 2 * i))]   # an index: the last triwulan counts
        out.append(IndikatorSasaran(s.kode, tujuan=s.tujuan, sasaran=s.sasaran, indikator=s.indikator, satuan=s.satuan,
                                    target=s.target, polaritas=s.polaritas, realisasi_tw1=tw[0], realisasi_tw2=tw[1],
                                    realisasi_tw3=tw[2], realisasi_tw4=tw[3], sifat="non-kumulatif",
                                    realisasi_n1=Target.parse("72")))
    return out


def synthetic_model(opd: int, bidang: int, subs: int, rng: random.Random, counter: dict[str, int]) -> Rkt:
    codes = list(PROGRAMS)
    sheets = []
    for j in range(bidang):
        b = Bidang(f"OPD{opd:02d} Bidang {j + 1}", f"Bidang {j + 1} OPD {opd:02d}")
        for _ in range(subs):
            n = counter["n"]
            counter["n"] += 1
            program = codes[n % len(codes)]
            keg = KEGIATAN[(n // len(codes)) % len(KEGIATAN)]
            sub = counter[f"{program}.{keg}"] = counter.get(f"{program}.{keg}", 0) + 1   # unique codes
            b.sub_kegiatan.append(SubKegiatan(
                kode=f"{program}.2.{keg}.{sub:04d}", program=PROGRAMS[program],
                kegiatan=f"Kegiatan {keg}", nama=_text(rng, 30, 120),
                sasaran=SASARAN[n % len(SASARAN)].kode, sumber_dana="DAU",
                pagu=rng.randint(1_000_000, 5_000_000_000),
                keluaran=[Indikator(_text(rng, 40, 150), rng.choice(SATUAN), Target.parse(rng.choice(TARGETS)))],
                hasil=[Indikator(_text(rng, 40, 150), "nilai", Target.parse(rng.choice(TARGETS)))],
            ))
        sheets.append(b)
    return Rkt(PROFIL, SASARAN, sheets)


def generate(folder: Path, files: int, bidang: int, subs: int, seed: int = 2025,
             realisasi: bool = False) -> list[Path]:
    """``files`` OPD workbooks of ``bidang`` sheets x ``subs`` sub kegiatan in ``folder``
    (reused when already complete); ``realisasi``: with a year of realisasi filled."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / f".lengkap-{files}x{bidang}x{subs}-{seed}-n{'-realisasi' if realisasi else ''}"
    paths = [folder / f"RKT_OPD{i:02d}.xlsx" for i in range(1, files + 1)]
    if stamp.exists() and all(p.exists() for p in paths):
        return paths
    rng, counter = random.Random(seed), {"n": 0}
    codes: dict[str, tuple[str, str]] = {}
    for i, path in enumerate(paths, start=1):
        rkt = synthetic_model(i, bidang, subs, rng, counter)
        if realisasi:
            rkt.sasaran = _sasaran(True)
            add_realisasi(rkt, random.Random(seed * 1000 + i))   # the plan stays that of the plain set
        write_workbook(path, rkt, [BidangSpec(b.sheet, b.nama) for b in rkt.bidang], archive=False)
        for sub in rkt.all_sub_kegiatan():
            codes[sub.kode] = ("sub_kegiatan", sub.nama)
            codes[sub.kode_kegiatan] = ("kegiatan", sub.kegiatan)
    write_nomenclature(folder / NOMENCLATURE, codes)
    stamp.touch()
    return paths


NOMENCLATURE = "nomenklatur.csv"


def write_nomenclature(path: Path, codes: dict[str, tuple[str, str]]) -> None:
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["versi", "kode", "tingkat", "nama", "status", "catatan"])
        for kode, (tingkat, nama) in sorted(codes.items()):
            out.writerow(["2021", kode, tingkat, nama, "belum_terverifikasi", "synthetic (benchmark)"])


if __name__ == "__main__":   # generate.py FOLDER FILES BIDANG SUBS [--realisasi]: prints the paths
    args = [a for a in sys.argv[1:] if a != "--realisasi"]
    folder, *sizes = args
    paths = generate(Path(folder), *map(int, sizes), realisasi="--realisasi" in sys.argv[1:])
    print("\n".join(map(str, paths)))
