"""The one save path for every output (workbooks, later documents and logs).

1. ``write(tmp)`` writes a temp file *in the target folder* (same file system, so the final
   move is atomic), then it is fsync'ed and verified (a zip's every CRC checked).
2. A previous output that differs is copied to ``arsip/NAME-YYYYmmdd-HHMMSS-ffffff.xlsx``
   (a counter is added should that name exist), and the copy is compared with the original
   before anything is replaced.
3. ``os.replace`` moves the temp file into place; the folder is fsync'ed.

Every ``OSError`` on the way becomes one :class:`SaveError` naming the folder and the reason
in Bahasa Indonesia (read-only, full, no permission, locked, missing). The temp file is
removed on every way out: an exception of the writer, Ctrl+C (SIGINT) and SIGTERM (turned
into ``SystemExit`` while a save runs, so ``finally`` blocks run). A target locked by another
program (Excel on Windows refuses the replace) keeps the new result under another name.
:func:`scratch_dir` gives writers a private folder for their own temporary files
(XlsxWriter's ``tmpdir``), removed the same way.
"""

from __future__ import annotations

import datetime as dt
import errno
import filecmp
import itertools
import os
import shutil
import signal
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rkt_xl.errors import ConfigError, SaveError
from rkt_xl.texts import text

ARCHIVE_DIR = "arsip"
_counter = itertools.count()
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


def verify_zip(path: Path) -> str | None:
    """The default check of a written output: an Office file is a zip whose parts all read.
    Returns what is wrong, or None."""
    with zipfile.ZipFile(path) as zf:
        bad = zf.testzip()
    return f"bagian {bad} rusak" if bad is not None else None


@dataclass(frozen=True)
class SaveResult:
    path: Path                   # where the new result is
    archived: Path | None = None  # where the previous output went, if it was replaced
    locked: bool = False          # the target was locked; ``path`` is the alternative name
    requested: Path | None = None  # the target asked for, when ``locked``


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def save_error(exc: OSError, target: Path, folder: Path | None = None) -> SaveError:
    """One Indonesian SaveError for an OSError met while writing ``target``."""
    folder = folder if folder is not None else (target.parent if str(target.parent) else Path("."))
    code = {errno.EROFS: "andal.simpan-hanya-baca", errno.ENOSPC: "andal.simpan-penuh",
            errno.EDQUOT: "andal.simpan-penuh", errno.EACCES: "andal.simpan-tanpa-izin",
            errno.EPERM: "andal.simpan-tanpa-izin", errno.EBUSY: "andal.simpan-terkunci",
            errno.ETXTBSY: "andal.simpan-terkunci", errno.ENOENT: "andal.simpan-folder-hilang",
            }.get(exc.errno or 0, "simpan-gagal")
    return SaveError(code, path=target, folder=folder, detail=exc.strerror or str(exc))


def os_error_in(exc: BaseException) -> OSError | None:
    """The OSError behind ``exc``: itself, or one a writer wrapped (XlsxWriter raises
    ``FileCreateError(OSError)`` when it cannot write its file or its temp files)."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 5:
        if isinstance(current, OSError):
            return current
        wrapped = [a for a in getattr(current, "args", ()) if isinstance(a, OSError)]
        if wrapped:
            return wrapped[0]
        current = current.__cause__ or current.__context__
        seen += 1
    return None


@contextmanager
def save_errors(target: Path) -> Iterator[None]:
    """Turn any OSError inside the block (also one wrapped by a writer) into
    :func:`save_error`: writers that stream to their own files before
    :func:`save_atomically`, such as konsolidasi."""
    try:
        yield
    except SaveError:
        raise
    except Exception as exc:
        found = os_error_in(exc)
        if found is None:
            raise
        raise save_error(found, Path(target)) from exc


@contextmanager
def signals_end_cleanly() -> Iterator[None]:
    """While the block runs, SIGTERM raises SystemExit (like SIGINT's KeyboardInterrupt), so
    temp files are removed by the ``finally`` blocks. Only the main thread can set handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def scratch_dir(folder: Path, target: Path) -> Iterator[Path]:
    """A private folder inside ``folder`` for a writer's own temp files, always removed;
    ``target`` is the output it is for (named when the folder cannot be written)."""
    try:
        path = Path(tempfile.mkdtemp(prefix=".rkt-tmp-", dir=folder))
    except OSError as exc:
        raise save_error(exc, target, folder) from exc
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def same_file_key(path: Path) -> Path:
    """The path with links and ``..`` resolved (as given when that fails)."""
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path)


def refuse_input_target(target: Path, inputs: Iterable[Path]) -> None:
    """An input is never the target of an output (it would be replaced): ConfigError."""
    mine = same_file_key(target)
    if any(same_file_key(p) == mine for p in inputs):
        raise ConfigError("andal.keluaran-sama-dengan-masukan", path=target)


def remove(path: Path) -> None:
    """Remove a temp file if it is there (on a read-only folder even a missing file's unlink
    fails: then there is nothing to remove)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _temp_name(folder: Path, target: Path) -> Path:
    return folder / f".{target.stem}.{os.getpid()}.{next(_counter)}.tmp{target.suffix}"


def _fsync(path: Path, directory: bool = False) -> None:
    if directory and os.name == "nt":
        return   # Windows cannot open a folder for fsync; its replace is durable enough
    fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _archive(target: Path, folder: Path) -> Path:
    """Copy ``target`` to a unique name in ``arsip/`` and prove the copy equal."""
    base = folder / ARCHIVE_DIR
    base.mkdir(exist_ok=True)
    stamp = _stamp()
    archived = base / f"{target.stem}-{stamp}{target.suffix}"
    n = 1
    while archived.exists():
        archived = base / f"{target.stem}-{stamp}-{n}{target.suffix}"
        n += 1
    partial = _temp_name(base, target)
    try:
        shutil.copy2(target, partial)
        _fsync(partial)
        if not filecmp.cmp(target, partial, shallow=False):
            raise SaveError("andal.simpan-tidak-utuh", path=archived, folder=base, detail=text("andal.arsip-berbeda"))
        os.replace(partial, archived)
    finally:
        remove(partial)
    return archived


def save_atomically(target: Path, write: Callable[[Path], None], archive: bool = True,
                    verify: Callable[[Path], str | None] = verify_zip) -> SaveResult:
    """Run ``write(tmp)``, check the result with ``verify(tmp)`` (what is wrong, or None;
    default: a readable zip) and move it to ``target``. An Office file must carry the
    extension of its content (check_suffix). Raises SaveError (ConfigError for a suffix)."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SaveError("folder-tidak-ada", path=folder)
    tmp = _temp_name(folder, target)
    with signals_end_cleanly():
        try:
            try:
                with save_errors(target):
                    write(tmp)
                _fsync(tmp)
                try:
                    problem = verify(tmp)
                except (zipfile.BadZipFile, EOFError):
                    problem = text("rusak-zip")
                if problem is not None:
                    raise SaveError("andal.simpan-tidak-utuh", path=target, folder=folder, detail=problem)
                check_suffix(target, tmp)
                archived = None
                if target.exists():
                    if filecmp.cmp(tmp, target, shallow=False):
                        return SaveResult(target)
                    if archive:
                        archived = _archive(target, folder)
            except OSError as exc:
                raise save_error(exc, target, folder) from exc
            try:
                os.replace(tmp, target)
            except PermissionError:
                alt = folder / f"{target.stem}-baru-{_stamp()}{target.suffix}"
                try:
                    os.replace(tmp, alt)
                except OSError as exc:
                    raise save_error(exc, target, folder) from exc
                return SaveResult(alt, archived, locked=True, requested=target)
            except OSError as exc:
                raise save_error(exc, target, folder) from exc
            try:
                _fsync(folder, directory=True)
            except OSError:
                pass   # the file is in place; a folder that cannot be synced is not an error
            return SaveResult(target, archived)
        finally:
            remove(tmp)
