"""Resource limits of the read path: per part, per sheet, per workbook and per run.

Every limit sits beside its constant with what it was measured on, and each has its own
message (in the catalogue) that names the limit. The limits per file are checked by
:mod:`rkt_xl.workbook.sniff` before a spreadsheet library sees the file; the limits per run
are kept by one :class:`Budget` that the caller (``validate_paths``, ``konsolidasi``) passes
to every file of the run, so a folder of many small hostile files cannot add up to what one
file may not do. A folder run holds one workbook's grids at a time (grids are dropped as
soon as the model is read), so memory is bounded by the per-workbook limits.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from rkt_xl.errors import FileError
from rkt_xl.model.numbers import format_id

MIB = 1024 * 1024

# Zip-bomb limits: checked on the zip directory before anything is inflated, then enforced
# while inflating. Measured (zlib levels 1-9) on the sample workbook (`rkt contoh`):
# - its own parts: ratio at most 8;
# - one bidang sheet with 1,000,000 formatted empty rows appended,
#   `<row r="N" s="1" customFormat="1"/>`: 40 MB, ratio 15.7-16.6; as Excel writes them,
#   `<row r="N" spans="1:17" s="1" customFormat="1" x14ac:dyDescent="0.25"/>`: 76 MB, ratio 28.1-28.6;
# - 200,000 rows of 17 styled empty cells: 80 MB, ratio 12;
# - the most repetitive legitimate part we could build, 64,000 identical cell styles (Excel's
#   maximum) in styles.xml: 4 MB, ratio 342.
# Deflate cannot exceed about 1,030:1, and that is where bombs (runs of one byte) sit.
MAX_UNCOMPRESSED = 300 * MIB   # all parts of one file together, declared and actually inflated
MAX_RATIO = 500                # inflated/compressed size of one part larger than RATIO_FROM
RATIO_FROM = 1 * MIB
MAX_ENTRIES = 10_000

# python-calamine allocates rows x columns of a sheet's used area however sparse it is: a
# single value in XFD1048576 asks for 512 GiB and aborts the whole process. Measured: 6.5M
# cells (400 rows to column XFD) 262 MB peak; 17.8M cells (A1:Q1048576) 773 MB and 2.6 s.
MAX_CELLS = 8_000_000
# The same bound over all sheets of one workbook: the grids of one workbook are held together
# (40 sheets with one value each in row 1,048,576 took 3 GB before this bound). A Pemda-scale
# input (4 bidang x 600 rows x 17 columns plus Referensi) uses about 0.2M.
MAX_WORKBOOK_CELLS = 8_000_000

# sharedStrings.xml: calamine reserves room for the declared ``uniqueCount`` before reading
# one string (4,294,967,295 asked for ~100 GB and aborted the process, exit 134). Strings
# take 24 bytes of reservation each, so 2,000,000 costs at most 48 MB up front. The sample
# has 1,012; a Pemda-scale input about 10,000.
MAX_SHARED_STRINGS = 2_000_000

# Per run (all files of one `rkt validasi` / `rkt konsolidasi`): bounds the time of the run.
# Measured on this 2-core machine: the scan plus calamine read about 60 MB of XML per second,
# so 2 GiB inflated is about 35 s; calamine needs ~0.15 s per million cells of area, so 100M
# cells are about 15 s; the 10x benchmark (40 files x 4 x 600 rows) uses about 0.3 GiB, 8M
# cells and 0.4M strings.
MAX_RUN_UNCOMPRESSED = 2048 * MIB
MAX_RUN_CELLS = 100_000_000
MAX_RUN_SHARED_STRINGS = 10_000_000

# Excel keeps at most 65,530 hyperlinks per sheet; the Validasi sheet links each finding to
# its cell up to that many (rkt_xl.xlsx.validasi_sheet.LINKS_MAX), later ones are plain text
# and the judgement says so (finding ``tautan-terlalu-banyak``).
EXCEL_LINKS_MAX = 65_530


@dataclass
class Budget:
    """What one run has used so far; :meth:`charge_*` raise FileError past a limit."""

    inflated: int = 0
    cells: int = 0
    strings: int = 0
    # read when a run starts (not when this class is defined), so a test can lower them
    max_inflated: int = field(default_factory=lambda: _module.MAX_RUN_UNCOMPRESSED)
    max_cells: int = field(default_factory=lambda: _module.MAX_RUN_CELLS)
    max_strings: int = field(default_factory=lambda: _module.MAX_RUN_SHARED_STRINGS)

    def charge_bytes(self, path: Path, n: int) -> None:
        self.inflated += n
        if self.inflated > self.max_inflated:
            raise FileError("andal.batas-proses-byte", path=path, limit=self.max_inflated // MIB)

    def charge_cells(self, path: Path, n: int) -> None:
        self.cells += n
        if self.cells > self.max_cells:
            raise FileError("andal.batas-proses-sel", path=path, limit=format_id(self.max_cells))

    def charge_strings(self, path: Path, n: int) -> None:
        self.strings += n
        if self.strings > self.max_strings:
            raise FileError("andal.batas-proses-teks", path=path, limit=format_id(self.max_strings))

    def settle(self, path: Path, spent: tuple[int, int, int]) -> FileError | None:
        """Charge what one file's reading used (bytes, cells, strings; read from a copy of
        this budget, perhaps in a helper process); the limit it passes, if any."""
        try:
            self.charge_bytes(path, spent[0])
            self.charge_cells(path, spent[1])
            self.charge_strings(path, spent[2])
        except FileError as exc:
            return exc
        return None


_module = sys.modules[__name__]
