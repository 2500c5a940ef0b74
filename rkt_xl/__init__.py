"""rkt_xl: Rencana Kerja Tahunan (RKT) and LKjIP with Excel as the user interface."""

from rkt_xl.errors import ConfigError, FileError, MailError, RktXlError, SaveError, TemplateError
from rkt_xl.model.entities import Bidang, Indikator, IndikatorSasaran, Loc, Profil, Rkt, SubKegiatan
from rkt_xl.model.target import Target
from rkt_xl.realisasi import CapaianError, capaian, serapan

__version__ = "0.1.0"

_LAZY = {"read_grids": "rkt_xl.workbook.reader", "read_workbook": "rkt_xl.workbook.reader"}


def __getattr__(name: str) -> object:
    """The readers pull in the spreadsheet libraries: loaded on first use, so that
    ``rkt --help`` (which imports this package) starts without them."""
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(name)

__all__ = [
    "Bidang", "CapaianError", "ConfigError", "FileError", "Indikator", "IndikatorSasaran", "Loc", "MailError",
    "Profil", "Rkt", "RktXlError", "SaveError", "SubKegiatan", "Target", "TemplateError", "capaian",
    "read_grids", "read_workbook", "serapan",
]
