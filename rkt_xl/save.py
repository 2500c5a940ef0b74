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

from rkt_xl.errors import SaveError

ARCHIVE_DIR = "arsip"


@dataclass(frozen=True)
class SaveResult:
    path: Path                   # where the new result is
    archived: Path | None = None  # where the previous output went, if it was replaced
    locked: bool = False          # the target was locked; ``path`` is the alternative name
    requested: Path | None = None  # the target asked for, when ``locked``


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def save_atomically(target: Path, write: Callable[[Path], None], archive: bool = True,
                    is_zip: bool = True) -> SaveResult:
    """Run ``write(tmp)`` and move the verified result to ``target``. ``is_zip=False`` for
    outputs that are not zip containers (a PDF): then only the fsync is the check."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SaveError("folder-tidak-ada", path=folder)
    tmp = folder / f".{target.stem}.{os.getpid()}.tmp{target.suffix}"
    try:
        write(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        bad = None
        if is_zip:
            with zipfile.ZipFile(tmp) as zf:
                bad = zf.testzip()
        if bad is not None:
            raise SaveError("simpan-gagal", path=target, detail=f"bagian {bad} rusak")
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
