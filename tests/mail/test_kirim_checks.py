"""Everything `rkt kirim` checks before connecting: the workbook (judged as by `rkt konsolidasi`),
addresses, settings, the size limit with offers that fit, documents, the .eml draft."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import zipfile
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from rkt_xl.cli import main
from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.errors import ConfigError, MailError
from rkt_xl.mail.log import read_records
from rkt_xl.mail.run import KirimOptions, kirim
from rkt_xl.model.numbers import format_id
from rkt_xl.samples.sample import load_sample
from rkt_xl.xlsx.template import write_workbook
from tests.helpers import fingerprint

from .conftest import USER

BAPPEDA = "bappeda@contoh.go.id"
# settings of a server that is never reached: every test here stops (or drafts) before connecting
NOWHERE = {"RKT_SMTP_HOST": "127.0.0.1", "RKT_SMTP_PORT": "9", "RKT_SMTP_DARI": USER}


@pytest.fixture(scope="module")
def with_galat(tmp_path_factory) -> Path:
    """A consolidated workbook with one galat (a negative pagu), made with --paksa."""
    folder = tmp_path_factory.mktemp("galat")
    rkt, specs = load_sample()
    first = rkt.bidang[0]
    rkt.bidang[0] = dataclasses.replace(first, sub_kegiatan=[dataclasses.replace(first.sub_kegiatan[0], pagu=-100),
                                                             *first.sub_kegiatan[1:]])
    source = write_workbook(folder / "RKT_BKPSDM_2023.xlsx", rkt, specs).path
    result = konsolidasi([source], paksa=True)
    assert result.report.counts["galat"] == 1
    return result.output


def test_a_bidang_copy_is_refused_and_sent_only_with_paksa(built, tmp_path):
    copy = Path(shutil.copy(built["sample"], tmp_path / "RKT_BKPSDM_2023.xlsx"))
    before = fingerprint(copy)
    with pytest.raises(MailError) as caught:
        kirim([copy], KirimOptions(ke=[BAPPEDA]), environ=NOWHERE)
    assert str(caught.value) == (
        f"'{copy}' bukan hasil konsolidasi (tidak ada sheet RKT), jadi tidak dikirim. Jalankan dulu rkt konsolidasi "
        f"{copy} lalu kirim berkas RKT_konsolidasi_<tahun>.xlsx yang dihasilkan (dari Excel: klik Konsolidasi lalu "
        "simpan). Untuk tetap mengirim berkas ini, tambahkan --paksa.")
    result = kirim([copy], KirimOptions(ke=[BAPPEDA], paksa=True), environ=NOWHERE, eml=tmp_path / "d.eml")
    msg = message_from_bytes((tmp_path / "d.eml").read_bytes(), policy=default)
    assert msg["Subject"] == "[DIPAKSA: bukan hasil konsolidasi] RKT 2023 Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    assert "PERHATIAN: berkas ini dikirim dengan --paksa walaupun bukan hasil konsolidasi." in msg.get_body(("plain",)).get_content()
    assert result.warnings == ["Dengan --paksa: dikirim walaupun bukan hasil konsolidasi; subjek dan isi surel menyebutnya."]
    assert fingerprint(copy) == before


def test_a_workbook_with_galat_is_refused_without_paksa(with_galat, tmp_path, monkeypatch, capsys):
    for key, value in NOWHERE.items():
        monkeypatch.setenv(key, value)
    assert main(["kirim", str(with_galat), "--ke", BAPPEDA]) == 3
    err = " ".join(capsys.readouterr().err.split())
    assert err == (f"GALAT: '{with_galat}' masih memuat 1 galat (44 peringatan), jadi tidak dikirim. Jalankan rkt validasi "
                   f"{with_galat}, perbaiki sel yang disebut, konsolidasi ulang lalu kirim. Untuk tetap mengirim, tambahkan "
                   "--paksa (subjek dan isi surel akan menyebutnya).")
    out = tmp_path / "paksa.eml"
    assert main(["kirim", str(with_galat), "--ke", BAPPEDA, "--paksa", "--eml", str(out)]) == 0
    msg = message_from_bytes(out.read_bytes(), policy=default)
    assert msg["Subject"].startswith("[DIPAKSA: 1 galat] RKT 2023 ")
    body = msg.get_body(("plain",)).get_content()
    assert "- Hasil pemeriksaan rkt_xl: 1 galat, 44 peringatan" in body
    rkt, _ = load_sample()
    jumlah = rkt.total_pagu() - rkt.bidang[0].sub_kegiatan[0].pagu - 100   # the negative pagu, as the workbook has it
    assert f"- JUMLAH Rp {format_id(jumlah)} untuk 35 sub kegiatan" in body
    assert read_records(with_galat.parent)[-1]["dipaksa"] == ["1 galat"]


def test_eml_draft_parses_back_with_the_same_attachments(workbook, tmp_path, capsys, monkeypatch):
    doc = workbook.parent / "LKjIP_BKPSDM_2023.docx"
    pdf = workbook.parent / "LKjIP_BKPSDM_2023.pdf"
    other_year = workbook.parent / "PK_BKPSDM_2022.docx"
    for path, data in ((doc, b"PK\x03\x04 docx"), (pdf, b"%PDF-1.7 isi"), (other_year, b"lama")):
        path.write_bytes(data)
    for key, value in NOWHERE.items():
        monkeypatch.setenv(key, value)
    out = tmp_path / "draf" / "RKT_2023.eml"
    out.parent.mkdir()
    assert main(["kirim", str(workbook), "--ke", BAPPEDA, "--lampiran", "--pesan", "Mohon diperiksa.",
                 "--subjek", "RKT 2023\nBcc: penyusup@contoh.com", "--eml", str(out)]) == 0
    assert capsys.readouterr().out.strip().startswith(f"Draf surel ditulis: {out}.")
    msg = message_from_bytes(out.read_bytes(), policy=default)
    assert msg["X-Unsent"] == "1" and msg["To"] == BAPPEDA and msg["Bcc"] is None
    assert msg["Subject"] == "RKT 2023 Bcc: penyusup@contoh.com"     # a header cannot be injected
    got = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert list(got) == ["RKT_konsolidasi_2023.xlsx", "LKjIP_BKPSDM_2023.docx", "LKjIP_BKPSDM_2023.pdf"]
    for name, data in got.items():
        assert data == (workbook.parent / name).read_bytes()
        assert f"sha256: {hashlib.sha256(data).hexdigest()}" in msg.get_body(("plain",)).get_content()
    assert "Mohon diperiksa." in msg.get_body(("plain",)).get_content()
    [record] = read_records(workbook.parent)
    assert record["cara"] == "eml" and [a["nama"] for a in record["lampiran"]] == list(got)
    assert record["message_id"] == msg["Message-ID"]


def test_zip_packs_the_attachments_and_lists_what_is_inside(workbook, tmp_path):
    (workbook.parent / "PK_BKPSDM_2023.pdf").write_bytes(b"%PDF-1.7 pk")
    kirim([workbook], KirimOptions(ke=[BAPPEDA], lampiran=True, zip=True), environ=NOWHERE, eml=tmp_path / "z.eml")
    msg = message_from_bytes((tmp_path / "z.eml").read_bytes(), policy=default)
    [part] = msg.iter_attachments()
    assert part.get_filename() == "RKT_kirim_2023.zip"
    import io

    with zipfile.ZipFile(io.BytesIO(part.get_content())) as zf:
        assert zf.namelist() == ["RKT_konsolidasi_2023.xlsx", "PK_BKPSDM_2023.pdf"]
        assert zf.read("RKT_konsolidasi_2023.xlsx") == workbook.read_bytes()
    body = msg.get_body(("plain",)).get_content()
    size = format_id(workbook.stat().st_size)
    assert f"   berisi: RKT_konsolidasi_2023.xlsx ({size} byte), sha256: {hashlib.sha256(workbook.read_bytes()).hexdigest()}" in body


def test_over_the_limit_nothing_is_sent_and_the_offers_fit(workbook, tmp_path):
    (workbook.parent / "LKjIP_BKPSDM_2023.pdf").write_bytes(bytes(range(256)) * 400)   # 102 KB, incompressible enough
    (workbook.parent / "rkt_kirim.toml").write_text("[kirim]\nbatas_lampiran_mb = 0.1\n", encoding="utf-8")
    with pytest.raises(MailError) as caught:
        kirim([workbook], KirimOptions(ke=[BAPPEDA], lampiran=True), environ=NOWHERE, eml=tmp_path / "x.eml")
    text = str(caught.value)
    assert caught.value.exit_code == 3
    assert text.startswith("Pesan terlalu besar: lampiran RKT_konsolidasi_2023.xlsx 0,05 MB, LKjIP_BKPSDM_2023.pdf 0,10 MB (0,15 MB), "
                           "setelah dikodekan untuk surel 0,2")
    assert "MB, batas 0,10 MB. Tidak ada yang dikirim." in text
    assert "Kemas lampiran menjadi satu zip (pesan 0,0" in text and "tambahkan --zip." in text
    assert "Tinggalkan PDF (pesan 0,07 MB): tambahkan --tanpa-pdf." in text
    assert not (tmp_path / "x.eml").exists() and read_records(workbook.parent) == []
    # an offer works: the same command with --tanpa-pdf goes through
    kirim([workbook], KirimOptions(ke=[BAPPEDA], lampiran=True, tanpa_pdf=True), environ=NOWHERE, eml=tmp_path / "x.eml")
    assert (tmp_path / "x.eml").is_file()


def test_nothing_fits_says_what_to_do_instead(workbook, tmp_path):
    (workbook.parent / "rkt_kirim.toml").write_text("[kirim]\nbatas_lampiran_mb = 0.01\n", encoding="utf-8")
    with pytest.raises(MailError) as caught:
        kirim([workbook], KirimOptions(ke=[BAPPEDA]), environ=NOWHERE, eml=tmp_path / "x.eml")
    assert str(caught.value).endswith("Kirim berkas satu per satu dalam beberapa surel, atau bagikan lewat penyimpanan bersama "
                                      "kantor dan kirim tautannya; bila server penerima mengizinkan pesan lebih besar, naikkan "
                                      "batas_lampiran_mb di pengaturan.")


@pytest.mark.parametrize(("options", "env", "expected"), [
    ({"ke": ["bappeda contoh.go.id"]}, {}, "Alamat surel 'bappeda contoh.go.id' (pilihan --ke) tidak sah."),
    ({"ke": [BAPPEDA], "cc": ["a@b"]}, {}, "Alamat surel 'a@b' (pilihan --cc) tidak sah."),
    ({"ke": [BAPPEDA]}, {"RKT_SMTP_DARI": "perencanaan@@contoh.go.id"}, "Alamat surel 'perencanaan@@contoh.go.id' (variabel lingkungan RKT_SMTP_DARI) tidak sah."),
    ({}, {}, "Belum ada penerima."),
    ({"ke": [BAPPEDA]}, {"RKT_SMTP_PORT": "lima"}, "Pengaturan 'port' (variabel lingkungan RKT_SMTP_PORT) tidak sah: harus angka 1 sampai 65535."),
    ({"ke": [BAPPEDA]}, {"RKT_SMTP_KEAMANAN": "tls"}, "Pengaturan 'keamanan' (variabel lingkungan RKT_SMTP_KEAMANAN) tidak sah: pilihan: starttls, ssl, tanpa."),
    ({"ke": [BAPPEDA]}, {"RKT_SMTP_HOST": ""}, "Server surel belum diatur."),
])
def test_settings_and_addresses_are_checked_before_connecting(workbook, options, env, expected):
    with pytest.raises(ConfigError) as caught:
        kirim([workbook], KirimOptions(**options), environ={**NOWHERE, **env})
    assert str(caught.value).startswith(expected)
    assert caught.value.exit_code == 2


def test_a_password_in_the_settings_file_is_refused_without_repeating_it(workbook, tmp_path):
    (workbook.parent / "rkt_kirim.toml").write_text('[smtp]\nhost = "mail.contoh.go.id"\npassword = "BocorSekali123"\n',
                                                    encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        kirim([workbook], KirimOptions(ke=[BAPPEDA]), environ={})
    assert "memuat kunci 'password'. Sandi tidak boleh disimpan di berkas" in str(caught.value)
    assert "BocorSekali123" not in str(caught.value) + repr(caught.value.params)


def test_the_input_workbook_is_never_modified(workbook, tmp_path):
    before = fingerprint(workbook)
    kirim([workbook], KirimOptions(ke=[BAPPEDA]), environ=NOWHERE, eml=tmp_path / "a.eml")
    assert fingerprint(workbook) == before


def test_documents_alone_go_as_a_second_mail(workbook, tmp_path):
    doc = workbook.parent / "LKjIP_BKPSDM_2023.docx"
    doc.write_bytes(b"PK\x03\x04 docx")
    kirim([doc], KirimOptions(ke=[BAPPEDA]), environ=NOWHERE, eml=tmp_path / "dok.eml")
    msg = message_from_bytes((tmp_path / "dok.eml").read_bytes(), policy=default)
    assert msg["Subject"] == "Dokumen LKjIP_BKPSDM_2023.docx"
    assert [p.get_filename() for p in msg.iter_attachments()] == ["LKjIP_BKPSDM_2023.docx"]
    assert "Bersama ini kami sampaikan dokumen terlampir." in msg.get_body(("plain",)).get_content()


def test_documents_attached_when_configured(workbook, tmp_path):
    (workbook.parent / "PK_BKPSDM_2023.docx").write_bytes(b"PK\x03\x04 pk")
    (workbook.parent / "rkt_kirim.toml").write_text("[kirim]\nlampiran_dokumen = true\n", encoding="utf-8")
    result = kirim([workbook], KirimOptions(ke=[BAPPEDA]), environ=NOWHERE, eml=tmp_path / "k.eml")
    assert [a.name for a in result.outgoing.attachments] == ["RKT_konsolidasi_2023.xlsx", "PK_BKPSDM_2023.docx"]
