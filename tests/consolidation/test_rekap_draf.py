"""Issue 10 items 7 and 8 on the real 2023 sample: the Rekapitulasi per Program below the
JUMLAH (cached values, confirmed by a LibreOffice recalculation), and a forced output with
galat that cannot pass as final (title, print header in the rendered PDF, Validasi first with
the unread Pagu cells, the command's last line)."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from rkt_xl.cli import main
from rkt_xl.consolidation.plan import COL, NILAI
from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.samples.sample import load_sample
from rkt_xl.workbook import layout as C
from rkt_xl.xlsx.template import write_workbook
from tests import lo
from tests.consolidation.test_konsolidasi import grid, value

REKAP = [("1", "5.03.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_198_054_136),
         ("2", "5.03.02", "Program Kepegawaian Daerah", 3_442_694_750),
         ("3", "5.04.02", "Program Pengembangan Sumber Daya Manusia", 479_927_500)]
DRAF = "DRAF — 1 galat belum diperbaiki"


def rekap_rows(rows: list[list[object]]) -> list[tuple[object, ...]]:
    start = next(r for r in range(len(rows)) if value(rows, r, COL["no"]) == "REKAPITULASI PER PROGRAM")
    assert [value(rows, start + 1, c) for c in (COL["no"], COL["kode"], COL["uraian"], NILAI)] == \
        ["NO", "KODE", "PROGRAM", "PAGU (Rp)"]
    out = []
    for r in range(start + 2, len(rows)):
        if not value(rows, r, COL["kode"]):
            break
        out.append((value(rows, r, COL["no"]), value(rows, r, COL["kode"]), value(rows, r, COL["uraian"]),
                    value(rows, r, NILAI)))
    return out


@pytest.fixture(scope="module")
def outputs(built, tmp_path_factory):
    folder = tmp_path_factory.mktemp("rekap")
    clean = konsolidasi([built["sample"]], output=folder / "RKT_2023.xlsx")
    rkt, specs = load_sample()
    rkt.bidang[0].sub_kegiatan[1].pagu = None          # typed as words below: unreadable
    bad = write_workbook(folder / "pagu_salah.xlsx", rkt, specs).path
    _set_text(bad, "Sekretariat", "G5", "tiga milyar")
    return {"clean": clean, "bad": bad, "folder": folder}


def _set_text(path: Path, sheet: str, cell: str, text: str) -> None:
    """Write ``text`` as an inline string into an empty cell of a NEW test file."""
    with zipfile.ZipFile(path) as zf:
        names = re.findall(r'<sheet name="([^"]*)" sheetId="\d+" r:id="rId(\d+)"', zf.read("xl/workbook.xml").decode())
        part = f"xl/worksheets/sheet{dict(names)[sheet]}.xml"
        data = {n: zf.read(n) for n in zf.namelist()}
    xml = data[part].decode()
    xml, n = re.subn(rf'<c r="{cell}"( s="\d+")?/>', rf'<c r="{cell}"\1 t="inlineStr"><is><t>{text}</t></is></c>', xml)
    assert n == 1
    data[part] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in data.items():
            zf.writestr(name, blob)


def test_rekapitulasi_per_program_below_the_jumlah(outputs):
    rows = grid(outputs["clean"].output, C.SHEET_RKT)
    jumlah = max(r for r in range(len(rows)) if value(rows, r, 0) == "JUMLAH")
    assert rekap_rows(rows[jumlah:]) == REKAP
    assert sum(t for *_, t in REKAP) == value(rows, jumlah, NILAI) == 8_120_676_386


def test_rekapitulasi_formulas_span_every_sasaran_and_libreoffice_agrees(outputs, lo_profile, tmp_path):
    from tests.consolidation.test_konsolidasi import formulas

    out = outputs["clean"].output
    rows = grid(out, C.SHEET_RKT)
    start = next(r for r in range(len(rows)) if value(rows, r, COL["no"]) == "REKAPITULASI PER PROGRAM")
    forms = formulas(out)
    k = C.col_letter(NILAI)
    assert [forms[(C.SHEET_RKT, f"{k}{start + 3 + i}")] for i in range(3)] == [
        "=SUM(K85)", "=SUM(K10,K34,K57,K66)", "=SUM(K28)"]
    shutil.copy(out, tmp_path / "ours.xlsx")
    (recalc,) = lo.convert([tmp_path / "ours.xlsx"], "xlsx", tmp_path / "lo", lo_profile)
    assert [(t[1], t[3]) for t in rekap_rows(grid(recalc, C.SHEET_RKT))] == [(t[1], t[3]) for t in REKAP]


def test_forced_output_is_a_draft_everywhere(outputs, lo_profile, tmp_path, capsys):
    out = tmp_path / "RKT_draf.xlsx"
    assert main(["konsolidasi", str(outputs["bad"]), "-o", str(out), "--paksa"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == (f"{DRAF}. Konsolidasi disimpan: {out} (4 bidang, 35 sub kegiatan, "
                    "JUMLAH Rp 5.051.085.450)")   # Gaji dan Tunjangan (Rp 3.069.590.936) unread
    rows = grid(out, C.SHEET_RKT)
    assert rows[0][0] == f"RENCANA KERJA TAHUNAN (RKT) ({DRAF})"
    with zipfile.ZipFile(out) as zf:
        book = zf.read("xl/workbook.xml").decode()
        sheets = re.findall(r'<sheet name="([^"]*)"', book)
        rkt_xml = zf.read(f"xl/worksheets/sheet{sheets.index('RKT') + 1}.xml").decode()
    assert f"&amp;C&amp;\"-,Bold\"&amp;KC00000{DRAF}" in rkt_xml          # print header
    assert re.search(r'activeTab="(\d+)"', book).group(1) == str(sheets.index("Validasi"))
    validasi = grid(out, C.SHEET_VALIDASI)
    assert [r[0] for r in validasi[2:5]] == [
        f"{DRAF}: sheet RKT belum boleh dipakai sebagai dokumen resmi.",
        "Pagu yang tidak terbaca (1 sel, tidak ikut JUMLAH di sheet RKT):",
        "'Sekretariat'!G5: 'tiga milyar'"]
    assert validasi[6][:3] == ["No", "Tingkat", "Kode temuan"]
    (pdf,) = lo.convert([out], "pdf", tmp_path / "pdf", lo_profile)
    pdf_text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
    assert pdf_text.count(DRAF) >= 2        # the Validasi sheet, the RKT title and every RKT page header


def test_a_clean_run_is_no_draft(outputs):
    out = outputs["clean"]
    assert not out.summary().startswith("DRAF")
    assert grid(out.output, C.SHEET_RKT)[0][0] == "RENCANA KERJA TAHUNAN (RKT)"
