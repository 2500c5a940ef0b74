"""Draw the LKjIP's charts with matplotlib from plain chart specs (see
:mod:`rkt_xl.documents.charts`, which builds the specs and texts): black, white and greys
with hatching and printed values, so they read in black-and-white print.

This module imports nothing from rkt_xl, so it also runs as a script, the chart worker that
``rkt lkjip`` starts at its very beginning (:class:`rkt_xl.documents.worker.ChartWorker`)::

    python -P drawing.py FOLDER

The worker imports matplotlib at once (the slow part, about a second), then waits for its
standard input to close; if ``FOLDER/specs.json`` exists by then, it draws every spec into
``FOLDER/<i>.png`` (written under a temporary name, then renamed) and exits 0.
"""

from __future__ import annotations

import io
import json
import os
import sys
import warnings
from pathlib import Path

DPI = 200
WIDTH_IN = 6.0
_RC = {"font.size": 8, "font.family": "DejaVu Sans", "hatch.linewidth": 0.6, "path.simplify": False}


def _matplotlib():  # type: ignore[no-untyped-def]
    """matplotlib's Figure and Agg canvas, without pyplot (no global figure registry).
    Heavy (about a second to import): only when charts are drawn."""
    from matplotlib import rc_context
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    return rc_context, Figure, FigureCanvasAgg


def draw(spec: dict) -> bytes:  # type: ignore[type-arg]
    """One chart spec as a greyscale PNG (``DPI`` dots per inch, ``WIDTH_IN`` wide)."""
    rc_context, Figure, FigureCanvasAgg = _matplotlib()
    with rc_context(_RC), warnings.catch_warnings():
        # a glyph the font lacks (a control picture from a cell) is drawn as a box
        warnings.filterwarnings("ignore", message="Glyph .* missing from font", category=UserWarning)
        fig = Figure(figsize=(WIDTH_IN, spec["height"]), dpi=DPI)
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_subplot()
        (_capaian if spec["kind"] == "capaian" else _anggaran)(ax, spec)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout(pad=0.6)
        canvas.draw()
        return _png(canvas)


def _png(canvas) -> bytes:  # type: ignore[no-untyped-def]
    """The drawn canvas as an 8-bit greyscale PNG: the charts use only greys, and a quarter
    of the RGBA bytes makes the file smaller and faster to compress."""
    from PIL import Image  # a matplotlib dependency; loaded with it

    width, height = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("L")
    buf = io.BytesIO()
    image.save(buf, format="PNG", dpi=(DPI, DPI))
    return buf.getvalue()


def _capaian(ax, spec: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Horizontal bars of capaian (%) per indikator sasaran; a dashed line at 100 %."""
    values = spec["values"]
    y = list(range(len(values)))[::-1]
    ax.barh(y, values, color="#bfbfbf", edgecolor="black", hatch="///", height=0.6)
    top = max([100.0, *values])
    for yi, v, shown in zip(y, values, spec["shown"], strict=True):
        ax.text(v + top * 0.01, yi, shown, va="center", fontsize=8, zorder=3,
                bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6})
    ax.axvline(100, color="black", linestyle="--", linewidth=1, zorder=2)
    ax.set_yticks(y, spec["labels"])
    ax.set_xlim(0, top * 1.18)
    ax.set_xlabel(spec["xlabel"])


def _anggaran(ax, spec: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Pagu (white, hatched) and realisasi (dark grey) per program."""
    pagu, real = spec["pagu"], spec["realisasi"]
    y = [float(i) for i in range(len(pagu))][::-1]
    h = 0.36
    ax.barh([v + h / 2 for v in y], pagu, height=h, color="white", edgecolor="black", hatch="..",
            label=spec["legend"][0])
    ax.barh([v - h / 2 for v in y], real, height=h, color="#404040", edgecolor="black", label=spec["legend"][1])
    top = max([*pagu, *real, 1.0])
    for yi, pv, rv, ps, rs in zip(y, pagu, real, spec["pagu_shown"], spec["realisasi_shown"], strict=True):
        ax.text(pv + top * 0.01, yi + h / 2, ps, va="center", fontsize=7)
        ax.text(rv + top * 0.01, yi - h / 2, rs, va="center", fontsize=7)
    ax.set_yticks(y, spec["labels"])
    ax.set_xlim(0, top * 1.2)
    ax.set_xlabel(spec["xlabel"])
    ax.legend(loc="lower right", frameon=True, fontsize=7)


def draw_into(folder: Path, specs: list[dict]) -> None:  # type: ignore[type-arg]
    for i, spec in enumerate(specs):
        tmp = folder / f"{i}.png.tmp"
        tmp.write_bytes(draw(spec))
        os.replace(tmp, folder / f"{i}.png")


def worker(folder: Path) -> int:
    """The chart worker: import while the parent judges, draw when the specs are there."""
    _matplotlib()
    sys.stdin.buffer.read()               # the parent closes it: specs written, or cancelled
    specs = folder / "specs.json"
    if not specs.exists():
        return 0
    draw_into(folder, json.loads(specs.read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    code = worker(Path(sys.argv[1]))
    # the PNGs are written and closed: skip the interpreter's teardown of matplotlib and
    # numpy (a quarter of a second of CPU here), as a worker process may
    os._exit(code)
