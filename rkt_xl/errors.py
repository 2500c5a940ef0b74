"""The one small exception family. Bad *data* never raises (it becomes findings);
from rkt_xl.texts import text
these are for files that cannot be read, written or sent at all."""

from __future__ import annotations

from rkt_xl.texts import text


class RktXlError(Exception):
    """Base class: the run cannot go on for this file. ``str()`` is the Indonesian message."""

    exit_code = 3

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(text(code, **params))


class FileError(RktXlError):
    """An input file cannot be read (missing, not xlsx, encrypted, corrupt, too large)."""


class TemplateError(RktXlError):
    """A workbook is readable but is not an RKT workbook (required sheet missing)."""


class SaveError(RktXlError):
    """An output cannot be written (folder missing, no permission, disk full)."""


class MailError(RktXlError):
    """The consolidated workbook cannot be sent."""


class ConfigError(RktXlError):
    """A setting or option value is invalid (usage problem)."""

    exit_code = 2
