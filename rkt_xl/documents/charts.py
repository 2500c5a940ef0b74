"""The LKjIP's charts as pictures: capaian per indikator sasaran, pagu vs realisasi per
program. Drawn with matplotlib (imported only here, when a document is made), in black,
white and greys with hatching and printed values, so they read in black-and-white print.
"""

from __future__ import annotations

import io
import textwrap
import warnings
from decimal import Decimal

from rkt_xl.documents.content import Node, persen, safe
from rkt_xl.model.numbers import format_id
from rkt_xl.texts import text

WIDTH_MM = 150
DPI = 200


def _pyplot():  # type: ignore[no-untyped-def]
    import matplotlib  # heavy: only when a document with charts is made

    matplotlib.use("Agg")
    from matplotlib import pyplot

    pyplot.rcParams.update({"font.size": 8, "font.family": "DejaVu Sans", "hatch.linewidth": 0.6,
                            "svg.hashsalt": "rkt", "path.simplify": False})
    return pyplot


def _png(fig) -> io.BytesIO:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    buf.seek(0)
    return buf


def capaian_chart(measured: list) -> io.BytesIO | None:  # type: ignore[type-arg]
    """Horizontal bars of capaian (%) per indikator sasaran; a dashed line at 100 %;
    indicators without capaian are listed with ``n/a``."""
    if not measured:
        return None
    plt = _pyplot()
    labels = [textwrap.fill(safe(f"{u.indikator.kode} {u.indikator.indikator}"), 38) for u in measured]
    values = [float(u.capaian) if u.capaian is not None else 0.0 for u in measured]
    fig, ax = plt.subplots(figsize=(6.0, 0.9 + 0.55 * len(measured)))
    y = list(range(len(measured)))[::-1]
    ax.barh(y, values, color="#bfbfbf", edgecolor="black", hatch="///", height=0.6)
    top = max([100.0, *values])
    for yi, u, v in zip(y, measured, values, strict=True):
        shown = persen(u.capaian)
        ax.text(v + top * 0.01, yi, shown, va="center", fontsize=8, zorder=3,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6})
    ax.axvline(100, color="black", linestyle="--", linewidth=1, zorder=2)
    ax.set_yticks(y, labels)
    ax.set_xlim(0, top * 1.18)
    ax.set_xlabel(text("dokumen.grafik-sumbu-capaian"))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = _png(fig)
    plt.close(fig)
    return buf


def anggaran_chart(programs: list[Node]) -> io.BytesIO | None:
    """Pagu (white, hatched) and realisasi (dark grey) per program, in juta Rupiah."""
    if not programs:
        return None
    plt = _pyplot()
    million = Decimal(1_000_000)
    labels = [textwrap.fill(p.nama, 34) for p in programs]
    pagu = [float(Decimal(p.pagu) / million) for p in programs]
    real = [float(Decimal(p.realisasi or 0) / million) for p in programs]
    fig, ax = plt.subplots(figsize=(6.0, 1.0 + 0.9 * len(programs)))
    y = [i * 1.0 for i in range(len(programs))][::-1]
    h = 0.36
    ax.barh([v + h / 2 for v in y], pagu, height=h, color="white", edgecolor="black", hatch="..",
            label=text("dokumen.grafik-pagu"))
    ax.barh([v - h / 2 for v in y], real, height=h, color="#404040", edgecolor="black",
            label=text("dokumen.grafik-realisasi"))
    top = max([*pagu, *real, 1.0])
    for yi, p, pv, rv in zip(y, programs, pagu, real, strict=True):
        ax.text(pv + top * 0.01, yi + h / 2, format_id(Decimal(p.pagu) / million, 1), va="center", fontsize=7)
        shown = format_id(Decimal(p.realisasi) / million, 1) if p.realisasi is not None else text("dokumen.na")
        ax.text(rv + top * 0.01, yi - h / 2, shown, va="center", fontsize=7)
    ax.set_yticks(y, labels)
    ax.set_xlim(0, top * 1.2)
    ax.set_xlabel(text("dokumen.grafik-sumbu-anggaran"))
    ax.legend(loc="lower right", frameon=True, fontsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = _png(fig)
    plt.close(fig)
    return buf


def chart_pictures(tpl, values: dict) -> dict[str, object]:  # type: ignore[no-untyped-def,type-arg]
    """The template's picture values (``""`` where there is nothing to draw)."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    out: dict[str, object] = {}
    with warnings.catch_warnings():   # a glyph the font lacks (a control picture) is drawn as a box
        warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
        pictures = (("grafik_capaian", capaian_chart(values["_measured"])),
                    ("grafik_anggaran", anggaran_chart(values["_programs"])))
    for key, buf in pictures:
        out[key] = InlineImage(tpl, buf, width=Mm(WIDTH_MM)) if buf is not None else ""
    return out
