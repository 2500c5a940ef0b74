"""The macro workbook built by `rkt xlsm`: our VBA module and the pinned xlwings runtime
inside, every button bound to an existing Sub, macro-enabled, opened by LibreOffice."""

import re
import sys
import zipfile

import pytest
from oletools.olevba import VBA_Parser

from rkt_xl import read_workbook
from rkt_xl.validation.judge import judge
from rkt_xl.xlsx.macro import runtime_version, vba_source, write_xlsm
from tests import lo
from tests.helpers import ROOT, parts

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@pytest.fixture(scope="module")
def xlsm(tmp_path_factory):
    return write_xlsm(tmp_path_factory.mktemp("xlsm") / "RKT_template.xlsm").path



def test_committed_xlsm_equals_generator(xlsm):
    assert parts(ROOT / "workbooks" / "RKT_template.xlsm") == parts(xlsm), "run `rkt xlsm` and commit the result"


def test_vba_project_holds_our_module_and_the_runtime(xlsm):
    modules = {stream.rsplit("/", 1)[-1]: code for _, stream, _, code in VBA_Parser(str(xlsm)).extract_macros()}
    assert {"RKT", "xlwings", "Dictionary"} <= set(modules)
    assert 'RunPython "import rkt_xl.excel as x; x.validasi()"' in modules["RKT"]
    assert 'RunPython "import rkt_xl.excel as x; x.konsolidasi()"' in modules["RKT"]
    assert 'RunPython "import rkt_xl.excel as x; x.kirim()"' in modules["RKT"]
    assert "Public Function RunPython(PythonCommand As String)" in modules["xlwings"]
    assert "xlwings is distributed under a BSD 3-clause license." in modules["xlwings"]


def test_every_button_calls_an_existing_sub(xlsm):
    subs = set(re.findall(r"(?m)^Sub (\w+)\(\)", vba_source("RKT.bas")))
    assert subs == {"Validasi", "Konsolidasi", "Kirim", "BuatLKjIP", "BuatPK"}
    with zipfile.ZipFile(xlsm) as zf:
        vml = [zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/drawings/vmlDrawing")]
        content_types = zf.read("[Content_Types].xml").decode()
        workbook = zf.read("xl/workbook.xml").decode()
    bindings = [m for v in vml for m in re.findall(r"<x:FmlaMacro>\[0\]!(\w+)</x:FmlaMacro>", v)]
    # Petunjuk and the four bidang sheets each carry every button
    assert sorted(bindings) == sorted(["Validasi", "Konsolidasi", "Kirim", "BuatLKjIP", "BuatPK"] * 5)
    assert set(bindings) <= subs
    assert "application/vnd.ms-excel.sheet.macroEnabled.main+xml" in content_types
    assert 'codeName="ThisWorkbook"' in workbook
    assert '<sheet name="xlwings.conf"' in workbook


def test_pinned_xlwings_equals_the_embedded_runtime():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in data["project"]["optional-dependencies"]["excel"] if d.startswith("xlwings")]
    assert pins == [f"xlwings=={runtime_version()}"]
    assert runtime_version() == "0.37.8"


def test_macros_folder_holds_the_module_that_is_embedded():
    assert (ROOT / "macros" / "RKT.bas").read_bytes() == (ROOT / "rkt_xl" / "xlsx" / "vba" / "RKT.bas").read_bytes()


def test_the_macro_workbook_reads_and_validates_like_the_template(xlsm):
    rkt = read_workbook(xlsm)
    assert [b.sheet for b in rkt.bidang] == ["Sekretariat", "Bid Pengembangan Disiplin ASN",
                                             "Bid Informasi Pengadaan Status", "Bid Diklat Penilaian Kinerja"]
    report = judge([xlsm]).report
    assert not any(f.code == "sheet-tidak-dikenal" for f in report.findings)


def test_libreoffice_opens_it_and_sees_the_modules(xlsm, lo_profile, tmp_path):
    (ods,) = lo.convert([xlsm], "ods", tmp_path, lo_profile)
    with zipfile.ZipFile(ods) as zf:
        names = set(zf.namelist())
        assert {"Basic/VBAProject/RKT.xml", "Basic/VBAProject/xlwings.xml"} <= names
        assert "x.validasi()" in zf.read("Basic/VBAProject/RKT.xml").decode()
