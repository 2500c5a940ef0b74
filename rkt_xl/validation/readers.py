"""Reading and checking input files in order, here or in one helper process.

A Pemda-wide run judges dozens of workbooks; reading one (python-calamine) and checking it
takes about as long as writing its bidang sheets into the output. On a machine with two
cores or more, a run of many large files therefore reads and checks them in one helper
process while this process goes on with the file before (merging it, writing its sheets).
The results come back in input order, so every finding, message and output is the same as
in a run without the helper (a test compares both). What must stay in order and in this
process stays here: ``prepare`` (progress, and the state of the per-run limits each file
starts from) and whatever the caller does with each result (settling those limits, merging).

Anything that goes wrong with the helper itself (it cannot start, dies, or a result cannot
travel back) is not the user's problem: the remaining files are judged in this process.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

# Below these sizes a helper costs more than it saves (it starts a second interpreter).
POOL_MIN_FILES = 4
POOL_MIN_BYTES = 4 * 1024 * 1024
AHEAD = 2   # files handed to the helper ahead of the one being merged: at most AHEAD models wait
# This process does not judge files itself while it waits: the checks need the whole
# nomenclature (and its name index), which only the helper loads; here only program and
# kegiatan names are read (some 70 MB less with a Pemda-wide list of 96,000 sub kegiatan).


def pool_worth_it(items: Sequence[object]) -> bool:
    """True for a run of many large files on a machine with a second core."""
    files = [i for i in items if isinstance(i, Path)]
    if len(files) < POOL_MIN_FILES or (os.cpu_count() or 1) < 2 or not _main_importable():
        return False
    total = 0
    for f in files:
        try:
            total += f.stat().st_size
        except OSError:
            continue   # the file's own judgement says what is wrong with it
    return total >= POOL_MIN_BYTES


def _main_importable() -> bool:
    """A helper process starts by importing the main module again (multiprocessing's spawn):
    a module or script it can find (rkt, python -m rkt_xl.cli), not a program read from a pipe."""
    main = sys.modules.get("__main__")
    if getattr(main, "__spec__", None) is not None:
        return True
    path = getattr(main, "__file__", None)
    return path is not None and os.path.isfile(path)


def _quiet() -> None:
    """In the helper: Ctrl+C is for the main process, which stops the helper itself; no cyclic
    garbage collection, as in the main process during a consolidation (the models and the
    nomenclature are hundreds of thousands of objects the collector would re-scan again and
    again; the helper ends with the run, and its memory with it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.disable()


def in_order(items: Sequence[T], prepare: Callable[[T], tuple[R | None, tuple[Any, ...]]],
             work: Callable[..., R], pool: bool) -> Iterator[tuple[T, R]]:
    """``(item, result)`` for every item, in order. ``prepare(item)`` runs here, in order,
    and returns either a finished result or the arguments of ``work`` (a module-level
    function, so it can run in the helper when ``pool`` is true)."""
    executor = _start() if pool else None
    waiting: deque[tuple[T, R | None, tuple[Any, ...], Future[R] | None]] = deque()
    pending = iter(items)
    end = object()
    try:
        while True:
            # refill: with the helper AHEAD files are under way, without it one at a time
            while len(waiting) < (AHEAD if executor is not None else 1):
                item = next(pending, end)
                if item is end:
                    break
                ready, args = prepare(item)  # type: ignore[arg-type]
                future = None
                if ready is None and executor is not None:
                    try:
                        future = executor.submit(work, *args)
                    except Exception:   # noqa: BLE001 - the helper is gone: go on without it
                        executor = _stop(executor)
                waiting.append((item, ready, args, future))  # type: ignore[arg-type]
            if not waiting:
                return
            item, ready, args, future = waiting.popleft()
            if ready is None and future is not None:
                try:
                    ready = future.result()
                except Exception:   # noqa: BLE001 - a broken helper; a real fault repeats below
                    executor = _stop(executor)
            yield item, ready if ready is not None else work(*args)
    finally:
        _stop(executor)


def _start() -> ProcessPoolExecutor | None:
    # start-up: multiprocessing and concurrent.futures (~30 ms) only for a run that uses them
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_quiet)
    except (OSError, ValueError, NotImplementedError):
        return None


def _stop(executor: ProcessPoolExecutor | None) -> None:
    """Stop the helper (after its current file); None, for ``executor = _stop(executor)``."""
    if executor is not None:
        executor.shutdown(wait=True, cancel_futures=True)
