"""``kirim.log`` next to the workbook: one JSON line per sending or draft (time, from, to,
subject, attachment names, sizes and sha256, the server's answer, the Message-ID).

Lines are appended in one write to a file opened for appending and flushed to disk (fsync)
before the command reports success, so a crash never leaves half a record behind a good
one and a record that was reported is on the disk. The password is never part of a record.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

LOG_NAME = "kirim.log"


def log_path(folder: Path) -> Path:
    return Path(folder) / LOG_NAME


def append_record(folder: Path, record: dict[str, object]) -> Path:
    """Append ``record`` (with the time in front) as one line; returns the log's path.
    Raises OSError when the line cannot be written."""
    path = log_path(folder)
    line = json.dumps({"waktu": dt.datetime.now().astimezone().isoformat(timespec="seconds"), **record},
                      ensure_ascii=False, default=str) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        data = line.encode("utf-8")
        written = os.write(fd, data)
        while written < len(data):      # a short write: the rest, still appended
            written += os.write(fd, data[written:])
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def read_records(folder: Path) -> list[dict[str, object]]:
    """Every record of the log (for tests and for people checking what was sent)."""
    path = log_path(folder)
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
