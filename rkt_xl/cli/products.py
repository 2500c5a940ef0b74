"""Commands that measure and report: capaian, the PK and LKjIP documents, sending upward."""

from __future__ import annotations

from pathlib import Path

import click

from rkt_xl.cli.base import (
    EXIT_FILE,
    EXIT_OK,
    Command,
    echo_json,
    report_exit_code,
    report_saved,
)
from rkt_xl.terminal import (
    SCREEN_LIMIT,
    print_capaian,
    print_report,
    say,
    status,
)
from rkt_xl.texts import text

# Library modules are imported inside the commands: `rkt --help` loads none of the readers,
# writers or document libraries.


@click.command(cls=Command, help=text("realisasi.help-capaian"))
@click.argument("berkas", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help=text("bantuan.json"))
@click.option("--triwulan", type=click.IntRange(1, 4), default=None,
              help=text("realisasi.help-triwulan"))
def capaian(berkas: tuple[Path, ...], as_json: bool, triwulan: int | None) -> None:
    from rkt_xl.realisasi.tabel import tabel_capaian

    table = tabel_capaian(berkas, triwulan)
    if as_json:
        echo_json(table)
        return
    print_capaian(table)


def _dokumen_command(jenis: str):  # type: ignore[no-untyped-def]
    """``rkt pk`` and ``rkt lkjip``: one library call, its findings and result."""
    @click.command(cls=Command, name=jenis, help=text(f"dokumen.bantuan-{jenis}"))
    @click.argument("berkas", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("-o", "--keluaran", type=click.Path(path_type=Path, dir_okay=False),
                  help=text(f"dokumen.bantuan-keluaran-{jenis}"))
    @click.option("--paksa", is_flag=True, help=text("dokumen.bantuan-paksa"))
    @click.option("--templat", type=click.Path(path_type=Path, dir_okay=False), help=text("dokumen.bantuan-templat"))
    @click.option("--pdf", is_flag=True, help=text("dokumen.bantuan-pdf"))
    @click.option("--versi", type=click.Choice(["2021", "2023"]), default=None, help=text("bantuan.validasi-versi"))
    def command(berkas: tuple[Path, ...], keluaran: Path | None, paksa: bool, templat: Path | None,
                pdf: bool, versi: str | None) -> None:
        from rkt_xl.documents.worker import chart_worker  # standard library only

        # the LKjIP's chart worker starts importing matplotlib before this process loads the readers
        with chart_worker(jenis) as charts, status() as update:
            from rkt_xl.documents.run import buat_dokumen

            result = buat_dokumen(jenis, berkas, keluaran, paksa=paksa, templat=templat, pdf=pdf,
                                  versi=versi, progress=update, charts=charts)
        if not result.report.valid:   # warnings only counted: the workbook's business (rkt validasi)
            print_report(result.report, limit=SCREEN_LIMIT)
        if result.saved is not None:
            report_saved(result.saved)
        for line, to_stderr in result.lines():
            say(line, stderr=to_stderr)
        code = report_exit_code(result.report) if result.stopped else EXIT_FILE if result.pdf_problem else EXIT_OK
        raise click.exceptions.Exit(code)

    return command


pk = _dokumen_command("pk")
lkjip = _dokumen_command("lkjip")


@click.command(cls=Command, name="templat-dokumen", help=text("dokumen.bantuan-templat-dokumen"))
@click.option("--folder", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help=text("dokumen.bantuan-folder"))
@click.option("--baru", is_flag=True, hidden=True)   # regenerate rather than copy (make templat)
def templat_dokumen(folder: Path, baru: bool) -> None:
    from rkt_xl.documents.templates import write_copies

    for saved in write_copies(folder, fresh=baru):
        report_saved(saved)
        say(text("dokumen.templat-ditulis", path=saved.path))


@click.command(cls=Command, help=text("kirim.help"))
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
        setup.run_setup(_ask, say, target, config.load_config(berkas))
        return
    options = KirimOptions(ke=ke, cc=cc, subjek=subjek, pesan=pesan, paksa=paksa, lampiran=lampiran,
                           zip=as_zip, tanpa_pdf=tanpa_pdf)
    result = run(berkas, options, ask_password=lambda prompt: _ask(prompt, "", True), eml=eml, uji=uji)
    for warning in result.warnings:
        say(warning, stderr=True)
    say(result.summary())


def _ask(question: str, default: str, hidden: bool) -> str:
    """One answer typed at the terminal (hidden: not echoed); "" when there is no terminal."""
    try:
        return click.prompt(question, default=default, show_default=bool(default), hide_input=hidden,
                            err=True)
    except click.exceptions.Abort:
        return ""
