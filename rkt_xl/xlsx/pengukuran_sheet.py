"""Write the Pengukuran Kinerja and Realisasi Anggaran sheets of the consolidated workbook.

Plans come from :mod:`rkt_xl.realisasi.plan_pengukuran` and
:mod:`rkt_xl.realisasi.plan_anggaran`; this module only lays them out (rows in order, fit
for constant_memory mode), colours predikat by conditional formats from the scale and adds
the native charts.
"""

from __future__ import annotations

from collections.abc import Sequence
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
from rkt_xl.realisasi.records import Collector, quote_sheet, sasaran_records
from rkt_xl.texts import text
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.realisasi_common import (
    fit_height,
    formats,
    page_setup,
    predikat_colours,
    scale_legend,
    write_cell,
)

LABELS = ("program", "kegiatan", "keluaran", "hasil", "efisien", "cukup_efisien", "tidak_efisien")


def labels() -> dict[str, str]:
    out = {k: text(f"realisasi.{k}") for k in LABELS}
    out["bagian-a"] = text("realisasi.pk-bagian-a")
    out["bagian-b"] = text("realisasi.pk-bagian-b")
    out["jumlah"] = text("realisasi.jumlah")
    out["tanpa-rumus"] = text("realisasi.sumber-tanpa-rumus")
    return out


def title(key: str, profil: Profil, triwulan: int | None) -> str:
    periode = text("realisasi.periode", tw=C.TW[triwulan]) if triwulan else ""
    return text(key, opd=profil.opd.upper(), tahun=profil.tahun or "", periode=periode)


def write_realisasi_sheets(wb: Any, collector: Collector, profil: Profil,
                           sasaran: Sequence[IndikatorSasaran], scale: Skala | None = None) -> None:
    """Add and fill both sheets (Pengukuran Kinerja first)."""
    from rkt_xl.xlsx.realisasi_anggaran_sheet import write_anggaran_sheet

    scale = scale or default_skala()
    versi = profil.versi_nomenklatur or None
    anggaran = plan_anggaran(collector.subs, collector.triwulan, versi, labels())
    pk = plan_pengukuran(sasaran_records(sasaran, collector.triwulan), collector.indikator, collector.subs,
                         scale, labels(), collector.triwulan, versi, anggaran.serapan_cells(C.SHEET_ANGGARAN))
    f = formats(wb)
    ws_pk = wb.add_worksheet(C.SHEET_PENGUKURAN)
    ws_ra = wb.add_worksheet(C.SHEET_ANGGARAN)
    write_pengukuran_sheet(wb, ws_pk, pk, scale, profil, f)
    write_anggaran_sheet(wb, ws_ra, anggaran, profil, f)


def _shown(value: object) -> object:
    return value.value if isinstance(value, Nilai) else value


def _note(value: Nilai) -> str:
    m = value.pengukuran
    if value.note == "realisasi.catatan-ordinal" and m is not None and isinstance(m.nilai, Ordinal):
        return text(value.note, skala=" < ".join(m.nilai.scale), rr=m.nilai.rank_realisasi,
                    rt=m.nilai.rank_target)
    return text(value.note) if value.note else ""


def write_pengukuran_sheet(wb: Any, ws: Any, plan: PengukuranPlan, scale: Skala, profil: Profil,
                           f: dict[str, Any]) -> None:
    heading = title("realisasi.pk-judul", profil, plan.triwulan)
    last_col = len(COLUMNS) - 1
    for i, (_, width) in enumerate(COLUMNS):
        ws.set_column(i, i, width)
    ws.write_string(0, 0, heading, f["title"])
    ws.merge_range(1, 0, 1, last_col, text("realisasi.pk-catatan"), f["note"])
    ws.set_row(1, 36)
    ws.merge_range(2, 0, 2, last_col, scale_legend(scale), f["note"])
    ws.set_row(HEADER_ROW, 40)
    widths = [w for _, w in COLUMNS]
    for i, (key, _) in enumerate(COLUMNS):
        ws.write_string(HEADER_ROW, i, text(f"realisasi.pk-kol-{key}"), f["header"])
    styles = {"capaian": f["pct"], "serapan": f["pct"], "predikat": f["label"], "efisiensi": f["label"]}
    for row in plan.rows:
        if row.kind == "bagian":
            ws.merge_range(row.row, 0, row.row, last_col, str(row.cells["no"]), f["bagian"])
            continue
        group = row.kind in ("program", "kegiatan")
        fit_height(ws, row.row, {COL[k]: _shown(v) for k, v in row.cells.items()}, widths)
        for key, col in COL.items():
            style = f["group_text"] if group else styles.get(key, f["text"])
            write_cell(ws, row.row, col, row.cells.get(key, ""), style)
        cap = row.cells.get("capaian")
        if isinstance(cap, Nilai) and cap.note:
            ws.write_comment(row.row, COL["capaian"], _note(cap), {"x_scale": 2.2, "y_scale": 1.4})
    first, last = plan.data_rows
    predikat_colours(ws, wb, scale, first, last, [COL["capaian"], COL["predikat"]], COL["capaian"])
    page_setup(ws, HEADER_ROW, last_col, heading)
    _capaian_chart(wb, ws, plan, last + 2)


def _capaian_chart(wb: Any, ws: Any, plan: PengukuranPlan, at_row: int) -> None:
    first, last = plan.sasaran_rows
    if last < first:
        return
    sheet = quote_sheet(C.SHEET_PENGUKURAN)
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({
        "name": text("realisasi.seri-capaian"),
        "categories": f"={sheet}!$A${first + 1}:$A${last + 1}",
        "values": f"={sheet}!$G${first + 1}:$G${last + 1}",
        "fill": {"color": "#2E75B6"}, "border": {"color": "#1F4E78"},
        "data_labels": {"value": True, "num_format": "0.00"},
    })
    chart.set_title({"name": text("realisasi.grafik-capaian"), "name_font": {"size": 11}})
    chart.set_x_axis({"min": 0, "major_gridlines": {"visible": True, "line": {"color": "#D9D9D9"}}})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"none": True})
    chart.set_size({"width": 820, "height": max(260, 26 * (last - first + 1) + 80)})
    ws.insert_chart(at_row, 1, chart)
