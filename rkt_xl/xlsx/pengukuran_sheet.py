"""The Pengukuran Kinerja and Realisasi Anggaran sheets of the consolidated workbook, as
writer-neutral descriptions (:mod:`rkt_xl.xlsx.sheet`).

Plans come from :mod:`rkt_xl.realisasi.plan_pengukuran` and
:mod:`rkt_xl.realisasi.plan_anggaran`; this module only lays them out (rows in order, fit
for constant_memory mode), colours predikat by conditional formats from the scale and adds
the native charts. `rkt konsolidasi` renders the descriptions with XlsxWriter
(:func:`write_realisasi_sheets`), the Konsolidasi button with xlwings.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from rkt_xl.model.entities import IndikatorSasaran, Profil
from rkt_xl.realisasi.capaian import Ordinal
from rkt_xl.realisasi.formulas import Nilai
from rkt_xl.realisasi.plan_anggaran import plan_anggaran
from rkt_xl.realisasi.plan_pengukuran import (
    COL,
    COLUMNS,
    HEADER_ROW,
    PengukuranPlan,
    plan_pengukuran,
)
from rkt_xl.realisasi.predikat import Skala
from rkt_xl.realisasi.predikat import skala as default_skala
from rkt_xl.realisasi.records import Collector, sasaran_records
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.realisasi_anggaran_sheet import describe_anggaran_sheet
from rkt_xl.xlsx.realisasi_common import (
    STYLES,
    cell,
    fit_height,
    page_setup,
    predikat_colours,
    scale_legend,
    title,
)
from rkt_xl.xlsx.sheet import Cell, Row, SheetDescription, render
from rkt_xl.xlsx.sheet_chart import Axis, Chart, Series

LABELS = ("program", "kegiatan", "keluaran", "hasil", "efisien", "cukup_efisien", "tidak_efisien")


def labels() -> dict[str, str]:
    out = {k: text(f"realisasi.{k}") for k in LABELS}
    out["bagian-a"] = text("realisasi.pk-bagian-a")
    out["bagian-b"] = text("realisasi.pk-bagian-b")
    out["jumlah"] = text("realisasi.jumlah")
    out["tanpa-rumus"] = text("realisasi.sumber-tanpa-rumus")
    return out


def describe_realisasi_sheets(collector: Collector, profil: Profil, sasaran: Sequence[IndikatorSasaran],
                              scale: Skala | None = None) -> tuple[SheetDescription, SheetDescription]:
    """Both sheets (Pengukuran Kinerja, Realisasi Anggaran) from the records of ``collector``:
    the same descriptions for `rkt konsolidasi` (XlsxWriter) and the Konsolidasi button (xlwings)."""
    scale = scale or default_skala()
    versi = profil.versi_nomenklatur or None
    subs, indikator = collector.records()
    anggaran = plan_anggaran(subs, collector.triwulan, versi, labels())
    pk = plan_pengukuran(sasaran_records(sasaran, collector.triwulan, at_loc=collector.at_loc), indikator,
                         subs, scale, labels(), collector.triwulan, versi,
                         anggaran.serapan_cells(C.SHEET_ANGGARAN))
    return describe_pengukuran_sheet(pk, scale, profil), describe_anggaran_sheet(anggaran, profil)


def write_realisasi_sheets(wb: Any, collector: Collector, profil: Profil,
                           sasaran: Sequence[IndikatorSasaran], scale: Skala | None = None) -> None:
    """Add and fill both sheets (Pengukuran Kinerja first)."""
    descriptions = describe_realisasi_sheets(collector, profil, sasaran, scale)
    sheets = [wb.add_worksheet(d.name) for d in descriptions]
    for ws, d in zip(sheets, descriptions, strict=True):
        render(wb, ws, d)


def _shown(value: object) -> object:
    return value.value if isinstance(value, Nilai) else value


def _note(value: Nilai) -> str:
    m = value.pengukuran
    if value.note == "realisasi.catatan-ordinal" and m is not None and isinstance(m.nilai, Ordinal):
        return text(value.note, skala=" < ".join(m.nilai.scale), rr=m.nilai.rank_realisasi,
                    rt=m.nilai.rank_target)
    return text(value.note) if value.note else ""


def describe_pengukuran_sheet(plan: PengukuranPlan, scale: Skala, profil: Profil) -> SheetDescription:
    heading = title("realisasi.pk-judul", profil, plan.triwulan)
    widths = [w for _, w in COLUMNS]
    first, last = plan.data_rows
    return SheetDescription(
        C.SHEET_PENGUKURAN, widths, _rows(plan, scale, heading, widths), freeze=(HEADER_ROW + 1, 0),
        print_setup=page_setup(HEADER_ROW, heading),
        conditional_formats=predikat_colours(scale, first, last, [COL["capaian"], COL["predikat"]], COL["capaian"]),
        charts=_capaian_chart(plan, last + 2), note_scale=(2.2, 1.4))


def _rows(plan: PengukuranPlan, scale: Skala, heading: str, widths: list[float]) -> Iterator[Row]:
    st = STYLES
    last_col = len(COLUMNS) - 1
    yield Row(0, {0: Cell(heading, st["title"])})
    yield Row(1, {0: Cell(text("realisasi.pk-catatan"), st["note"])}, merges=((0, last_col),), height=36)
    yield Row(2, {0: Cell(scale_legend(scale), st["note"])}, merges=((0, last_col),))
    yield Row(HEADER_ROW, {i: Cell(text(f"realisasi.pk-kol-{key}"), st["header"]) for i, (key, _) in enumerate(COLUMNS)},
              height=40)
    styles = {"capaian": st["pct"], "serapan": st["pct"], "predikat": st["label"], "efisiensi": st["label"]}
    # (key, column, style) for an indicator row and for a program/kegiatan row, worked out once
    layouts = {False: [(key, col, styles.get(key, st["text"])) for key, col in COL.items()],
               True: [(key, col, st["group_text"]) for key, col in COL.items()]}
    for row in plan.rows:
        if row.kind == "bagian":
            yield Row(row.row, {0: Cell(str(row.cells["no"]), st["bagian"])}, merges=((0, last_col),))
            continue
        values = row.cells
        cells = {}
        for key, col, style in layouts[row.kind in ("program", "kegiatan")]:
            value = values.get(key, "")
            note = _note(value) if key == "capaian" and isinstance(value, Nilai) and value.note else ""
            cells[col] = cell(value, style, note)
        yield Row(row.row, cells, height=fit_height({COL[k]: _shown(v) for k, v in values.items()}, widths))


def _capaian_chart(plan: PengukuranPlan, at_row: int) -> list[Chart]:
    first, last = plan.sasaran_rows
    if last < first:
        return []
    sheet = C.SHEET_PENGUKURAN
    series = Series(text("realisasi.seri-capaian"), (sheet, first, 0, last, 0), (sheet, first, COL["capaian"], last, COL["capaian"]),
                    fill="#2E75B6", border="#1F4E78", label_format="0.00")
    return [Chart("bar", text("realisasi.grafik-capaian"), (series,), (at_row, 1),
                  (820, max(260, 26 * (last - first + 1) + 80)),
                  x_axis=Axis(min=0, gridlines="#D9D9D9"), y_axis=Axis(reverse=True))]
