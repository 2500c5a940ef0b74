"""The one definition of the template's sheets and columns.

The template builder, the reader and the checks all take header text, position,
width, validation and model field from here; no column index is written anywhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from xlsxwriter.utility import xl_cell_to_rowcol, xl_col_to_name, xl_rowcol_to_cell

# Fixed sheet names of the template. Any other sheet whose header row matches
# BIDANG_COLUMNS is a bidang sheet.
SHEET_PETUNJUK = "Petunjuk"
SHEET_PROFIL = "Profil"
SHEET_SASARAN = "Sasaran"
SHEET_REFERENSI = "Referensi"
# Sheets written by later steps (consolidation, validation report, xlwings config).
SHEET_RKT = "RKT"
SHEET_VALIDASI = "Validasi"
SHEET_RINGKASAN = "Ringkasan"
SHEET_XLWINGS_CONF = "xlwings.conf"   # read by the xlwings VBA runtime (interpreter path)
SHEET_PENGUKURAN = "Pengukuran Kinerja"   # written by the consolidation when realisasi is filled
SHEET_ANGGARAN = "Realisasi Anggaran"
RESERVED_SHEETS = frozenset({
    SHEET_PETUNJUK, SHEET_PROFIL, SHEET_SASARAN, SHEET_REFERENSI,
    SHEET_RKT, SHEET_VALIDASI, SHEET_RINGKASAN, SHEET_XLWINGS_CONF, "_xlwings.conf",
    SHEET_PENGUKURAN, SHEET_ANGGARAN,
})

# Table layout shared by the bidang and Sasaran sheets (0-based rows).
TITLE_ROW = 0
GROUP_ROW = 1
HEADER_ROW = 2
FIRST_DATA_ROW = 3
# Rows pre-formatted for input in a fresh template.
BIDANG_INPUT_ROWS = 300
SASARAN_INPUT_ROWS = 100

# Kinds of cell content.
TEXT = "text"          # free text, stored as text
CODE = "code"          # a code; text even when it looks like a number
RUPIAH = "rupiah"      # whole Rupiah, a number cell
TARGET = "target"      # a Target, stored as text so '6.500' stays '6.500'
YEAR = "year"

# Input groups (colour): rencana = plan, filled by the bidang; realisasi = year-end.
RENCANA = "rencana"
REALISASI = "realisasi"


@dataclass(frozen=True)
class Column:
    key: str           # model field; "keluaran.x"/"hasil.x" are fields of an Indikator
    header: str        # header text in HEADER_ROW (unique within a sheet)
    width: float
    kind: str = TEXT
    validation: str | None = None   # name of a list or rule, see template.VALIDATIONS
    group: str = ""                 # label over the header (GROUP_ROW)
    input: str = RENCANA
    required: bool = False
    note: str = ""                  # hint shown as a comment on the header cell
    optional: bool = False          # added after the first template (issue 11): a workbook
    #                                 filled with an older template may lack it, no finding
    level_outline: int = 1          # outline level of a realisasi column (2 = folds inside)

    @property
    def level(self) -> str:
        """'sub' for a SubKegiatan field, 'keluaran' or 'hasil' for an indicator field."""
        head, _, _ = self.key.partition(".")
        return head if head in ("keluaran", "hasil") else "sub"

    @property
    def field(self) -> str:
        return self.key.partition(".")[2] or self.key


# Triwulan numerals and the notes of the realisasi columns added by issue 11.
TW = {1: "I", 2: "II", 3: "III", 4: "IV"}
TRIWULAN = (1, 2, 3, 4)
NOTE_TW_ANGGARAN = ("Realisasi anggaran per triwulan (Rp, bukan kumulatif). Kolom 'Realisasi Anggaran (Rp)' "
                    "berisi angka setahun; bila diketik, harus sama dengan jumlah TW I-IV.")
NOTE_TW_INDIKATOR = ("Realisasi indikator per triwulan. Kolom 'Realisasi Keluaran'/'Realisasi Hasil' "
                     "berisi angka setahun.")
NOTE_TW_SASARAN = ("Realisasi per triwulan. Kolom 'Realisasi' berisi angka setahun; bila kosong, "
                   "dihitung dari triwulan menurut Sifat Realisasi.")
NOTE_SIFAT = ("kumulatif: angka setahun = jumlah TW I-IV (jumlah orang, dokumen). non-kumulatif: angka "
              "setahun = triwulan terakhir yang diisi (persen, indeks). Kosong = non-kumulatif.")
NOTE_SKALA = ("Untuk target kualitatif: urutan dari terburuk ke terbaik, dipisah '<', mis. "
              "Kurang < Cukup < Baik < Sangat Baik.")
KUMULATIF = "kumulatif"
NON_KUMULATIF = "non-kumulatif"
SIFAT = (KUMULATIF, NON_KUMULATIF)

BIDANG_COLUMNS: tuple[Column, ...] = (
    Column("kode", "Kode Sub Kegiatan", 19, CODE, "kode", "kelompok-sub", required=True,
           note="Format U.BB.PP.2.KK.SSSS, mis. 5.03.02.2.02.0001. Pilih dari daftar."),
    Column("program", "Program", 28, group="kelompok-sub", required=True),
    Column("kegiatan", "Kegiatan", 28, group="kelompok-sub", required=True),
    Column("nama", "Sub Kegiatan", 36, group="kelompok-sub", required=True),
    Column("sasaran", "Kode Sasaran", 10, CODE, "sasaran", "kelompok-sub", required=True,
           note="Kode indikator sasaran dari sheet Sasaran yang didukung sub kegiatan ini."),
    Column("sumber_dana", "Sumber Dana", 11, TEXT, "sumber_dana", "kelompok-sub", required=True),
    Column("pagu", "Pagu (Rp)", 17, RUPIAH, "rupiah", "kelompok-sub", required=True,
           note="Angka bulat Rupiah, mis. 171368000."),
    Column("keluaran.tolok_ukur", "Tolok Ukur Keluaran", 36, group="kelompok-keluaran", required=True),
    Column("keluaran.satuan", "Satuan Keluaran", 11, TEXT, "satuan", "kelompok-keluaran", required=True),
    Column("keluaran.target", "Target Keluaran", 10, TARGET, group="kelompok-keluaran", required=True,
           note="Satu nilai: 6.500 atau 95,5 atau Baik. Jangan '6 dan 150'."),
    Column("hasil.tolok_ukur", "Tolok Ukur Hasil", 36, group="kelompok-hasil", required=True),
    Column("hasil.satuan", "Satuan Hasil", 11, TEXT, "satuan", "kelompok-hasil", required=True),
    Column("hasil.target", "Target Hasil", 10, TARGET, group="kelompok-hasil", required=True),
    Column("realisasi_anggaran", "Realisasi Anggaran (Rp)", 17, RUPIAH, "rupiah",
           "kelompok-realisasi", REALISASI),
    Column("keluaran.realisasi", "Realisasi Keluaran", 11, TARGET, group="kelompok-realisasi",
           input=REALISASI),
    Column("hasil.realisasi", "Realisasi Hasil", 11, TARGET, group="kelompok-realisasi",
           input=REALISASI),
    Column("keterangan", "Keterangan", 24, group="kelompok-realisasi", input=REALISASI),
    # Realisasi per triwulan (issue 11), after every older column so that workbooks filled
    # with the previous template keep their column positions.
    *(Column(f"realisasi_anggaran_tw{n}", f"Realisasi Anggaran TW {TW[n]} (Rp)", 15, RUPIAH, "rupiah",
             "realisasi.kelompok-anggaran-tw", REALISASI, optional=True, level_outline=2,
             note=NOTE_TW_ANGGARAN if n == 1 else "") for n in (1, 2, 3, 4)),
    *(Column(f"keluaran.realisasi_tw{n}", f"Realisasi Keluaran TW {TW[n]}", 10, TARGET,
             group="realisasi.kelompok-keluaran-tw", input=REALISASI, optional=True, level_outline=2,
             note=NOTE_TW_INDIKATOR if n == 1 else "") for n in (1, 2, 3, 4)),
    *(Column(f"hasil.realisasi_tw{n}", f"Realisasi Hasil TW {TW[n]}", 10, TARGET,
             group="realisasi.kelompok-hasil-tw", input=REALISASI, optional=True, level_outline=2)
      for n in (1, 2, 3, 4)),
)

SASARAN_COLUMNS: tuple[Column, ...] = (
    Column("kode", "Kode", 8, CODE, group="kelompok-sasaran", required=True,
           note="Kode unik indikator sasaran, mis. S1.1 (sasaran 1, indikator 1)."),
    Column("tujuan", "Tujuan", 34, group="kelompok-sasaran", required=True),
    Column("sasaran", "Sasaran", 34, group="kelompok-sasaran", required=True),
    Column("indikator", "Indikator Sasaran", 34, group="kelompok-sasaran", required=True),
    Column("satuan", "Satuan", 11, TEXT, "satuan", "kelompok-sasaran", required=True),
    Column("target", "Target", 11, TARGET, group="kelompok-sasaran", required=True),
    Column("polaritas", "Polaritas", 10, TEXT, "polaritas", "kelompok-sasaran", required=True),
    Column("realisasi", "Realisasi", 11, TARGET, group="kelompok-realisasi", input=REALISASI),
    # Issue 11: realisasi per triwulan, how the year aggregates, and the LKjIP comparisons.
    *(Column(f"realisasi_tw{n}", f"Realisasi TW {TW[n]}", 10, TARGET, group="realisasi.kelompok-triwulan",
             input=REALISASI, optional=True, level_outline=2, note=NOTE_TW_SASARAN if n == 1 else "")
      for n in (1, 2, 3, 4)),
    Column("sifat", "Sifat Realisasi", 14, TEXT, "sifat", "realisasi.kelompok-triwulan", REALISASI,
           optional=True, level_outline=2, note=NOTE_SIFAT),
    Column("realisasi_n1", "Realisasi Tahun Lalu (N-1)", 12, TARGET, group="realisasi.kelompok-pembanding",
           input=REALISASI, optional=True, level_outline=2),
    Column("target_renstra", "Target Akhir Renstra", 12, TARGET, group="realisasi.kelompok-pembanding",
           input=REALISASI, optional=True, level_outline=2),
    Column("skala", "Skala Kualitatif", 24, TEXT, group="realisasi.kelompok-pembanding",
           input=REALISASI, optional=True, level_outline=2, note=NOTE_SKALA),
)


@dataclass(frozen=True)
class ProfilField:
    key: str
    label: str
    kind: str = TEXT
    validation: str | None = None


PROFIL_FIELDS: tuple[ProfilField, ...] = (
    ProfilField("pemda", "Pemerintah Daerah"),
    ProfilField("opd", "Nama Perangkat Daerah (OPD)"),
    ProfilField("tahun", "Tahun Anggaran", YEAR, "tahun"),
    ProfilField("kepala", "Nama Kepala OPD"),
    ProfilField("nip", "NIP Kepala OPD", CODE),
    ProfilField("tempat", "Tempat Penetapan"),
    ProfilField("tanggal", "Tanggal Penetapan"),
    ProfilField("versi_nomenklatur", "Versi Nomenklatur (Kepmendagri)", CODE, "versi"),
)
PROFIL_LABEL_COL = 0
PROFIL_VALUE_COL = 1
PROFIL_FIRST_ROW = 2   # row of the first field (0-based)

POLARITAS = ("positif", "negatif")
SUMBER_DANA = ("DAU", "DAK Fisik", "DAK Non Fisik", "DBH", "DID", "PAD", "BLUD", "Lainnya")
SATUAN = (
    "dokumen", "laporan", "orang", "orang/bulan", "paket", "unit", "jenis", "lembar", "kali",
    "kegiatan", "lembaga", "bulan", "persen", "nilai", "indeks", "predikat", "surat", "buah",
    "eksemplar", "set", "sistem", "aplikasi", "hari", "jam",
)

BIDANG_KEYS = tuple(c.key for c in BIDANG_COLUMNS)
# The columns of the first template: a sheet is a bidang sheet when it has half of them.
BIDANG_CORE = tuple(c for c in BIDANG_COLUMNS if not c.optional)
SASARAN_KEYS = tuple(c.key for c in SASARAN_COLUMNS)


def col_index(columns: tuple[Column, ...], key: str) -> int:
    """0-based position of the column holding ``key``."""
    return next(i for i, c in enumerate(columns) if c.key == key)


_A1 = re.compile(r"[A-Z]{1,3}[0-9]{1,7}")


_LETTERS = tuple(xl_col_to_name(i) for i in range(702))   # A..ZZ: every column our sheets use


def col_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 26 -> AA); called for every reference
    of a Pemda-wide run (some 600,000), so the first 702 come from a table."""
    return _LETTERS[index] if 0 <= index < 702 else xl_col_to_name(index)


def a1(row: int, col: int) -> str:
    """0-based (row, col) -> A1 address."""
    return xl_rowcol_to_cell(row, col)


def cell_position(address: str) -> tuple[int, int]:
    """A1 address -> 0-based (row, col); (0, 0) for an empty or malformed address."""
    return xl_cell_to_rowcol(address) if _A1.fullmatch(address) else (0, 0)
