"""Small RKT workbooks as value grids (what read_grids takes), and as real files written
by openpyxl with structure (merges, hidden rows/sheets, formulas without cached values,
error cells) that value grids cannot carry."""

from __future__ import annotations

import copy
from pathlib import Path

from rkt_xl.workbook import layout as C

PROFIL = {"pemda": "Kabupaten Contoh", "opd": "Badan Kepegawaian Contoh", "tahun": 2025,
          "kepala": "NAMA KEPALA", "nip": "19661020 199503 1 001", "tempat": "Sarilamak",
          "tanggal": "Januari 2025", "versi_nomenklatur": "2021"}
SASARAN_ROW = {"kode": "S1.1", "tujuan": "Mewujudkan ASN yang profesional", "sasaran": "Meningkatnya kinerja ASN",
               "indikator": "Indeks Profesionalitas ASN", "satuan": "nilai", "target": "70", "polaritas": "positif"}
SUB_ROW = {"kode": "5.03.02.2.02.0001", "program": "Program Kepegawaian Daerah", "kegiatan": "Mutasi dan Promosi ASN",
           "nama": "Pengelolaan Mutasi ASN", "sasaran": "S1.1", "sumber_dana": "DAU", "pagu": 74685500,
           "keluaran.tolok_ukur": "Jumlah ASN yang dimutasi", "keluaran.satuan": "orang", "keluaran.target": "200",
           "hasil.tolok_ukur": "Meningkatnya nilai Indeks Profesionalitas ASN", "hasil.satuan": "nilai",
           "hasil.target": "70"}
BIDANG = "Bid Mutasi"


def table(title: str, cols: tuple[C.Column, ...], rows: list[dict[str, object]]) -> list[list[object]]:
    grid: list[list[object]] = [[title], ["x"], [c.header for c in cols]]
    grid += [[row.get(c.key) for c in cols] for row in rows]
    return grid


def profil_grid(values: dict[str, object] | None = None) -> list[list[object]]:
    values = {**PROFIL, **(values or {})}
    grid: list[list[object]] = [["PROFIL"], []]
    grid += [[f.label, values.get(f.key)] for f in C.PROFIL_FIELDS]
    return grid


def valid_grids(subs: list[dict[str, object]] | None = None,
                sasaran: list[dict[str, object]] | None = None) -> dict[str, list[list[object]]]:
    """A minimal workbook that validates clean."""
    return {
        C.SHEET_PROFIL: profil_grid(),
        C.SHEET_SASARAN: table("SASARAN", C.SASARAN_COLUMNS, sasaran or [dict(SASARAN_ROW)]),
        BIDANG: table("Bidang Mutasi", C.BIDANG_COLUMNS, subs or [dict(SUB_ROW)]),
    }


def sub(**changes: object) -> dict[str, object]:
    row = copy.deepcopy(SUB_ROW)
    row.update({k.replace("__", "."): v for k, v in changes.items()})
    return row


def write_file(path: Path, grids: dict[str, list[list[object]]], *, merges: dict[str, list[str]] | None = None,
               hidden_rows: dict[str, list[int]] | None = None, hidden_sheets: tuple[str, ...] = ()) -> Path:
    """Write grids with openpyxl (a NEW test file; strings starting with '=' become formulas
    without cached values, '#REF!' becomes an error cell: that is what these tests want)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, grid in grids.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(grid, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c, value)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        for r in (hidden_rows or {}).get(name, []):
            ws.row_dimensions[r].hidden = True
        if name in hidden_sheets:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path
