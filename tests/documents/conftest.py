"""Shared fixtures: the 2023 sample with fictitious realisasi and its PK and LKjIP, built once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rkt_xl.documents.run import buat_dokumen, judge_inputs
from rkt_xl.samples.realisasi_fiktif import SAMPLE_REALISASI_OUTPUT, write_sample_realisasi

DAY = dt.date(2026, 12, 1)


@pytest.fixture(scope="session")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("dokumen")
    saved, _ = write_sample_realisasi(folder / SAMPLE_REALISASI_OUTPUT.name)
    out = {"sample": saved.path}
    for jenis in ("pk", "lkjip"):
        result = buat_dokumen(jenis, [saved.path], tanggal=DAY, fiktif=True)
        assert not result.stopped and result.output is not None
        out[jenis] = result.output
    return out


@pytest.fixture(scope="session")
def model(documents: dict[str, Path]):  # type: ignore[no-untyped-def]
    rkt, report = judge_inputs([documents["sample"]])
    assert report.valid
    return rkt


def table_rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[c.text.strip() for c in row.cells] for row in table.rows]
