"""Validation of the bundled 2023 sample: the reference RKT's real problems, located to the
cell and worded exactly; a corrected copy validates clean."""

import json

from rkt_xl import read_workbook
from rkt_xl.cli import main
from rkt_xl.model.nomenclature import nomenclature, parent_codes
from rkt_xl.model.target import Target
from rkt_xl.samples.sample import load_sample
from rkt_xl.validation.checks.units import suggestion
from rkt_xl.validation.judge import judge
from rkt_xl.xlsx.template import write_workbook
from tests.helpers import fingerprint

SEK, PD, INF, DIK = "Sekretariat", "Bid Pengembangan Disiplin ASN", "Bid Informasi Pengadaan Status", "Bid Diklat Penilaian Kinerja"

EXPECTED = [
    ("target-gabungan", "Sasaran", "F4"),
    ("target-gabungan", "Sasaran", "F5"),
    ("sasaran-tanpa-sub-kegiatan", "Sasaran", "A6"),
    ("nama-tidak-resmi", SEK, "C4"),
    ("nama-tidak-resmi", SEK, "C5"),
    ("nama-tidak-resmi", SEK, "C6"),
    ("nama-tidak-resmi", SEK, "C7"),
    ("satuan-tidak-cocok", SEK, "I8"),
    ("satuan-tidak-cocok", SEK, "I9"),
    ("nama-tidak-resmi", SEK, "D10"),
    ("satuan-gabungan", SEK, "I10"),
    ("target-gabungan", SEK, "J10"),
    ("satuan-tidak-cocok", SEK, "I11"),
    ("nama-tidak-resmi", SEK, "D12"),
    ("nama-tidak-resmi", SEK, "C14"),
    ("satuan-tidak-cocok", SEK, "I14"),
    ("nama-tidak-resmi", SEK, "C15"),
    ("nama-tidak-resmi", SEK, "D15"),
    ("satuan-gabungan", SEK, "I16"),
    ("target-gabungan", SEK, "J16"),
    ("target-gabungan", PD, "M4"),
    ("target-gabungan", PD, "M5"),
    ("target-gabungan", PD, "M6"),
    ("satuan-tidak-cocok", PD, "I7"),
    ("target-gabungan", PD, "M7"),
    ("target-gabungan", PD, "M8"),
    ("target-hasil-di-bawah-sasaran", PD, "M8"),
    ("target-gabungan", PD, "M9"),
    ("target-hasil-di-bawah-sasaran", PD, "M9"),
    ("nama-tidak-resmi", PD, "D10"),
    ("satuan-tidak-cocok", INF, "L4"),
    ("satuan-tidak-cocok", INF, "L5"),
    ("nama-tidak-resmi", DIK, "C4"),
    ("nama-tidak-resmi", DIK, "D4"),
    ("satuan-tidak-cocok", DIK, "I4"),
    ("target-gabungan", DIK, "M4"),
    ("nama-tidak-resmi", DIK, "C5"),
    ("target-gabungan", DIK, "M5"),
    ("nama-tidak-resmi", DIK, "C6"),
    ("satuan-tidak-cocok", DIK, "I6"),
    ("target-gabungan", DIK, "M6"),
    ("target-gabungan", DIK, "M7"),
    ("target-gabungan", DIK, "M8"),
    ("target-gabungan", DIK, "M9"),
]


def test_sample_findings_located_to_the_cell(built):
    report = judge([built["sample"]]).report
    assert [tuple(f) for f in report.flatten(["code", "sheet", "cell"])] == EXPECTED
    assert report.counts == {"galat": 0, "peringatan": 44, "berkas": 0}
    assert report.valid


def test_sample_messages_word_for_word(built):
    report = judge([built["sample"]]).report
    by_cell = {(f.sheet, f.cell, f.code): f.message for f in report.findings}
    assert by_cell[("Sasaran", "F4", "target-gabungan")] == (
        "Target '70 dan Baik' di F4 menggabungkan 2 nilai. Pisahkan menjadi satu indikator per baris, "
        "masing-masing satu nilai dan satu satuan.")
    assert by_cell[(SEK, "J10", "target-gabungan")] == (
        "Target '6 dan 140.000' di J10 menggabungkan 2 nilai. Pisahkan menjadi satu indikator per baris, "
        "masing-masing satu nilai dan satu satuan.")
    assert by_cell[(SEK, "I16", "satuan-gabungan")] == (
        "Satuan 'paket dan surat' di I16 menggabungkan beberapa satuan. Pisahkan indikatornya, satu satuan per baris.")
    assert by_cell[(INF, "L4", "satuan-tidak-cocok")] == (
        "Satuan 'dokumen' di L4 tidak cocok dengan indikator 'Meningkatnya akurasi data kepegawaian': "
        "indikator ini mengukur akurasi, bukan banyaknya dokumen. Gunakan satuan 'persen'.")
    assert by_cell[(DIK, "I4", "satuan-tidak-cocok")] == (
        "Satuan 'dokumen' di I4 tidak cocok dengan indikator 'Jumlah ASN yang mendapatkan pendidikan lanjutan': "
        "yang dihitung adalah ASN, bukan dokumen. Gunakan satuan 'orang'.")
    assert by_cell[(SEK, "I11", "satuan-tidak-cocok")] == (
        "Satuan 'kali' di I11 tidak cocok dengan indikator 'Jumlah dokumen bahan bacaan dan peraturan "
        "perundang-undangan yang disediakan': yang dihitung adalah dokumen, bukan kali. Gunakan satuan 'dokumen'.")
    assert by_cell[(PD, "M8", "target-hasil-di-bawah-sasaran")] == (
        "Target hasil '68 dan Kurang' di M8 lebih rendah dari target indikator sasaran S2.1 '70 dan Baik'. "
        "Selaraskan target hasil dengan target sasaran.")
    assert by_cell[("Sasaran", "A6", "sasaran-tanpa-sub-kegiatan")] == (
        "Indikator sasaran S2.2 'Indeks Kepuasan Masyarakat' (sel A6) tidak didukung satu pun sub kegiatan. "
        "Kaitkan sub kegiatan ke indikator ini atau hapus indikatornya.")
    assert by_cell[(SEK, "D12", "nama-tidak-resmi")] == (
        "Nama sub kegiatan 'Fasilitas Kunjungan Tamu' di D12 berbeda dari nama resmi untuk kode "
        "5.03.01.2.06.0008: 'Fasilitasi Kunjungan Tamu'. Gunakan nama resmi.")
    assert by_cell[(PD, "D10", "nama-tidak-resmi")] == (
        "Nama sub kegiatan 'Penataan sistem administrasi kenaikan pangkat otomatis PNS' di D10 berbeda dari "
        "nama resmi untuk kode 5.03.02.2.02.0002: 'Pengelolaan Kenaikan Pangkat ASN'. Gunakan nama resmi.")
    assert by_cell[(DIK, "C4", "nama-tidak-resmi")] == (
        "Nama kegiatan 'Peningkatan Kompetensi ASN' di C4 berbeda dari nama resmi untuk kode 5.03.02.2.03: "
        "'Pengembangan Kompetensi ASN'. Gunakan nama resmi.")


def corrected_sample():
    """The sample with every reported problem fixed the way a planner would."""
    rkt, specs = load_sample()
    codes = nomenclature("2021")
    for s in rkt.sasaran:
        if s.target.kind == "komposit":
            s.target = Target.parse(s.target.parts[0].raw)
    for sub in rkt.all_sub_kegiatan():
        program, kegiatan = parent_codes(sub.kode)
        sub.nama, sub.kegiatan, sub.program = codes[sub.kode].nama, codes[kegiatan].nama, codes[program].nama
        split = []
        for ind in sub.keluaran:
            if ind.target.kind == "komposit":
                for part, unit in zip(ind.target.parts, ind.satuan.split(" dan "), strict=True):
                    split.append(type(ind)(f"{ind.tolok_ukur} ({unit})", unit, Target.parse(part.raw)))
            else:
                split.append(ind)
        sub.keluaran = split
        for ind in (*sub.keluaran, *sub.hasil):
            if ind.target.kind == "komposit":
                ind.target = Target.parse(ind.target.parts[0].raw)
            if ind.target.raw == "68":
                ind.target = Target.parse("70")
            fix = suggestion(ind.tolok_ukur, ind.satuan)
            if fix:
                ind.satuan = fix[1]
        if sub.kode == "5.03.02.2.04.0003":   # Tanda Jasa now serves the orphaned IKM indicator
            sub.sasaran = "S2.2"
            sub.hasil[0].tolok_ukur, sub.hasil[0].target = "Meningkatnya nilai Indeks Kepuasan Masyarakat", Target.parse("80")
    return rkt, specs


def test_corrected_copy_validates_clean(tmp_path):
    rkt, specs = corrected_sample()
    path = write_workbook(tmp_path / "RKT_perbaikan.xlsx", rkt, specs).path
    report = judge([path]).report
    assert report.flatten(["code", "sheet", "cell", "message"]) == []
    assert read_workbook(path).total_pagu() == 8_120_676_386


def test_cli_validasi_json_and_exit_codes(built, tmp_path, capsys):
    before = fingerprint(built["sample"])
    assert main(["validasi", str(built["sample"]), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is True and data["counts"] == {"galat": 0, "peringatan": 44, "berkas": 0}
    assert data["findings"][0] == {"code": "target-gabungan", "severity": "peringatan", "file": str(built["sample"]),
                                   "sheet": "Sasaran", "cell": "F4", "value": "70 dan Baik",
                                   "message": "Target '70 dan Baik' di F4 menggabungkan 2 nilai. Pisahkan menjadi satu indikator per baris, masing-masing satu nilai dan satu satuan."}
    assert fingerprint(built["sample"]) == before
    rkt, specs = load_sample()
    rkt.bidang[0].sub_kegiatan[0].kode = "5.03.01.2.01.06"
    bad = write_workbook(tmp_path / "salah.xlsx", rkt, specs).path
    assert main(["validasi", str(bad), "--json"]) == 1
    errors = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["severity"] == "galat"]
    assert [(f["sheet"], f["cell"], f["message"]) for f in errors] == [("Sekretariat", "A4",
        "Kode '5.03.01.2.01.06' di A4 tidak sesuai format U.BB.PP.2.KK.SSSS (mis. 5.03.02.2.02.0001). "
        "Maksud Anda 5.03.01.2.01.0006 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD'?")]
    assert main(["validasi", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Ringkasan: 1 galat, 43 peringatan, 0 berkas tidak terbaca." in out
    assert "Ada galat: perbaiki sel yang disebut lalu jalankan validasi lagi." in out


def test_laporan_workbook_links_each_finding_to_its_cell(built, tmp_path, capsys):
    import openpyxl

    out = tmp_path / "laporan.xlsx"
    assert main(["validasi", str(built["sample"]), "--laporan", str(out)]) == 0
    assert f"Laporan validasi disimpan: {out}" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out)["Validasi"]
    assert ws["A1"].value == "HASIL VALIDASI RKT"
    assert ws["A2"].value == "0 galat (harus diperbaiki sebelum konsolidasi), 44 peringatan, 0 berkas tidak terbaca."
    assert [c.value for c in ws[4]] == ["No", "Tingkat", "Kode temuan", "Berkas", "Sheet", "Sel", "Nilai", "Pesan dan cara memperbaiki"]
    assert [c.value for c in ws[5]][:7] == [1, "peringatan", "target-gabungan", built["sample"].name, "Sasaran", "F4", "70 dan Baik"]
    link = ws["F5"].hyperlink
    assert link.location == "Sasaran!F4"   # quoted only when needed (quote_sheetname)
    assert link.target.replace("\\", "/") == f"../{built['sample'].parent.name}/{built['sample'].name}"
    assert ws.max_row == 4 + 44


def test_screen_tip_is_cut_in_utf16_units_as_excel_counts():
    from rkt_xl.xlsx.validasi_sheet import screen_tip

    assert screen_tip("a" * 300) == "a" * 255
    tip = screen_tip("😀" * 200)
    assert len(tip) == 127 and len(tip.encode("utf-16-le")) // 2 == 254


def test_screen_list_is_cut_with_errors_first(built, tmp_path, capsys, monkeypatch):
    rkt, specs = load_sample()
    rkt.bidang[-1].sub_kegiatan[-1].kode = "5.03.02.2.04.02"     # one error, listed last in the workbook
    bad = write_workbook(tmp_path / "salah.xlsx", rkt, specs).path
    from rkt_xl.cli import plan

    monkeypatch.setattr(plan, "SCREEN_LIMIT", 5)
    assert main(["validasi", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "... dan 40 temuan lain tidak ditampilkan (semua ada dengan --semua, --json atau --laporan)." in out
    assert "kode-format-salah" in out
    assert main(["validasi", str(bad), "--semua"]) == 1
    assert "temuan lain tidak ditampilkan" not in capsys.readouterr().out
