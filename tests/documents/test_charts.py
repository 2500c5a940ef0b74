"""The LKjIP's charts: specs from the library's numbers, the worker process that draws them
(and what happens when it fails), the pictures in the document."""

from __future__ import annotations

import datetime as dt
import struct
import sys
from pathlib import Path

import pytest
from docx import Document

from rkt_xl.documents import worker as worker_module
from rkt_xl.documents.charts import chart_specs, placeholder
from rkt_xl.documents.run import document_values
from rkt_xl.documents.worker import ChartWorker, draw_here


def _size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


@pytest.fixture(scope="module")
def specs(model) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    values = document_values("lkjip", model, dt.date(2026, 12, 1), True, "")
    return list(chart_specs(values).values())


@pytest.fixture(scope="module")
def drawn_here(specs) -> list[bytes]:  # type: ignore[no-untyped-def]
    return draw_here(specs)


def test_specs_carry_the_library_numbers_as_printed(specs):
    capaian, anggaran = specs
    assert capaian["kind"] == "capaian" and len(capaian["values"]) == 11
    assert capaian["shown"][:3] == ["n/a", "n/a", "103,00 %"]
    assert "66,67 % (ordinal)" in capaian["shown"]
    assert anggaran["pagu_shown"] == ["4.198,1", "3.442,7", "479,9"]
    assert anggaran["realisasi_shown"] == ["4.081,6", "3.239,3", "475,1"]
    assert anggaran["legend"] == ["Pagu", "Realisasi"]


def test_the_worker_draws_what_this_process_draws(specs, drawn_here):
    with ChartWorker() as charts:
        charts.send(specs)
        assert charts.pictures() == drawn_here
    # 200 dpi, 6 inches wide, greyscale (colour type 0)
    assert [_size(p) for p in drawn_here] == [(1200, 1390), (1200, 740)]
    assert all(p[25] == 0 for p in drawn_here)


class _Dies(ChartWorker):
    def command(self, folder: Path) -> list[str]:
        return [sys.executable, "-c", "import sys; sys.exit(3)"]


class _Hangs(ChartWorker):
    def command(self, folder: Path) -> list[str]:
        return [sys.executable, "-c", "import time; time.sleep(60)"]


class _Missing(ChartWorker):
    def command(self, folder: Path) -> list[str]:
        return [str(folder / "tidak-ada-python")]


@pytest.mark.parametrize("kind", [_Dies, _Missing])
def test_a_failed_worker_falls_back_to_drawing_here(kind, specs, drawn_here):
    with kind() as charts:
        charts.send(specs)
        assert charts.pictures() == drawn_here


def test_a_hanging_worker_is_stopped_and_the_charts_drawn_here(specs, drawn_here, monkeypatch):
    monkeypatch.setattr(worker_module, "WORKER_TIMEOUT", 0.5)
    with _Hangs() as charts:
        proc = charts._proc
        charts.send(specs)
        assert charts.pictures() == drawn_here
        assert proc is not None and proc.poll() is not None      # killed, not left running


def test_a_worker_killed_midway_falls_back(specs, drawn_here):
    with ChartWorker() as charts:
        assert charts._proc is not None
        charts._proc.kill()
        charts.send(specs)
        assert charts.pictures() == drawn_here


def test_closing_an_unused_worker_stops_it_and_removes_its_folder():
    charts = ChartWorker()
    proc, folder = charts._proc, charts._folder
    assert proc is not None and folder is not None and folder.is_dir()
    charts.close()
    assert proc.poll() is not None and not folder.exists()


def test_the_document_holds_the_drawn_charts_in_their_proportions(documents, drawn_here):
    doc = Document(str(documents["lkjip"]))
    blobs = [doc.part.related_parts[s._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
             for s in doc.inline_shapes]
    assert blobs == drawn_here                       # no placeholder left
    assert placeholder("grafik_capaian") not in blobs
    for shape, png in zip(doc.inline_shapes, blobs, strict=True):
        w, h = _size(png)
        assert shape.width == 5400000                # 150 mm
        assert abs(shape.height - shape.width * h / w) <= 1
