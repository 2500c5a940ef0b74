"""Realisasi and capaian (Pengukuran Kinerja): pure core, no I/O.

``capaian`` and ``serapan`` are the one implementation of the formulas; sheets, documents,
checks and the CLI call them.
"""

from rkt_xl.realisasi.anggaran import efisiensi_anggaran, efisiensi_kinerja, serapan, sisa
from rkt_xl.realisasi.capaian import CapaianError, Ordinal, capaian, ukur
from rkt_xl.realisasi.display import format_persen
from rkt_xl.realisasi.predikat import predikat, skala

__all__ = [
    "CapaianError", "Ordinal", "capaian", "efisiensi_anggaran", "efisiensi_kinerja",
    "format_persen", "predikat", "serapan", "sisa", "skala", "ukur",
]
