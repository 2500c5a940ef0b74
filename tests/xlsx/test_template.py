"""The template workbook: reproducible, dropdowns and protection present, opens in LibreOffice."""


import openpyxl
import pytest

from rkt_xl.errors import ConfigError
from rkt_xl.workbook import layout as C
from rkt_xl.workbook.bidang import DEFAULT_BIDANG, BidangSpec, parse_bidang, short_sheet_name
from rkt_xl.xlsx.template import write_workbook
from tests import lo
from tests.helpers import ROOT, parts


def test_committed_template_equals_generator(built):
    committed = ROOT / "workbooks" / "RKT_template.xlsx"
    assert parts(committed) == parts(built["template"]), "run `rkt templat` and commit the result"


def test_committed_sample_equals_generator(built):
    committed = ROOT / "workbooks" / "contoh" / "RKT_BKPSDM_2023.xlsx"
    assert parts(committed) == parts(built["sample"]), "run `rkt contoh` and commit the result"


def test_generation_is_byte_for_byte_reproducible(tmp_path, built):
    again = write_workbook(tmp_path / "again.xlsx").path
    assert again.read_bytes() == built["template"].read_bytes()


def test_sheets_and_headers(built):
    wb = openpyxl.load_workbook(built["template"])
    assert wb.sheetnames == ["Petunjuk", "Profil", "Sasaran", *[b.sheet for b in DEFAULT_BIDANG], "Referensi"]
    for spec in DEFAULT_BIDANG:
        ws = wb[spec.sheet]
        assert len(spec.sheet) <= 31
        assert ws.cell(C.TITLE_ROW + 1, 1).value == spec.nama
        headers = [ws.cell(C.HEADER_ROW + 1, i + 1).value for i in range(len(C.BIDANG_COLUMNS))]
        assert headers == [c.header for c in C.BIDANG_COLUMNS]
        assert ws.freeze_panes == "B4"
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
        assert ws.print_title_rows == "$1:$3"
    sas = wb["Sasaran"]
    assert [sas.cell(C.HEADER_ROW + 1, i + 1).value for i in range(len(C.SASARAN_COLUMNS))] == \
        [c.header for c in C.SASARAN_COLUMNS]


def test_dropdowns_and_protection(built):
    wb = openpyxl.load_workbook(built["template"])
    names = {n: wb.defined_names[n].attr_text for n in wb.defined_names}
    assert names["DaftarKode"].startswith("'Referensi'!$A$4:$A$")
    assert names["DaftarSatuan"] == f"'Referensi'!$G$4:$G${3 + len(C.SATUAN)}"
    assert names["DaftarSumberDana"] == f"'Referensi'!$I$4:$I${3 + len(C.SUMBER_DANA)}"
    assert names["DaftarSasaran"] == "'Sasaran'!$A$4:$A$103"
    last = C.FIRST_DATA_ROW + C.BIDANG_INPUT_ROWS
    for spec in DEFAULT_BIDANG:
        ws = wb[spec.sheet]
        assert ws.protection.sheet is True and ws.protection.password is None
        assert ws.protection.insertRows is False  # False = allowed in OOXML's inverted flags
        found = {(dv.type, dv.formula1, str(dv.sqref)) for dv in ws.data_validations.dataValidation}
        def col(key):
            return C.col_letter(C.col_index(C.BIDANG_COLUMNS, key))
        expected = {
            ("list", "DaftarKode", f"{col('kode')}4:{col('kode')}{last}"),
            ("list", "DaftarSasaran", f"{col('sasaran')}4:{col('sasaran')}{last}"),
            ("list", "DaftarSumberDana", f"{col('sumber_dana')}4:{col('sumber_dana')}{last}"),
            ("list", "DaftarSatuan", f"{col('keluaran.satuan')}4:{col('keluaran.satuan')}{last}"),
            ("list", "DaftarSatuan", f"{col('hasil.satuan')}4:{col('hasil.satuan')}{last}"),
            ("whole", "0", f"{col('pagu')}4:{col('pagu')}{last}"),
            ("whole", "0", f"{col('realisasi_anggaran')}4:{col('realisasi_anggaran')}{last}"),
            *(("whole", "0", f"{col(k)}4:{col(k)}{last}")
              for k in (f"realisasi_anggaran_tw{n}" for n in C.TRIWULAN)),   # issue 11
        }
        assert found == expected
        for i, column in enumerate(C.BIDANG_COLUMNS, start=1):
            data = ws.cell(C.FIRST_DATA_ROW + 1, i)
            assert data.protection.locked is False, column.key
            assert ws.cell(C.HEADER_ROW + 1, i).protection.locked is True
            fmt = {"rupiah": "#,##0"}.get(column.kind, "@")
            assert data.number_format == fmt, column.key
    profil = wb["Profil"]
    assert profil.protection.sheet is True
    assert [profil.cell(C.PROFIL_FIRST_ROW + 1 + i, 1).value for i in range(len(C.PROFIL_FIELDS))] == \
        [f.label for f in C.PROFIL_FIELDS]


def test_template_and_sample_open_in_libreoffice(built, lo_profile, tmp_path):
    pdfs = lo.convert([built["template"], built["sample"]], "pdf", tmp_path, lo_profile)
    for pdf in pdfs:
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000


def test_custom_bidang(tmp_path):
    specs = [parse_bidang("Keuangan=Bidang Keuangan Daerah"), parse_bidang("Bidang Pengelolaan Barang Milik Daerah dan Aset Lainnya")]
    assert specs[1] == BidangSpec("Bid Pengelolaan Barang Milik", "Bidang Pengelolaan Barang Milik Daerah dan Aset Lainnya")
    path = write_workbook(tmp_path / "t.xlsx", bidang=specs).path
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.sheetnames == ["Petunjuk", "Profil", "Sasaran", "Keuangan", "Bid Pengelolaan Barang Milik", "Referensi"]


@pytest.mark.parametrize("value, reason", [
    ("Nama sheet yang jauh terlalu panjang untuk Excel=X", "nama sheet lebih dari 31 karakter"),
    ("Bid[1]=X", "nama sheet tidak boleh memuat karakter"),
    ("Referensi=X", "nama itu dipakai oleh sheet bawaan templat"),
])
def test_bad_bidang_names(value, reason):
    with pytest.raises(ConfigError) as err:
        parse_bidang(value)
    assert str(err.value).startswith(f"Nama bidang '{value}' tidak dapat dipakai: {reason}")


def test_short_sheet_name():
    assert short_sheet_name("Bidang Informasi, Pengadaan dan Status ASN") == "Bid Informasi Pengadaan Status"
    assert len(short_sheet_name("x" * 40)) == 31
