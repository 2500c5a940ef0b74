"""``buat_dokumen()``: the library entry point behind ``rkt pk`` and ``rkt lkjip``.

Inputs are judged as ``rkt konsolidasi`` judges them (:func:`judge_inputs`); errors stop the
run unless ``paksa``, and a forced document carries DRAF in the header of every page. The
document is rendered from the shipped template or an office's copy (``templat``), saved
atomically (an older one archived), and optionally converted to PDF by LibreOffice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rkt_xl.consolidation.run import default_folder
from rkt_xl.documents import content, lkjip_content
from rkt_xl.documents.charts import chart_pictures, chart_specs, put_pictures
from rkt_xl.documents.templates import shipped
from rkt_xl.documents.worker import ChartWorker, chart_worker, draw_here
from rkt_xl.model.entities import Rkt
from rkt_xl.save import SaveResult, save_atomically
from rkt_xl.texts import text
from rkt_xl.validation.findings import Report
from rkt_xl.validation.judge import judge

PREFIX = {"pk": "PK", "lkjip": "LKjIP"}
_SMALL_WORDS = {"dan", "serta", "di", "ke", "dari", "untuk", "pada", "yang", "&"}


@dataclass
class DokumenResult:
    jenis: str                      # "pk" | "lkjip"
    report: Report
    stopped: bool                   # errors blocked it (no paksa): nothing written
    saved: SaveResult | None = None
    draf: bool = False              # forced past errors: DRAF on every page
    pdf: Path | None = None
    pdf_problem: str = ""           # why no PDF was made, when one was asked for

    @property
    def output(self) -> Path | None:
        return self.saved.path if self.saved is not None else None

    def summary(self) -> str:
        jenis = text(f"dokumen.jenis-{self.jenis}")
        c = self.report.counts
        if self.stopped or self.saved is None:
            return text("dokumen.berhenti", jenis=jenis, galat=c["galat"], berkas=c["berkas"])
        key = "dokumen.selesai-draf" if self.draf else "dokumen.selesai"
        note = text("dokumen.catatan-peringatan", peringatan=c["peringatan"]) if c["peringatan"] else ""
        return text(key, jenis=jenis, path=self.saved.path, galat=c["galat"]) + note

    def lines(self) -> list[tuple[str, bool]]:
        """The result lines for the user: (text, is a problem)."""
        out = [(self.summary(), self.stopped)]
        if self.pdf is not None:
            out.append((text("dokumen.pdf-disimpan", path=self.pdf), False))
        elif self.pdf_problem:
            out.append((self.pdf_problem, True))
        return out


def judge_inputs(inputs: Sequence[str | Path], versi: str | None = None,
                 say: Callable[[str], None] = lambda _t: None) -> tuple[Rkt, Report]:
    """The merged model of ``inputs`` and every finding: the one judgement of
    :func:`rkt_xl.validation.judge.judge`, as ``rkt validasi`` and ``rkt konsolidasi``."""
    def reading(name: str, n: int, total: int) -> None:
        say(text("dokumen.progres-baca", path=Path(name).name, nomor=n, jumlah=total))

    judged = judge(inputs, versi, keep_subs=True, on_file=reading)
    return judged.merged(), judged.report


def short_name(opd: str) -> str:
    """``Badan Kepegawaian dan Pengembangan Sumber Daya Manusia`` -> ``BKPSDM`` (a name of
    one or two words is kept, without characters a file name cannot hold)."""
    words = [w for w in re.split(r"[\s,/]+", opd.strip()) if w]
    if len(words) > 2:
        name = "".join(w[0].upper() for w in words if w.casefold() not in _SMALL_WORDS and w[0].isalnum())
    else:
        name = "_".join(words)
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "", name) or "OPD"


def default_name(jenis: str, rkt: Rkt) -> str:
    parts = [PREFIX[jenis], short_name(rkt.profil.opd)]
    if rkt.profil.tahun:
        parts.append(str(rkt.profil.tahun))
    return "_".join(parts) + ".docx"


def tanggal_indonesia(day: dt.date) -> str:
    """``1 Desember 2026`` (babel's Indonesian month names)."""
    from babel.dates import format_date  # babel loads its locale data: only for documents

    return format_date(day, "d MMMM y", locale="id")


def buat_dokumen(jenis: str, inputs: Sequence[str | Path], output: Path | None = None,
                 paksa: bool = False, templat: Path | None = None, pdf: bool = False,
                 versi: str | None = None, progress: Callable[[str], None] | None = None,
                 tanggal: dt.date | None = None, fiktif: bool = False,
                 charts: ChartWorker | None = None) -> DokumenResult:
    """Make the ``jenis`` document (``pk`` or ``lkjip``) from ``inputs``.

    ``tanggal`` is the date printed on the LKjIP (today by default); ``fiktif`` marks the
    realisasi as invented (the bundled sample); ``charts`` a chart worker the caller started
    even earlier (:func:`~rkt_xl.documents.worker.chart_worker`; else one is started here).
    Raises :class:`rkt_xl.errors.SaveError` or :class:`rkt_xl.errors.TemplateError`; bad
    data never raises (it is in ``report``)."""
    say = progress or (lambda _t: None)
    # the LKjIP's charts: matplotlib starts importing in a second process now, while this one judges
    with chart_worker(jenis) if charts is None else contextlib.nullcontext(charts) as worker:
        rkt, report = judge_inputs(inputs, versi, say)
        if not report.valid and not paksa:
            return DokumenResult(jenis, report, stopped=True)
        draf = not report.valid
        folder = Path(output).parent if output is not None else default_folder(inputs)
        target = Path(output) if output is not None else folder / default_name(jenis, rkt)
        say(text("dokumen.progres-susun", jenis=text(f"dokumen.jenis-{jenis}")))
        saved = write_document(jenis, rkt, target, templat=templat, tanggal=tanggal, fiktif=fiktif,
                               draf=text("dokumen.draf", galat=report.counts["galat"]) if draf else "",
                               charts=worker)
    result = DokumenResult(jenis, report, stopped=False, saved=saved, draf=draf)
    if pdf:
        from rkt_xl.documents.pdf import to_pdf

        say(text("dokumen.progres-pdf"))
        result.pdf, result.pdf_problem = to_pdf(saved.path)
    return result


def write_document(jenis: str, rkt: Rkt, target: Path, templat: Path | None = None,
                   tanggal: dt.date | None = None, fiktif: bool = False, draf: str = "",
                   charts: ChartWorker | None = None) -> SaveResult:
    """Render the ``jenis`` document of an already judged model into ``target`` (atomically).
    ``draf`` is the mark printed in every page header ("" for a final document); ``charts``
    a worker started earlier to draw the LKjIP's charts (else they are drawn here)."""
    values = document_values(jenis, rkt, tanggal or dt.date.today(), fiktif, draf)
    source = Path(templat) if templat is not None else shipped(jenis)
    return save_atomically(target, lambda tmp: render_document(jenis, source, values, tmp, charts))


def document_values(jenis: str, rkt: Rkt, tanggal: dt.date, fiktif: bool, draf: str) -> dict[str, object]:
    """Every value the template of ``jenis`` prints (pure data, no docx)."""
    values = content.pk_values(rkt) if jenis == "pk" else lkjip_content.lkjip_values(rkt)
    values.update(draf=draf, catatan_fiktif=text("dokumen.fiktif") if fiktif else "",
                  tanggal_laporan=tanggal_indonesia(tanggal))
    return values


def render_document(jenis: str, template: Path, values: dict[str, object], target: Path,
                    charts: ChartWorker | None = None) -> None:
    """Render ``values`` into ``target``. The LKjIP's charts are drawn by ``charts`` while the
    text renders (or here, without a worker), and put in before the document is saved."""
    # python-docx, docxtpl, jinja2: only when a document is rendered (not for a stopped run)
    from rkt_xl.documents.render import ensure_header, render

    specs = chart_specs(values) if jenis == "lkjip" else {}
    if charts is not None:
        charts.send(list(specs.values()))

    def make_context(tpl: object) -> dict[str, object]:
        tables, pictures = itertools.count(1), itertools.count(1)
        context = {k: v for k, v in values.items() if not k.startswith("_")}
        context.update(nomor_tabel=lambda: next(tables), nomor_gambar=lambda: next(pictures))
        if jenis == "lkjip":
            context.update(chart_pictures(tpl, specs))
        return context

    def finish(docx: object) -> None:
        if specs:
            drawn = charts.pictures() if charts is not None else draw_here(list(specs.values()))
            put_pictures(docx, dict(zip(specs, drawn, strict=True)))

    render(template, make_context, target, finish)
    if values.get("draf"):
        ensure_header(target, str(values["draf"]))
