"""The consolidated workbook while it is being written.

A new XlsxWriter workbook in ``constant_memory`` mode (never an input loaded and re-saved).
Sheets are added in their final order, the fixed ones first and each bidang sheet when it is
first seen in an input, and filled later, each strictly top to bottom. A bidang sheet is
written as soon as its filled copy has been read, so only compact :class:`SubRecord` rows stay
in memory, not every workbook's model; their texts wait in a temporary file (:mod:`rkt_xl.spool`).

Sheet order: RKT, Ringkasan, Profil, Sasaran, the bidang sheets, Pengukuran Kinerja and
Realisasi Anggaran (only when realisasi is filled), Validasi.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import xlsxwriter

from rkt_xl.consolidation.plan import RktPlan, SubRecord, sub_records
from rkt_xl.model.entities import Bidang, IndikatorSasaran, Profil
from rkt_xl.model.nomenclature import DEFAULT_EDITION
from rkt_xl.realisasi.records import Collector
from rkt_xl.spool import Spool
from rkt_xl.validation.findings import Finding, Report
from rkt_xl.validation.merge import bidang_key
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.bidang import BidangSpec
from rkt_xl.xlsx.input_sheets import (
    sub_kegiatan_height,
    write_bidang_sheet,
    write_profil_sheet,
    write_sasaran_sheet,
)
from rkt_xl.xlsx.pengukuran_sheet import write_realisasi_sheets
from rkt_xl.xlsx.ringkasan import BidangTotal, write_ringkasan_sheet
from rkt_xl.xlsx.rkt_sheet import write_rkt_sheet
from rkt_xl.xlsx.sheet import release_written_rows
from rkt_xl.xlsx.template_formats import BUILD_DATE, WORKBOOK_OPTIONS, Formats
from rkt_xl.xlsx.validasi_sheet import write_validasi_sheet

PROPERTIES = {"title": "Rencana Kerja Tahunan (RKT), hasil konsolidasi", "created": BUILD_DATE,
              "comments": "Dibuat oleh rkt_xl (konsolidasi)"}


class OutputWorkbook:
    def __init__(self, path: Path, triwulan: int | None = None, tmpdir: Path | None = None) -> None:
        # tmpdir: XlsxWriter's own temp files go where the caller cleans up (rkt_xl.save.scratch_dir)
        options = {**WORKBOOK_OPTIONS, "constant_memory": True, **({"tmpdir": str(tmpdir)} if tmpdir else {})}
        self.wb = xlsxwriter.Workbook(str(path), options)
        self.wb.set_properties(PROPERTIES)
        self.fmt = Formats(self.wb)
        self.rkt = self.wb.add_worksheet(C.SHEET_RKT)
        self.ringkasan = self.wb.add_worksheet(C.SHEET_RINGKASAN)
        self.profil = self.wb.add_worksheet(C.SHEET_PROFIL)
        self.sasaran = self.wb.add_worksheet(C.SHEET_SASARAN)
        self.rkt.activate()
        self.sheets: dict[str, Any] = {}              # bidang key -> worksheet
        self.totals: dict[str, BidangTotal] = {}      # bidang key -> totals, once written
        self.records: list[SubRecord] = []
        self.texts = Spool()         # the SubTexts of the records, out of memory until written
        self.realisasi = Collector(triwulan)   # issue 11: Pengukuran Kinerja, Realisasi Anggaran
        self._closed = False

    def see(self, sheet: str) -> None:
        """Reserve the place of a bidang sheet at its first appearance in any input."""
        key = bidang_key(sheet)
        if key not in self.sheets:
            self.sheets[key] = self.wb.add_worksheet(sheet)

    def write_bidang(self, bidang: Bidang) -> None:
        """Write the filled copy of a bidang sheet and keep its compact records."""
        self.see(bidang.sheet)
        key = bidang_key(bidang.sheet)
        ws = self.sheets[key]
        write_bidang_sheet(ws, self.fmt, BidangSpec(ws.name, bidang.nama), bidang.sub_kegiatan, inputs=False)
        release_written_rows(ws, keep_sizes_below=C.FIRST_DATA_ROW + 20)   # header comments
        self.records.extend(sub_records(bidang, ws.name, start=len(self.records), store=self.texts.put))
        self.realisasi.add(bidang, ws.name)
        subs = bidang.sub_kegiatan
        height = sum(sub_kegiatan_height(s) for s in subs)
        self.totals[key] = BidangTotal(ws.name, bidang.nama, len(subs), sum(s.pagu or 0 for s in subs),
                                       C.FIRST_DATA_ROW, C.FIRST_DATA_ROW + max(height, 1) - 1)

    def finish(self, plan: RktPlan, profil: Profil, sasaran: list[IndikatorSasaran], report: Report,
               names: dict[str, str], unread: list[Finding] | None = None) -> list[BidangTotal]:
        """Write every remaining sheet and the file. ``names``: bidang key -> full name, for
        bidang sheets filled in no input (written with their header only). A DRAF plan (a
        forced run with errors) opens on the Validasi sheet, ``unread`` amounts at its top."""
        for key, ws in self.sheets.items():
            if key not in self.totals:
                write_bidang_sheet(ws, self.fmt, BidangSpec(ws.name, names.get(key, ws.name)), [],
                                   inputs=False)
                self.totals[key] = BidangTotal(ws.name, names.get(key, ws.name), 0, 0,
                                               C.FIRST_DATA_ROW, C.FIRST_DATA_ROW)
        bidang = [self.totals[key] for key in self.sheets]
        write_profil_sheet(self.profil, self.fmt, profil, profil.versi_nomenklatur or DEFAULT_EDITION)
        write_sasaran_sheet(self.sasaran, self.fmt, sasaran, inputs=False)
        write_rkt_sheet(self.wb, self.rkt, plan, profil)
        write_ringkasan_sheet(self.wb, self.ringkasan, plan, bidang, profil.tahun)
        if self.realisasi.present(sasaran):

            write_realisasi_sheets(self.wb, self.realisasi, profil, sasaran)
        validasi = _write_validasi(self.wb, report, plan.draft, unread or [])
        if plan.draft:
            validasi.activate()
        self.close()
        return bidang

    def close(self) -> None:
        """Write the file (also when the run is abandoned: that releases XlsxWriter's
        temporary files; the caller deletes the result)."""
        if not self._closed:
            self._closed = True
            self.texts.close()
            self.realisasi.close()
            self.wb.close()


def _write_validasi(wb: Any, report: Report, draft: str = "", unread: list[Finding] | None = None) -> Any:
    return write_validasi_sheet(wb, report, draft=draft, unread=unread)
