"""Atomic saving of outputs: temp file in the target folder, verified, previous output
archived under ``arsip/`` with a timestamp, then moved into place. If the target is locked
(open in Excel on Windows), the new result is kept under another name."""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rkt_xl.errors import ConfigError, SaveError

ARCHIVE_DIR = "arsip"
# The extension an output must carry, told by a part only that kind of file has (first match).
SUFFIX_BY_PART = (("xl/vbaProject.bin", ".xlsm"), ("xl/workbook.xml", ".xlsx"), ("word/document.xml", ".docx"))


def content_suffix(names: list[str]) -> str | None:
    """The extension Excel/Word expect for an OOXML package with these part names."""
    present = set(names)
    return next((suffix for part, suffix in SUFFIX_BY_PART if part in present), None)


def check_suffix(target: Path, written: Path) -> None:
    """Refuse an Office output whose name would hide its kind (``-o hasil.xls`` for xlsx
    content); files that are not zips (mail, settings) are not concerned."""
    if not zipfile.is_zipfile(written):
        return
    with zipfile.ZipFile(written) as zf:
        want = content_suffix(zf.namelist())
    if want is not None and target.suffix.lower() != want:
        raise ConfigError("keluaran.akhiran-salah", path=target, akhiran=want,
                          saran=target.with_suffix(want).name if target.name else f"hasil{want}")


@dataclass(frozen=True)
class SaveResult:
    path: Path                   # where the new result is
    archived: Path | None = None  # where the previous output went, if it was replaced
    locked: bool = False          # the target was locked; ``path`` is the alternative name
    requested: Path | None = None  # the target asked for, when ``locked``


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def verify_zip(path: Path) -> str | None:
    """The default check of a written output: an Office file is a zip whose parts all read.
    Returns what is wrong, or None."""
    with zipfile.ZipFile(path) as zf:
        bad = zf.testzip()
    return f"bagian {bad} rusak" if bad is not None else None


def save_atomically(target: Path, write: Callable[[Path], None], archive: bool = True,
                    verify: Callable[[Path], str | None] = verify_zip) -> SaveResult:
    """Run ``write(tmp)``, check the result with ``verify(tmp)`` (what is wrong, or None;
    default: a readable zip) and move it to ``target``. An Office file must carry the
    extension of its content (check_suffix)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SaveError("folder-tidak-ada", path=folder)
    tmp = folder / f".{target.stem}.{os.getpid()}.tmp{target.suffix}"
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        problem = verify(tmp)
        if problem is not None:
            raise SaveError("simpan-gagal", path=target, detail=problem)
        check_suffix(target, tmp)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SaveError("simpan-gagal", path=target, detail=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

    archived = None
    if target.exists():
        if filecmp.cmp(tmp, target, shallow=False):
            tmp.unlink()
            return SaveResult(target)
        if archive:
            archived = folder / ARCHIVE_DIR / f"{target.stem}-{_stamp()}{target.suffix}"
            try:
                archived.parent.mkdir(exist_ok=True)
                shutil.copy2(target, archived)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise SaveError("simpan-gagal", path=archived, detail=exc.strerror or str(exc)) from exc
    try:
        os.replace(tmp, target)
    except PermissionError:
        alt = folder / f"{target.stem}-baru-{_stamp()}{target.suffix}"
        os.replace(tmp, alt)
        return SaveResult(alt, archived, locked=True, requested=target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SaveError("simpan-gagal", path=target, detail=exc.strerror or str(exc)) from exc
    return SaveResult(target, archived)
