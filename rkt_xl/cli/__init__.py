"""The `rkt` command line (the CLI edge: the only package that imports click). Only
translation: arguments in, one library call, messages and exit codes out (0 ok, 1 findings
in the data, 2 usage, 3 file or environment problem)."""

from __future__ import annotations

import gc
import sys

import click

from rkt_xl import __version__
from rkt_xl.cli import plan, products
from rkt_xl.cli.base import EXIT_FILE, EXIT_OK, EXIT_USAGE, Group, report_exit_code
from rkt_xl.errors import RktXlError
from rkt_xl.install.provenance import commit
from rkt_xl.terminal import say
from rkt_xl.texts import text

__all__ = ["cli", "main", "report_exit_code"]


@click.group(cls=Group, help=text("bantuan.rkt"), context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help=text("bantuan.debug"))
@click.option("--versi", "-V", is_flag=True, expose_value=False, is_eager=True,
              callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
              help=text("bantuan.versi-program"))
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}


def _print_version(ctx: click.Context) -> None:
    say(text("pasang.versi", versi=__version__, commit=commit() or text("pasang.versi-tanpa-commit")))
    ctx.exit(EXIT_OK)


COMMANDS = (plan.pasang, plan.templat, plan.xlsm, plan.contoh, plan.baca, plan.validasi, plan.konsolidasi,
            plan.nomenklatur, plan.demo, products.capaian, products.pk, products.lkjip,
            products.templat_dokumen, products.kirim)
for command in COMMANDS:
    cli.add_command(command)


def _usage_message(exc: click.ClickException) -> str:
    """click's own usage errors, said in Bahasa Indonesia."""
    ctx = getattr(exc, "ctx", None)
    param = getattr(exc, "param", None)
    name = param.get_error_hint(ctx) if param is not None and ctx is not None else ""
    if isinstance(exc, click.exceptions.NoSuchCommand):
        commands = ", ".join(cli.list_commands(ctx)) if ctx is not None else ""
        return text("pakai-perintah-tidak-ada", nama=exc.command_name, ada=commands)
    if isinstance(exc, click.exceptions.NoSuchOption):
        saran = text("pakai-saran", saran=", ".join(exc.possibilities)) if exc.possibilities else ""
        return text("pakai-pilihan-tidak-ada", nama=exc.option_name, saran=saran)
    if isinstance(exc, click.exceptions.MissingParameter):
        return text("pakai-argumen-kurang", nama=name or "?")
    if isinstance(exc, click.exceptions.BadParameter) and isinstance(getattr(param, "type", None), click.Choice):
        return text("pakai-pilihan-nilai", nama=name, pilihan=", ".join(map(str, param.type.choices)))
    if isinstance(exc, click.exceptions.BadParameter) and isinstance(getattr(param, "type", None), click.Path):
        return text("pakai-jalur-tidak-ada", nama=name)
    if isinstance(exc, click.exceptions.BadParameter):
        return text("pakai-nilai-tidak-sah", nama=name or "?")
    return text("pakai-salah", detail=exc.format_message())


def _show_usage_error(exc: click.ClickException) -> None:
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        say(ctx.get_usage(), stderr=True)
        say(text("pakai-lihat-bantuan", perintah=ctx.command_path), stderr=True)
    say(text("galat-berhenti", detail=_usage_message(exc)), stderr=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rkt` script: maps exceptions to messages and exit codes."""
    if argv is not None:                 # called from Python (tests): the process goes on
        return _main(argv)
    _never_unencodable()
    try:
        return _main(sys.argv[1:])
    finally:
        # The process ends now. Its last garbage collection would walk every object the
        # command made (the model, a document's XML tree, matplotlib): 0.2-0.4 s on a big
        # run. Frozen objects are skipped by that walk; every output is closed already and
        # the standard streams are still flushed at exit.
        gc.freeze()


def _never_unencodable() -> None:
    """Output redirected to a file on Windows is written in the ANSI code page (cp1252), which
    has no letter for much of what a cell or a file name may hold: such a character is shown
    as ``\\u2265`` instead of ending the command with UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _main(args: list[str]) -> int:
    debug = "--debug" in args
    try:
        code = cli.main(args=args, prog_name="rkt", standalone_mode=False)
        if isinstance(code, int):   # click returns an Exit's code in this mode
            return code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        return EXIT_USAGE
    except click.ClickException as exc:
        _show_usage_error(exc)
        return EXIT_USAGE
    except RktXlError as exc:
        if debug:
            raise
        say(text("galat-berhenti", detail=exc), stderr=True)
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - last resort: never a bare traceback for users
        if debug:
            raise
        say(text("galat-tak-terduga", detail=f"{type(exc).__name__}: {exc}"), stderr=True)
        return EXIT_FILE
    return EXIT_OK
