"""`rkt demo`: the whole chain that exists so far, on the bundled 2023 sample."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.model.entities import Rkt
from rkt_xl.model.summary import read_summary
from rkt_xl.samples.realisasi_fiktif import write_sample_realisasi
from rkt_xl.samples.sample import write_sample
from rkt_xl.texts import text
from rkt_xl.validation.judge import judge
from rkt_xl.workbook.reader import read_workbook
from rkt_xl.xlsx.template import write_workbook
from rkt_xl.xlsx.validasi_sheet import write_report_workbook

DEFAULT_FOLDER = Path("hasil/demo")
TEMPLATE_NAME = "RKT_template.xlsx"
SAMPLE_NAME = "RKT_BKPSDM_2023.xlsx"
VALIDATION_NAME = "Validasi_RKT_BKPSDM_2023.xlsx"
CONSOLIDATED_NAME = "RKT_konsolidasi_2023.xlsx"
REALISASI_NAME = "RKT_BKPSDM_2023_realisasi_fiktif.xlsx"
MEASURED_NAME = "RKT_konsolidasi_2023_realisasi_fiktif.xlsx"


@dataclass
class DemoResult:
    folder: Path
    steps: list[tuple[str, str]] = field(default_factory=list)   # (step label, result text)
    rkt: Rkt | None = None


def run_demo(folder: Path = DEFAULT_FOLDER,
             progress: Callable[[str], None] = lambda label: None) -> DemoResult:
    folder.mkdir(parents=True, exist_ok=True)
    result = DemoResult(folder)

    progress(text("tabel.langkah-templat"))
    saved = write_workbook(folder / TEMPLATE_NAME)
    result.steps.append((text("tabel.langkah-templat"), text("hasil-templat", path=saved.path)))

    progress(text("tabel.langkah-contoh"))
    saved, rkt = write_sample(folder / SAMPLE_NAME)
    result.steps.append((text("tabel.langkah-contoh"), read_summary("hasil-contoh", saved.path, rkt)))

    progress(text("tabel.langkah-baca"))
    result.rkt = read_workbook(saved.path)
    result.steps.append((text("tabel.langkah-baca"), read_summary("hasil-baca", saved.path, result.rkt)))

    progress(text("tabel.langkah-validasi"))

    report = judge([saved.path]).report
    laporan = write_report_workbook(folder / VALIDATION_NAME, report)
    result.steps.append((text("tabel.langkah-validasi"), text("hasil-validasi", path=laporan.path, **report.counts)))

    progress(text("tabel.langkah-konsolidasi"))

    done = konsolidasi([saved.path], folder / CONSOLIDATED_NAME, progress=progress)
    result.steps.append((text("tabel.langkah-konsolidasi"), done.summary()))

    # issue 11: the same sample with a FICTITIOUS realisasi, measured (Pengukuran Kinerja)
    progress(text("realisasi.langkah-pengukuran"))
    saved, _ = write_sample_realisasi(folder / REALISASI_NAME)
    done = konsolidasi([saved.path], folder / MEASURED_NAME, progress=progress)
    result.steps.append((text("realisasi.langkah-pengukuran"), text("realisasi.hasil-pengukuran", path=done.output)
                         if done.output else done.summary()))
    _documents(saved.path, result, progress)
    return result


def _documents(sample: Path, result: DemoResult, progress: Callable[[str], None]) -> None:
    """The PK and the LKjIP of the sample with its FICTITIOUS realisasi (marked so inside)."""
    from rkt_xl.documents.run import buat_dokumen

    for jenis in ("pk", "lkjip"):
        progress(text(f"dokumen.jenis-{jenis}"))
        made = buat_dokumen(jenis, [sample], fiktif=True, progress=progress)
        result.steps.append((text(f"dokumen.jenis-{jenis}"), made.summary()))
