"""What the command line shows (rich in a terminal): message lines, the findings table, the
bidang and capaian tables, the progress line. Text from files is made safe first: control
characters (ESC of CSI/OSC sequences, C1 controls, BEL...) are shown as escapes (``\\x1b``)
instead of acting on the screen.

Where the output is not a terminal (redirected to a file, piped to another program, a test's
runner) it is plain text instead: one finding per line, ``Sheet!Sel: tingkat: pesan [kode]``,
never wrapped (grep finds a whole message), tables as tab-separated lines (they paste into a
spreadsheet), no progress line and no box-drawing characters (a Windows code page has none).
rich is imported only for a terminal, so ``rkt --help`` and piped runs start without it."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import groupby
from typing import Any, TextIO

from rkt_xl.model.numbers import format_id
from rkt_xl.model.summary import per_bidang
from rkt_xl.texts import text
from rkt_xl.validation.findings import one_line

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with every control character except tab and newline as ``\\xNN``."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


SCREEN_LIMIT = 100   # findings shown on screen; all of them are in --json and the Validasi sheet


def _stream(stderr: bool) -> TextIO:
    return sys.stderr if stderr else sys.stdout


def is_terminal(stderr: bool = False) -> bool:
    """True where a person watches the stream (rich tables and progress), False for a file or pipe."""
    try:
        return _stream(stderr).isatty()
    except (AttributeError, ValueError):   # a closed or replaced stream
        return False


def console(stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console  # start-up: loaded when a terminal shows something

    return Console(stderr=stderr, highlight=False)


def _plain(line: str, stderr: bool = False) -> None:
    stream = _stream(stderr)
    if stream is None:   # pythonw.exe (as Excel starts Python) has no standard streams
        return
    stream.write(escape_controls(line) + "\n")
    stream.flush()


def say(line: str, stderr: bool = False) -> None:
    """One message line, never wrapped inside a path (users copy paths from here); control
    characters from file names or cells are shown escaped, never sent to the terminal."""
    if not is_terminal(stderr):
        _plain(str(line), stderr)
        return
    console(stderr).print(escape_controls(str(line)), soft_wrap=True, markup=False)


def rule(title: str) -> None:
    """A heading line across the terminal; in plain output the title alone."""
    if not is_terminal():
        _plain(title)
        return
    console().rule(cell(title))


@contextmanager
def status() -> Iterator[Callable[[str], None]]:
    """``with status() as update:`` a progress line on stderr that ``update(text)`` changes
    while work runs, gone when it ends; in plain output ``update`` does nothing (a log file
    would keep every step)."""
    if not is_terminal(stderr=True):
        yield lambda line: None
        return
    with console(stderr=True).status("") as shown:
        yield lambda line: shown.update(line)


def cell(value: object) -> object:
    """A table cell from file content: escaped, and never read as rich markup."""
    from rich.text import Text  # start-up: loaded when a terminal shows something

    return Text(escape_controls(str(value)))


def show_table(head: Sequence[str], rows: Sequence[Sequence[object]], right: Sequence[int] = (),
               last_bold: bool = False) -> None:
    """A table on stdout: rich in a terminal (columns ``right`` aligned right, the last row bold
    when it is a total), tab-separated lines otherwise (tabs inside a cell become spaces)."""
    if not is_terminal():
        for row in (head, *rows):
            _plain("\t".join(str(v).replace("\t", " ") for v in row))
        return
    from rich.table import Table  # start-up: loaded when a terminal shows something

    t = Table(*head)
    for i, row in enumerate(rows):
        t.add_row(*(cell(v) for v in row), style="bold" if last_bold and i == len(rows) - 1 else None)
    for i in right:
        t.columns[i].justify = "right"
    console().print(t)


def _where(f: Any) -> str:
    """``Sheet!Sel`` of a finding for a plain line; the sheet alone or ``(berkas)`` without a cell."""
    sheet = f.sheet or text("validasi.tanpa-sheet")
    return f"{sheet}!{f.cell}" if f.sheet and f.cell else sheet


def print_report(report, limit: int | None = None, hint: str = "") -> None:  # type: ignore[no-untyped-def]
    """Unreadable files on stderr, then the findings grouped by file and sheet (errors first
    when the list is cut, so no error hides behind warnings), then the counts."""
    for f in report.unreadable:
        say(f"{text('validasi.tidak-terbaca').upper()}: {f.message}", stderr=True)
    shown = report.findings if limit is None or len(report.findings) <= limit else \
        sorted(report.findings, key=lambda f: f.severity != "galat")[:limit]
    keep = {id(f) for f in shown}
    shown = [f for f in report.findings if id(f) in keep]
    (_findings_table if is_terminal() else _findings_lines)(shown)
    if len(shown) < len(report.findings):
        say(text("validasi.layar-lainnya", jumlah=len(report.findings) - len(shown)) + hint)
    counts = report.counts
    say(text("validasi.layar-ringkasan", **counts))
    if report.valid:
        catatan = text("validasi.layar-catatan-peringatan", **counts) if counts["peringatan"] else ""
        say(text("validasi.layar-lolos", catatan=catatan))
    elif counts["galat"]:
        say(text("validasi.layar-gagal"))


def _findings_lines(shown: list[Any]) -> None:
    for file, in_file in groupby(shown, key=lambda f: f.file):
        _plain(text("validasi.layar-berkas", path=file or "-"))
        for f in in_file:
            _plain(text("validasi.layar-baris", tempat=_where(f), tingkat=f.severity,
                        pesan=one_line(f.message), kode=f.code))


def _findings_table(shown: list[Any]) -> None:
    from rich.table import Table  # start-up: loaded when a terminal shows something

    out = console()
    styles = {"galat": "bold red", "peringatan": "yellow"}
    for file, in_file in groupby(shown, key=lambda f: f.file):
        out.rule(cell(text("validasi.layar-berkas", path=file or "-")))
        for sheet, group in groupby(in_file, key=lambda f: f.sheet):
            t = Table(title=cell(sheet or text("validasi.tanpa-sheet")), title_justify="left", expand=True)
            t.add_column(text("validasi.sel"), no_wrap=True)
            t.add_column(text("validasi.tingkat"), no_wrap=True)
            t.add_column(text("validasi.pesan"), ratio=1)
            t.add_column(text("validasi.kode"), no_wrap=True)
            for f in group:
                t.add_row(cell(f.cell), f"[{styles[f.severity]}]{f.severity}[/]", cell(one_line(f.message)),
                          f"[dim]{f.code}[/]")
            out.print(t)


def print_bidang_table(rkt) -> None:  # type: ignore[no-untyped-def]
    rows: list[list[object]] = [[r.sheet, r.nama, r.jumlah, format_id(r.pagu)] for r in per_bidang(rkt)]
    rows.append(["", text("tabel.total"), len(rkt.all_sub_kegiatan()), format_id(rkt.total_pagu())])
    show_table([text("tabel.sheet"), text("tabel.bidang"), text("tabel.jumlah-sub"), text("tabel.pagu")],
               rows, right=(2, 3), last_bold=True)


def print_capaian(measured) -> None:  # type: ignore[no-untyped-def]
    show_table([text(f"realisasi.cli-{k}") for k in ("kode", "indikator", "target", "realisasi", "capaian",
                                                     "predikat", "sel")],
               [[r["kode"], r["indikator"], r["target"], r["realisasi"], r["capaian_tampil"], r["predikat"],
                 ", ".join(r["sel_realisasi"]) or r["sel_target"]] for r in measured["indikator"]])


def print_rows(head: list[str], rows: list[list[str]]) -> None:
    show_table(head, rows)
