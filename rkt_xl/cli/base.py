"""What every command shares: Indonesian help screens, exit codes, small helpers."""

from __future__ import annotations

import codecs
import json
import sys
from pathlib import Path

import click

from rkt_xl.terminal import say
from rkt_xl.texts import text

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FILE = 0, 1, 2, 3


def echo_json(data: object) -> None:
    """``data`` as JSON on stdout (--json, for other tools): letters as they are where the
    output is UTF-8, else as ``\\u`` escapes, so the JSON stays valid in any code page
    (cp1252 on Windows has no letter for much of what a cell may hold)."""
    encoding = getattr(sys.stdout, "encoding", None) or ""
    try:
        utf = codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        utf = False
    click.echo(json.dumps(data, ensure_ascii=not utf, indent=2, default=str))


class _Indonesian:
    """Help screen headings and the help option in Bahasa Indonesia."""

    def get_help_option(self, ctx):  # type: ignore[no-untyped-def]
        opt = super().get_help_option(ctx)  # type: ignore[misc]
        if opt is not None:
            opt.help = text("bantuan.bantuan")
        return opt

    def format_usage(self, ctx, formatter):  # type: ignore[no-untyped-def]
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=text("bantuan.judul-usage"))

    def format_options(self, ctx, formatter):  # type: ignore[no-untyped-def]
        opts = [rv for p in self.get_params(ctx)  # type: ignore[attr-defined]
                if (rv := p.get_help_record(ctx)) is not None]
        if opts:
            with formatter.section(text("bantuan.judul-options")):
                formatter.write_dl(opts)
        if isinstance(self, click.Group):
            rows = [(name, cmd.get_short_help_str(limit=110))
                    for name in self.list_commands(ctx)
                    if (cmd := self.get_command(ctx, name)) is not None and not cmd.hidden]
            if rows:
                with formatter.section(text("bantuan.judul-commands")):
                    formatter.write_dl(rows)


class Command(_Indonesian, click.Command):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("options_metavar", "[PILIHAN]")
        super().__init__(*args, **kwargs)


class Group(_Indonesian, click.Group):
    command_class = Command

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("options_metavar", "[PILIHAN]")
        kwargs.setdefault("subcommand_metavar", "PERINTAH [ARGUMEN]...")
        super().__init__(*args, **kwargs)


def report_exit_code(report) -> int:  # type: ignore[no-untyped-def]
    if report.unreadable:
        return EXIT_FILE
    return EXIT_OK if report.valid else EXIT_FINDINGS


def bidang_specs(values: tuple[str, ...], konfig: Path | None):  # type: ignore[no-untyped-def]
    # start-up: the workbook layout pulls in XlsxWriter's utilities, only when a command runs
    from rkt_xl.workbook.bidang import (
        DEFAULT_BIDANG,
        check_unique,
        load_config_bidang,
        parse_bidang,
    )

    specs = check_unique([parse_bidang(v) for v in values])
    if konfig is not None:
        specs = check_unique(load_config_bidang(konfig) + specs)
    return specs or list(DEFAULT_BIDANG)


def report_saved(saved) -> None:  # type: ignore[no-untyped-def]
    if saved.archived is not None:
        say(text("hasil-arsip", path=saved.archived))
    if saved.locked:
        say(text("simpan-terkunci", path=saved.requested, alt=saved.path), stderr=True)
