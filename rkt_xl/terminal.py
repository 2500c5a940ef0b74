"""What the command line shows in the terminal (rich): message lines, the findings table,
the bidang and capaian tables. Text from files is made safe first: control characters (ESC
of CSI/OSC sequences, C1 controls, BEL...) are shown as escapes (``\\x1b``) instead of acting
on the screen. rich is imported when something is shown, so ``rkt --help`` starts without it."""

from __future__ import annotations

import re
from itertools import groupby

from rkt_xl.model.numbers import format_id
from rkt_xl.model.summary import per_bidang
from rkt_xl.texts import text
from rkt_xl.validation.findings import one_line

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with every control character except tab and newline as ``\\xNN``."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


SCREEN_LIMIT = 100   # findings shown on screen; all of them are in --json and the Validasi sheet


def console(stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console  # start-up: loaded when something is shown

    return Console(stderr=stderr, highlight=False)


def say(line: str, stderr: bool = False) -> None:
    """One message line, never wrapped inside a path (users copy paths from here); control
    characters from file names or cells are shown escaped, never sent to the terminal."""
    console(stderr).print(escape_controls(str(line)), soft_wrap=True, markup=False)


def cell(value: object) -> object:
    """A table cell from file content: escaped, and never read as rich markup."""
    from rich.text import Text  # start-up: loaded when something is shown

    return Text(escape_controls(str(value)))


def table(*columns: str, **options: object):  # type: ignore[no-untyped-def]
    from rich.table import Table  # start-up: loaded when something is shown

    return Table(*columns, **options)


def print_report(report, limit: int | None = None, hint: str = "") -> None:  # type: ignore[no-untyped-def]
    """Unreadable files on stderr, then the findings grouped by file and sheet (errors first
    when the list is cut, so no error hides behind warnings), then the counts."""
    out = console()
    for f in report.unreadable:
        say(f"{text('validasi.tidak-terbaca').upper()}: {f.message}", stderr=True)
    styles = {"galat": "bold red", "peringatan": "yellow"}
    shown = report.findings if limit is None or len(report.findings) <= limit else \
        sorted(report.findings, key=lambda f: f.severity != "galat")[:limit]
    keep = {id(f) for f in shown}
    shown = [f for f in report.findings if id(f) in keep]
    for file, in_file in groupby(shown, key=lambda f: f.file):
        out.rule(cell(text("validasi.layar-berkas", path=file or "-")))
        for sheet, group in groupby(in_file, key=lambda f: f.sheet):
            t = table(title=cell(sheet or text("validasi.tanpa-sheet")), title_justify="left", expand=True)
            t.add_column(text("validasi.sel"), no_wrap=True)
            t.add_column(text("validasi.tingkat"), no_wrap=True)
            t.add_column(text("validasi.pesan"), ratio=1)
            t.add_column(text("validasi.kode"), no_wrap=True)
            for f in group:
                t.add_row(cell(f.cell), f"[{styles[f.severity]}]{f.severity}[/]", cell(one_line(f.message)),
                          f"[dim]{f.code}[/]")
            out.print(t)
    if len(shown) < len(report.findings):
        say(text("validasi.layar-lainnya", jumlah=len(report.findings) - len(shown)) + hint)
    counts = report.counts
    say(text("validasi.layar-ringkasan", **counts))
    if report.valid:
        catatan = text("validasi.layar-catatan-peringatan", **counts) if counts["peringatan"] else ""
        say(text("validasi.layar-lolos", catatan=catatan))
    elif counts["galat"]:
        say(text("validasi.layar-gagal"))


def print_bidang_table(rkt) -> None:  # type: ignore[no-untyped-def]
    t = table(text("tabel.sheet"), text("tabel.bidang"), text("tabel.jumlah-sub"), text("tabel.pagu"))
    for r in per_bidang(rkt):
        t.add_row(cell(r.sheet), cell(r.nama), str(r.jumlah), format_id(r.pagu))
    t.add_row("", text("tabel.total"), str(len(rkt.all_sub_kegiatan())), format_id(rkt.total_pagu()), style="bold")
    for column in t.columns[2:]:
        column.justify = "right"
    console().print(t)


def print_capaian(measured) -> None:  # type: ignore[no-untyped-def]
    t = table(*(text(f"realisasi.cli-{k}") for k in
                ("kode", "indikator", "target", "realisasi", "capaian", "predikat", "sel")))
    for r in measured["indikator"]:
        t.add_row(cell(r["kode"]), cell(r["indikator"]), cell(r["target"]), cell(r["realisasi"]),
                  r["capaian_tampil"], r["predikat"], ", ".join(r["sel_realisasi"]) or r["sel_target"])
    console().print(t)


def print_rows(head: list[str], rows: list[list[str]]) -> None:
    t = table(*head)
    for row in rows:
        t.add_row(*(cell(v) for v in row))
    console().print(t)
