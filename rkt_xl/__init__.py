"""rkt_xl: Rencana Kerja Tahunan (RKT) and LKjIP with Excel as the user interface."""

from rkt_xl.errors import ConfigError, FileError, MailError, RktXlError, SaveError, TemplateError
from rkt_xl.model.entities import Bidang, Indikator, IndikatorSasaran, Loc, Profil, Rkt, SubKegiatan
from rkt_xl.model.target import Target
from rkt_xl.realisasi import CapaianError, capaian, serapan
from rkt_xl.workbook.reader import read_grids, read_workbook

__version__ = "0.1.0"

__all__ = [
    "Bidang", "CapaianError", "ConfigError", "FileError", "Indikator", "IndikatorSasaran", "Loc", "MailError",
    "Profil", "Rkt", "RktXlError", "SaveError", "SubKegiatan", "Target", "TemplateError", "capaian",
    "read_grids", "read_workbook", "serapan",
]
