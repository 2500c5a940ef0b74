"""rkt_xl: Rencana Kerja Tahunan (RKT) and LKjIP with Excel as the user interface."""

from .errors import ConfigError, FileError, MailError, RktXlError, SaveError, TemplateError
from .model import Bidang, Indikator, IndikatorSasaran, Loc, Profil, Rkt, SubKegiatan
from .reader import read_grids, read_workbook
from .target import Target

__version__ = "0.1.0"

__all__ = [
    "Bidang", "ConfigError", "FileError", "Indikator", "IndikatorSasaran", "Loc", "MailError",
    "Profil", "Rkt", "RktXlError", "SaveError", "SubKegiatan", "Target", "TemplateError",
    "read_grids", "read_workbook",
]
