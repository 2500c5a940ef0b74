"""The `rkt` command line. Only translation: arguments in, a library call, messages and
exit codes out (0 ok, 1 findings in the data, 2 usage, 3 file or environment problem).
Heavy libraries are imported inside the commands so `rkt --help` starts fast."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rkt_xl import __version__
from rkt_xl.errors import RktXlError
from rkt_xl.terminal import escape_controls
from rkt_xl.texts import text

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_FILE = 0, 1, 2, 3


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


def _console(stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _say(line: str, stderr: bool = False) -> None:
    """One message line, never wrapped inside a path (users copy paths from here); control
    characters from file names or cells are shown escaped, never sent to the terminal."""
    _console(stderr).print(escape_controls(str(line)), soft_wrap=True, markup=False)


def _cell(value: object) -> object:
    """A table cell from file content: escaped, and never read as rich markup."""
    from rich.text import Text

    return Text(escape_controls(str(value)))


@click.group(cls=Group, help=text("bantuan.rkt"), context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help=text("bantuan.debug"))
@click.option("--versi", "-V", is_flag=True, expose_value=False, is_eager=True,
              callback=lambda ctx, _param, value: _print_version(ctx) if value else None,
              help=text("bantuan.versi-program"))
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    ctx.obj = {"debug": debug}


def _print_version(ctx: click.Context) -> None:
    from rkt_xl.install.provenance import commit

    _say(text("pasang.versi", versi=__version__, commit=commit() or text("pasang.versi-tanpa-commit")))
    ctx.exit(EXIT_OK)


@cli.command(help=text("pasang.help"))
@click.option("--folder", type=click.Path(path_type=Path, file_okay=False), default=None,
              help=text("pasang.help-folder"))
@click.option("--bidang", "bidang_values", multiple=True, help=text("bantuan.templat-bidang"))
@click.option("--konfig", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help=text("bantuan.templat-konfig"))
def pasang(folder: Path | None, bidang_values: tuple[str, ...], konfig: Path | None) -> None:
    from rkt_xl.install.setup import install_folder

    result = install_folder(folder, _bidang_specs(bidang_values, konfig))
    _say(text("pasang.judul"))
    for line in result.lines():
        _say(line)


@cli.command(help=text("bantuan.templat"))
@click.option("-o", "--keluaran", type=click.Path(path_type=Path),
              default=Path("RKT_template.xlsx"), show_default=True, help=text("bantuan.templat-keluaran"))
@click.option("--bidang", "bidang_values", multiple=True, help=text("bantuan.templat-bidang"))
@click.option("--konfig", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help=text("bantuan.templat-konfig"))
@click.option("--versi", type=click.Choice(["2021", "2023"]), default="2021", show_default=True,
              help=text("bantuan.templat-versi"))
def templat(keluaran: Path, bidang_values: tuple[str, ...], konfig: Path | None, versi: str) -> None:
    from rkt_xl.xlsx.template import write_workbook

    saved = write_workbook(keluaran, bidang=_bidang_specs(bidang_values, konfig), versi=versi)
    _report_saved(saved)
    _say(text("hasil-templat", path=saved.path))


@cli.command(help=text("bantuan.xlsm"))
@click.option("-o", "--keluaran", type=click.Path(path_type=Path), default=Path("RKT_template.xlsm"),
              show_default=True, help=text("bantuan.templat-keluaran"))
@click.option("--bidang", "bidang_values", multiple=True, help=text("bantuan.templat-bidang"))
@click.option("--konfig", type=click.Path(path_type=Path, exists=True, dir_okay=False), help=text("bantuan.templat-konfig"))
@click.option("--versi", type=click.Choice(["2021", "2023"]), default="2021", show_default=True,
              help=text("bantuan.templat-versi"))
@click.option("--interpreter", default=None, help=text("pasang.help-interpreter"))
def xlsm(keluaran: Path, bidang_values: tuple[str, ...], konfig: Path | None, versi: str,
         interpreter: str | None) -> None:
    from rkt_xl.xlsx.macro import write_xlsm

    saved = write_xlsm(keluaran, _bidang_specs(bidang_values, konfig), versi, interpreter=interpreter)
    _report_saved(saved)
    _say(text("hasil-xlsm", path=saved.path))


def _bidang_specs(values: tuple[str, ...], konfig: Path | None):  # type: ignore[no-untyped-def]
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


@cli.command(help=text("bantuan.contoh"))
@click.option("-o", "--keluaran", type=click.Path(path_type=Path),
              default=Path("RKT_BKPSDM_2023.xlsx"), show_default=True,
              help=text("bantuan.contoh-keluaran"))
def contoh(keluaran: Path) -> None:
    from rkt_xl.model.summary import read_summary
    from rkt_xl.samples.realisasi_fiktif import write_sample_realisasi
    from rkt_xl.samples.sample import write_sample

    saved, rkt = write_sample(keluaran)
    _report_saved(saved)
    _say(read_summary("hasil-contoh", saved.path, rkt))
    # the same sample with a fictitious realisasi, beside it (issue 11)
    saved, rkt = write_sample_realisasi(keluaran.with_name(f"{keluaran.stem}_realisasi_fiktif.xlsx"))
    _report_saved(saved)
    _say(text("realisasi.hasil-contoh-fiktif", path=saved.path))


@cli.command(help=text("bantuan.baca"))
@click.argument("berkas", type=click.Path(path_type=Path, readable=False))
@click.option("--json", "as_json", is_flag=True, help=text("bantuan.json"))
def baca(berkas: Path, as_json: bool) -> None:
    from rkt_xl.model.summary import per_bidang, read_summary
    from rkt_xl.workbook.reader import read_workbook

    rkt = read_workbook(berkas)
    rows = per_bidang(rkt)
    if as_json:
        import json
        from dataclasses import asdict

        click.echo(json.dumps({"berkas": str(berkas), "total_pagu": rkt.total_pagu(),
                               "bidang": [asdict(r) for r in rows]}, ensure_ascii=False, indent=2))
        return
    _print_bidang_table(rkt)
    _say(read_summary("hasil-baca", berkas, rkt))


@cli.command(help=text("bantuan.validasi"))
@click.argument("berkas", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("--json", "as_json", is_flag=True, help=text("bantuan.json"))
@click.option("--laporan", type=click.Path(path_type=Path, dir_okay=False), help=text("bantuan.validasi-laporan"))
@click.option("--versi", type=click.Choice(["2021", "2023"]), default=None, help=text("bantuan.validasi-versi"))
@click.option("--semua", is_flag=True, help=text("bantuan.validasi-semua"))
def validasi(berkas: tuple[Path, ...], as_json: bool, laporan: Path | None, versi: str | None,
             semua: bool) -> None:
    from rkt_xl.validation.judge import judge

    if laporan is not None:
        from rkt_xl.save import refuse_input_target
        from rkt_xl.validation.inputs import collect_inputs

        refuse_input_target(laporan, collect_inputs(berkas)[0])
    report = judge(berkas, versi).report
    if as_json:
        import json

        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2, default=str))
    else:
        _print_report(report, limit=None if semua else SCREEN_LIMIT, hint=text("validasi.layar-lainnya-semua"))
    if laporan is not None:
        from rkt_xl.xlsx.validasi_sheet import write_report_workbook

        saved = write_report_workbook(laporan, report)
        _report_saved(saved)
        _say(text("validasi.laporan-disimpan", path=saved.path))
    raise click.exceptions.Exit(report_exit_code(report))


@cli.command(help=text("realisasi.help-capaian"))
@click.argument("berkas", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help=text("bantuan.json"))
@click.option("--triwulan", type=click.IntRange(1, 4), default=None,
              help=text("realisasi.help-triwulan"))
def capaian(berkas: tuple[Path, ...], as_json: bool, triwulan: int | None) -> None:
    from rkt_xl.realisasi.tabel import tabel_capaian

    table = tabel_capaian(berkas, triwulan)
    if as_json:
        import json

        click.echo(json.dumps(table, ensure_ascii=False, indent=2))
        return
    _print_capaian(table)


def _print_capaian(table) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    t = Table(*(text(f"realisasi.cli-{k}") for k in
                ("kode", "indikator", "target", "realisasi", "capaian", "predikat", "sel")))
    for r in table["indikator"]:
        t.add_row(r["kode"], r["indikator"], r["target"], r["realisasi"], r["capaian_tampil"], r["predikat"],
                  ", ".join(r["sel_realisasi"]) or r["sel_target"])
    _console().print(t)


@cli.command(help=text("bantuan.konsolidasi"))
@click.argument("berkas", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--keluaran", type=click.Path(path_type=Path, dir_okay=False), help=text("bantuan.konsolidasi-keluaran"))
@click.option("--paksa", is_flag=True, help=text("bantuan.konsolidasi-paksa"))
@click.option("--versi", type=click.Choice(["2021", "2023"]), default=None, help=text("bantuan.validasi-versi"))
@click.option("--triwulan", type=click.IntRange(1, 4), default=None,
              help=text("realisasi.help-triwulan"))
def konsolidasi(berkas: tuple[Path, ...], keluaran: Path | None, paksa: bool, versi: str | None,
                triwulan: int | None) -> None:
    from rkt_xl.consolidation.run import konsolidasi as run

    console = _console(stderr=True)
    with console.status("") as status:
        result = run(berkas, keluaran, paksa=paksa, progress=lambda text: status.update(text), versi=versi,
                     triwulan=triwulan)
    if result.report.findings or result.report.unreadable:
        _print_report(result.report, limit=SCREEN_LIMIT, hint=text("validasi.layar-lainnya-sheet"))
    if result.saved is not None:
        _report_saved(result.saved)
    _say(result.summary(), stderr=result.stopped)
    if result.stopped or result.report.unreadable:   # --paksa never hides an unreadable input
        raise click.exceptions.Exit(report_exit_code(result.report))


def _dokumen_command(jenis: str):  # type: ignore[no-untyped-def]
    """``rkt pk`` and ``rkt lkjip``: one library call, its findings and result."""
    @cli.command(name=jenis, help=text(f"dokumen.bantuan-{jenis}"))
    @click.argument("berkas", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("-o", "--keluaran", type=click.Path(path_type=Path, dir_okay=False),
                  help=text(f"dokumen.bantuan-keluaran-{jenis}"))
    @click.option("--paksa", is_flag=True, help=text("dokumen.bantuan-paksa"))
    @click.option("--templat", type=click.Path(path_type=Path, dir_okay=False), help=text("dokumen.bantuan-templat"))
    @click.option("--pdf", is_flag=True, help=text("dokumen.bantuan-pdf"))
    @click.option("--versi", type=click.Choice(["2021", "2023"]), default=None, help=text("bantuan.validasi-versi"))
    def command(berkas: tuple[Path, ...], keluaran: Path | None, paksa: bool, templat: Path | None,
                pdf: bool, versi: str | None) -> None:
        from rkt_xl.documents.run import buat_dokumen

        with _console(stderr=True).status("") as status:
            result = buat_dokumen(jenis, berkas, keluaran, paksa=paksa, templat=templat, pdf=pdf,
                                  versi=versi, progress=lambda line: status.update(line))
        if not result.report.valid:   # warnings only counted: the workbook's business (rkt validasi)
            _print_report(result.report, limit=SCREEN_LIMIT)
        if result.saved is not None:
            _report_saved(result.saved)
        for line, to_stderr in result.lines():
            _say(line, stderr=to_stderr)
        code = report_exit_code(result.report) if result.stopped else EXIT_FILE if result.pdf_problem else EXIT_OK
        raise click.exceptions.Exit(code)


pk = _dokumen_command("pk")
lkjip = _dokumen_command("lkjip")


@cli.command(name="templat-dokumen", help=text("dokumen.bantuan-templat-dokumen"))
@click.option("--folder", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help=text("dokumen.bantuan-folder"))
@click.option("--baru", is_flag=True, hidden=True)   # regenerate rather than copy (make templat)
def templat_dokumen(folder: Path, baru: bool) -> None:
    from rkt_xl.documents.templates import write_copies

    for saved in write_copies(folder, fresh=baru):
        _report_saved(saved)
        _say(text("dokumen.templat-ditulis", path=saved.path))


@cli.group(cls=Group, help=text("panduan.bantuan-nomenklatur"), invoke_without_command=True)
@click.pass_context
def nomenklatur(ctx: click.Context) -> None:
    if ctx.invoked_subcommand is None:
        from rich.table import Table

        from rkt_xl.model.nomenclature_import import coverage_table

        head, rows, folder = coverage_table()
        table = Table(*head)
        for row in rows:
            table.add_row(*row)
        _console().print(table)
        _say(folder)


@nomenklatur.command(help=text("panduan.bantuan-tambah"))
@click.argument("berkas", type=click.Path(path_type=Path))
@click.option("--versi", type=click.Choice(["2021", "2023"]), default="2021", show_default=True,
              help=text("panduan.bantuan-tambah-versi"))
def tambah(berkas: Path, versi: str) -> None:
    from rkt_xl.model.nomenclature_import import add_list

    result, stored = add_list(berkas, versi)
    for line in result.lines(stored):
        _say(line)


@cli.command(help=text("kirim.help"))
@click.argument("berkas", nargs=-1, type=click.Path(path_type=Path))
@click.option("--ke", multiple=True, metavar="ALAMAT", help=text("kirim.help-ke"))
@click.option("--cc", multiple=True, metavar="ALAMAT", help=text("kirim.help-cc"))
@click.option("--subjek", metavar="TEKS", help=text("kirim.help-subjek"))
@click.option("--pesan", metavar="TEKS", help=text("kirim.help-pesan"))
@click.option("--paksa", is_flag=True, help=text("kirim.help-paksa"))
@click.option("--lampiran", is_flag=True, help=text("kirim.help-lampiran"))
@click.option("--zip", "as_zip", is_flag=True, help=text("kirim.help-zip"))
@click.option("--tanpa-pdf", is_flag=True, help=text("kirim.help-tanpa-pdf"))
@click.option("--uji", is_flag=True, help=text("kirim.help-uji"))
@click.option("--eml", type=click.Path(path_type=Path, dir_okay=False), metavar="KELUARAN.eml", help=text("kirim.help-eml"))
@click.option("--atur", is_flag=True, help=text("kirim.help-atur"))
def kirim(berkas: tuple[Path, ...], ke: tuple[str, ...], cc: tuple[str, ...], subjek: str | None,
          pesan: str | None, paksa: bool, lampiran: bool, as_zip: bool, tanpa_pdf: bool, uji: bool,
          eml: Path | None, atur: bool) -> None:
    from rkt_xl.mail import config, setup
    from rkt_xl.mail.run import KirimOptions
    from rkt_xl.mail.run import kirim as run

    if atur:
        target = config.folder_config_path(berkas[0].resolve().parent) if berkas else config.user_config_path()
        setup.run_setup(_ask, _say, target, config.load_config(berkas))
        return
    options = KirimOptions(ke=ke, cc=cc, subjek=subjek, pesan=pesan, paksa=paksa, lampiran=lampiran,
                           zip=as_zip, tanpa_pdf=tanpa_pdf)
    result = run(berkas, options, ask_password=lambda prompt: _ask(prompt, "", True), eml=eml, uji=uji)
    for warning in result.warnings:
        _say(warning, stderr=True)
    _say(result.summary())


def _ask(question: str, default: str, hidden: bool) -> str:
    """One answer typed at the terminal (hidden: not echoed); "" when there is no terminal."""
    try:
        return click.prompt(question, default=default, show_default=bool(default), hide_input=hidden,
                            err=True)
    except click.exceptions.Abort:
        return ""


def report_exit_code(report) -> int:  # type: ignore[no-untyped-def]
    if report.unreadable:
        return EXIT_FILE
    return EXIT_OK if report.valid else EXIT_FINDINGS


SCREEN_LIMIT = 100   # findings shown on screen; all of them are in --json and the Validasi sheet


def _print_report(report, limit: int | None = None, hint: str = "") -> None:  # type: ignore[no-untyped-def]
    from itertools import groupby

    from rich.table import Table

    from rkt_xl.validation.findings import one_line

    console = _console()
    for f in report.unreadable:
        _say(f"{text('validasi.tidak-terbaca').upper()}: {f.message}", stderr=True)
    styles = {"galat": "bold red", "peringatan": "yellow"}
    # errors first when the list is cut, so no error hides behind warnings
    shown = report.findings if limit is None or len(report.findings) <= limit else \
        sorted(report.findings, key=lambda f: f.severity != "galat")[:limit]
    keep = {id(f) for f in shown}
    shown = [f for f in report.findings if id(f) in keep]
    for file, in_file in groupby(shown, key=lambda f: f.file):
        console.rule(_cell(text("validasi.layar-berkas", path=file or "-")))
        for sheet, group in groupby(in_file, key=lambda f: f.sheet):
            table = Table(title=_cell(sheet or text("validasi.tanpa-sheet")), title_justify="left", expand=True)
            table.add_column(text("validasi.sel"), no_wrap=True)
            table.add_column(text("validasi.tingkat"), no_wrap=True)
            table.add_column(text("validasi.pesan"), ratio=1)
            table.add_column(text("validasi.kode"), no_wrap=True)
            for f in group:
                table.add_row(_cell(f.cell), f"[{styles[f.severity]}]{f.severity}[/]", _cell(one_line(f.message)),
                              f"[dim]{f.code}[/]")
            console.print(table)
    if len(shown) < len(report.findings):
        _say(text("validasi.layar-lainnya", jumlah=len(report.findings) - len(shown)) + hint)
    counts = report.counts
    _say(text("validasi.layar-ringkasan", **counts))
    if report.valid:
        catatan = text("validasi.layar-catatan-peringatan", **counts) if counts["peringatan"] else ""
        _say(text("validasi.layar-lolos", catatan=catatan))
    elif counts["galat"]:
        _say(text("validasi.layar-gagal"))


@cli.command(help=text("bantuan.demo"))
@click.option("--folder", type=click.Path(path_type=Path, file_okay=False),
              default=Path("hasil/demo"), show_default=True, help=text("bantuan.demo-folder"))
def demo(folder: Path) -> None:
    from rich.table import Table

    from rkt_xl.samples.demo import run_demo

    console = _console()
    console.rule(text("demo-judul"))
    with console.status("") as status:
        result = run_demo(folder, progress=lambda label: status.update(label))
    table = Table(text("tabel.langkah"), text("tabel.hasil"))
    for label, line in result.steps:
        table.add_row(label, line)
    console.print(table)
    if result.rkt is not None:
        _print_bidang_table(result.rkt)
    _say(text("demo-selesai", path=folder.resolve()))


def _print_bidang_table(rkt) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    from rkt_xl.model.numbers import format_id
    from rkt_xl.model.summary import per_bidang

    table = Table(text("tabel.sheet"), text("tabel.bidang"), text("tabel.jumlah-sub"),
                  text("tabel.pagu"))
    for r in per_bidang(rkt):
        table.add_row(_cell(r.sheet), _cell(r.nama), str(r.jumlah), format_id(r.pagu))
    table.add_row("", text("tabel.total"), str(len(rkt.all_sub_kegiatan())),
                  format_id(rkt.total_pagu()), style="bold")
    for column in table.columns[2:]:
        column.justify = "right"
    _console().print(table)


def _report_saved(saved) -> None:  # type: ignore[no-untyped-def]
    if saved.archived is not None:
        _say(text("hasil-arsip", path=saved.archived))
    if saved.locked:
        _say(text("simpan-terkunci", path=saved.requested, alt=saved.path), stderr=True)


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
        _say(ctx.get_usage(), stderr=True)
        _say(text("pakai-lihat-bantuan", perintah=ctx.command_path), stderr=True)
    _say(text("galat-berhenti", detail=_usage_message(exc)), stderr=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `rkt` script: maps exceptions to messages and exit codes."""
    args = sys.argv[1:] if argv is None else argv
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
        _say(text("galat-berhenti", detail=exc), stderr=True)
        return exc.exit_code
    except Exception as exc:  # noqa: BLE001 - last resort: never a bare traceback for users
        if debug:
            raise
        _say(text("galat-tak-terduga", detail=f"{type(exc).__name__}: {exc}"), stderr=True)
        return EXIT_FILE
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
