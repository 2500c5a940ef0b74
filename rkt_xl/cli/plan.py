"""Commands of the planning year: template, sample, reading, validation, consolidation."""

from __future__ import annotations

from pathlib import Path

import click

from rkt_xl.cli.base import (
    Command,
    Group,
    bidang_specs,
    echo_json,
    report_exit_code,
    report_saved,
)
from rkt_xl.terminal import (
    SCREEN_LIMIT,
    print_bidang_table,
    print_report,
    print_rows,
    rule,
    say,
    status,
)
from rkt_xl.texts import text

# Library modules are imported inside the commands: `rkt --help` loads none of the readers,
# writers or document libraries.


@click.command(cls=Command, help=text("pasang.help"))
@click.option("--folder", type=click.Path(path_type=Path, file_okay=False), default=None,
              help=text("pasang.help-folder"))
@click.option("--bidang", "bidang_values", multiple=True, help=text("bantuan.templat-bidang"))
@click.option("--konfig", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help=text("bantuan.templat-konfig"))
def pasang(folder: Path | None, bidang_values: tuple[str, ...], konfig: Path | None) -> None:
    from rkt_xl.install.setup import install_folder

    result = install_folder(folder, bidang_specs(bidang_values, konfig))
    say(text("pasang.judul"))
    for line in result.lines():
        say(line)


@click.command(cls=Command, help=text("bantuan.templat"))
@click.option("-o", "--keluaran", type=click.Path(path_type=Path),
              default=Path("RKT_template.xlsx"), show_default=True, help=text("bantuan.templat-keluaran"))
@click.option("--bidang", "bidang_values", multiple=True, help=text("bantuan.templat-bidang"))
@click.option("--konfig", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help=text("bantuan.templat-konfig"))
@click.option("--versi", type=click.Choice(["2021", "2023"]), default="2021", show_default=True,
              help=text("bantuan.templat-versi"))
def templat(keluaran: Path, bidang_values: tuple[str, ...], konfig: Path | None, versi: str) -> None:
    from rkt_xl.xlsx.template import write_workbook

    saved = write_workbook(keluaran, bidang=bidang_specs(bidang_values, konfig), versi=versi)
    report_saved(saved)
    say(text("hasil-templat", path=saved.path))


@click.command(cls=Command, help=text("bantuan.xlsm"))
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

    saved = write_xlsm(keluaran, bidang_specs(bidang_values, konfig), versi, interpreter=interpreter)
    report_saved(saved)
    say(text("hasil-xlsm", path=saved.path))


@click.command(cls=Command, help=text("bantuan.contoh"))
@click.option("-o", "--keluaran", type=click.Path(path_type=Path),
              default=Path("RKT_BKPSDM_2023.xlsx"), show_default=True,
              help=text("bantuan.contoh-keluaran"))
def contoh(keluaran: Path) -> None:
    from rkt_xl.model.summary import read_summary
    from rkt_xl.samples.realisasi_fiktif import write_sample_realisasi
    from rkt_xl.samples.sample import write_sample

    saved, rkt = write_sample(keluaran)
    report_saved(saved)
    say(read_summary("hasil-contoh", saved.path, rkt))
    # the same sample with a fictitious realisasi, beside it (issue 11)
    saved, rkt = write_sample_realisasi(keluaran.with_name(f"{keluaran.stem}_realisasi_fiktif.xlsx"))
    report_saved(saved)
    say(text("realisasi.hasil-contoh-fiktif", path=saved.path))


@click.command(cls=Command, help=text("bantuan.baca"))
@click.argument("berkas", type=click.Path(path_type=Path, readable=False))
@click.option("--json", "as_json", is_flag=True, help=text("bantuan.json"))
def baca(berkas: Path, as_json: bool) -> None:
    from rkt_xl.model.summary import per_bidang, read_summary
    from rkt_xl.workbook.reader import read_workbook

    rkt = read_workbook(berkas)
    rows = per_bidang(rkt)
    if as_json:
        from dataclasses import asdict

        echo_json({"berkas": str(berkas), "total_pagu": rkt.total_pagu(), "bidang": [asdict(r) for r in rows]})
        return
    print_bidang_table(rkt)
    say(read_summary("hasil-baca", berkas, rkt))


@click.command(cls=Command, help=text("bantuan.validasi"))
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
        echo_json(report.as_dict())
    else:
        print_report(report, limit=None if semua else SCREEN_LIMIT, hint=text("validasi.layar-lainnya-semua"))
    if laporan is not None:
        from rkt_xl.xlsx.validasi_sheet import write_report_workbook

        saved = write_report_workbook(laporan, report)
        report_saved(saved)
        say(text("validasi.laporan-disimpan", path=saved.path))
    raise click.exceptions.Exit(report_exit_code(report))


@click.command(cls=Command, help=text("bantuan.konsolidasi"))
@click.argument("berkas", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--keluaran", type=click.Path(path_type=Path, dir_okay=False), help=text("bantuan.konsolidasi-keluaran"))
@click.option("--paksa", is_flag=True, help=text("bantuan.konsolidasi-paksa"))
@click.option("--versi", type=click.Choice(["2021", "2023"]), default=None, help=text("bantuan.validasi-versi"))
@click.option("--triwulan", type=click.IntRange(1, 4), default=None,
              help=text("realisasi.help-triwulan"))
def konsolidasi(berkas: tuple[Path, ...], keluaran: Path | None, paksa: bool, versi: str | None,
                triwulan: int | None) -> None:
    from rkt_xl.consolidation.run import konsolidasi as run

    with status() as update:
        result = run(berkas, keluaran, paksa=paksa, progress=update, versi=versi, triwulan=triwulan)
    if result.report.findings or result.report.unreadable:
        print_report(result.report, limit=SCREEN_LIMIT, hint=text("validasi.layar-lainnya-sheet"))
    if result.saved is not None:
        report_saved(result.saved)
    say(result.summary(), stderr=result.stopped)
    if result.stopped or result.report.unreadable:   # --paksa never hides an unreadable input
        raise click.exceptions.Exit(report_exit_code(result.report))


@click.group(cls=Group, help=text("panduan.bantuan-nomenklatur"), invoke_without_command=True)
@click.pass_context
def nomenklatur(ctx: click.Context) -> None:
    if ctx.invoked_subcommand is None:
        from rkt_xl.model.nomenclature_import import coverage_table

        head, rows, folder = coverage_table()
        print_rows(head, rows)
        say(folder)


@nomenklatur.command(help=text("panduan.bantuan-tambah"))
@click.argument("berkas", type=click.Path(path_type=Path))
@click.option("--versi", type=click.Choice(["2021", "2023"]), default="2021", show_default=True,
              help=text("panduan.bantuan-tambah-versi"))
def tambah(berkas: Path, versi: str) -> None:
    from rkt_xl.model.nomenclature_import import add_list

    result, stored = add_list(berkas, versi)
    for line in result.lines(stored):
        say(line)


@click.command(cls=Command, help=text("bantuan.demo"))
@click.option("--folder", type=click.Path(path_type=Path, file_okay=False),
              default=Path("hasil/demo"), show_default=True, help=text("bantuan.demo-folder"))
def demo(folder: Path) -> None:
    from rkt_xl.samples.demo import run_demo

    rule(text("demo-judul"))
    with status() as update:
        result = run_demo(folder, progress=update)
    print_rows([text("tabel.langkah"), text("tabel.hasil")], [list(step) for step in result.steps])
    if result.rkt is not None:
        print_bidang_table(result.rkt)
    say(text("demo-selesai", path=folder.resolve()))
