"""The chart worker: matplotlib in a second process, started at the very beginning of
``rkt lkjip``.

Importing matplotlib takes about a second; the worker (:mod:`rkt_xl.documents.drawing` run
as a script, which imports nothing from rkt_xl) spends it while this process loads the
readers and judges the workbook, then draws the charts while this process renders the
text. Every failure of the worker (cannot start, dies, times out, writes nothing) falls
back to drawing in this process: the same pictures, later. Only the standard library is
imported here, so the command can start the worker before its own heavy imports.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rkt_xl.documents import drawing

WORKER_TIMEOUT = 120.0     # seconds; the first run on a PC builds matplotlib's font list


def draw_here(specs: list[dict]) -> list[bytes]:  # type: ignore[type-arg]
    """Draw in this process (no worker, or the worker failed)."""
    return [drawing.draw(s) for s in specs]


class ChartWorker:
    """matplotlib in a second process, started as early as possible. ``send`` the specs
    once they are known, ``pictures`` waits for the PNGs; ``close`` (or the ``with``
    block's end) stops the worker and removes its folder. Every failure of the worker
    (cannot start, dies, times out, writes nothing) falls back to :func:`draw_here`."""

    def __init__(self) -> None:
        self._specs: list[dict] = []  # type: ignore[type-arg]
        self._proc: subprocess.Popen[bytes] | None = None
        self._folder: Path | None = None
        try:
            self._folder = Path(tempfile.mkdtemp(prefix="rkt_grafik_"))
            self._proc = subprocess.Popen(
                self.command(self._folder), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))   # no console window on Windows
        except (OSError, ValueError):   # no temporary folder, no interpreter: drawn here
            self._proc = None

    def command(self, folder: Path) -> list[str]:
        """drawing.py run by this interpreter; ``-P``: its own folder is not put on sys.path
        (its neighbours are not top-level modules)."""
        return [sys.executable or "python", "-P", drawing.__file__, str(folder)]

    def __enter__(self) -> ChartWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, specs: list[dict]) -> None:  # type: ignore[type-arg]
        """Hand the specs over; the worker draws as soon as it has imported matplotlib."""
        self._specs = specs
        if self._proc is None or self._folder is None:
            return
        try:
            tmp = self._folder / "specs.json.tmp"
            tmp.write_text(json.dumps(specs, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self._folder / "specs.json")
            self._proc.stdin.close()  # type: ignore[union-attr]
        except OSError:               # the worker is gone already
            self._stop()

    def pictures(self) -> list[bytes]:
        """The PNG of every spec sent, in order (drawn here if the worker failed)."""
        if self._proc is not None and self._specs:
            try:
                code = self._proc.wait(WORKER_TIMEOUT)
            except subprocess.TimeoutExpired:
                code = None
            if code == 0 and self._folder is not None:
                try:
                    return [(self._folder / f"{i}.png").read_bytes() for i in range(len(self._specs))]
                except OSError:
                    pass
            self._stop()
        return draw_here(self._specs)

    def _stop(self) -> None:
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait()
            if self._proc.stdin is not None:
                try:
                    self._proc.stdin.close()
                except OSError:
                    pass
            self._proc = None

    def close(self) -> None:
        self._stop()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)


def chart_worker(jenis: str) -> contextlib.AbstractContextManager[ChartWorker | None]:
    """A started worker for the LKjIP (which has charts), nothing for the PK."""
    return ChartWorker() if jenis == "lkjip" else contextlib.nullcontext()
