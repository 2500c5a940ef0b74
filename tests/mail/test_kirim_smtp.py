"""`rkt kirim` against real SMTP servers on 127.0.0.1 (aiosmtpd, trustme certificates):
what arrives is what was judged and logged; every failure has its own Indonesian message,
exit code 3, no traceback and no password anywhere."""

from __future__ import annotations

import hashlib
import json
from email import message_from_bytes
from email.policy import default

import pytest

from rkt_xl.cli import main
from rkt_xl.errors import MailError
from rkt_xl.mail.log import read_records
from rkt_xl.mail.run import KirimOptions, kirim

from .conftest import PASSWORD, QUEUED, USER, free_port

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")

BAPPEDA = "bappeda@contoh.go.id"
INSPEKTORAT = "inspektorat@contoh.go.id"


def run_cli(args, server, monkeypatch, capsys, **env):
    for key, value in server.env(**env).items():
        monkeypatch.setenv(key, value)
    code = main(["kirim", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def parsed(received):
    return message_from_bytes(received.content, policy=default)


def no_password_in(*texts):
    for t in texts:
        assert PASSWORD not in (t if isinstance(t, str) else t.decode("utf-8", "replace"))


def test_rkt_kirim_delivers_the_consolidated_workbook_byte_for_byte(workbook, smtp_server, trust, monkeypatch, capsys):
    server = smtp_server("starttls")
    code, out, err = run_cli([str(workbook), "--ke", BAPPEDA, "--cc", INSPEKTORAT], server, monkeypatch, capsys,
                             RKT_SMTP_PASSWORD=PASSWORD)
    assert (code, err) == (0, "")
    assert len(server.received) == 1
    got = server.received[0]
    assert got.mail_from == USER and got.rcpt_tos == [BAPPEDA, INSPEKTORAT]
    msg = parsed(got)
    assert msg["To"] == BAPPEDA and msg["Cc"] == INSPEKTORAT and msg["From"] == USER
    assert msg["Subject"] == "RKT 2023 Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
    body = msg.get_body(("plain",)).get_content()
    sha = hashlib.sha256(workbook.read_bytes()).hexdigest()
    assert "Rencana Kerja Tahunan (RKT) Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Lima Puluh Kota Tahun 2023" in body
    assert "- JUMLAH Rp 8.120.676.386 untuk 35 sub kegiatan" in body
    assert "- Hasil pemeriksaan rkt_xl: 0 galat, 44 peringatan" in body
    assert f"1. RKT_konsolidasi_2023.xlsx ({workbook.stat().st_size:,} byte)".replace(",", ".") in body
    assert f"   sha256: {sha}" in body
    parts = list(msg.iter_attachments())
    assert [p.get_filename() for p in parts] == ["RKT_konsolidasi_2023.xlsx"]
    assert parts[0].get_content_type() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert hashlib.sha256(parts[0].get_content()).hexdigest() == sha
    [record] = read_records(workbook.parent)
    assert record["cara"] == "smtp" and record["ke"] == [BAPPEDA] and record["cc"] == [INSPEKTORAT]
    assert record["lampiran"] == [{"nama": "RKT_konsolidasi_2023.xlsx", "ukuran": workbook.stat().st_size, "sha256": sha}]
    assert record["jawaban_server"] == QUEUED and record["message_id"] == msg["Message-ID"]
    assert record["subjek"] == msg["Subject"] and record["dari"] == USER and record["dipaksa"] == []
    assert out.replace("\n", "").startswith(
        f"Terkirim ke {BAPPEDA} (tembusan: {INSPEKTORAT}): '{msg['Subject']}' dengan 1 lampiran")
    no_password_in(out, err, (workbook.parent / "kirim.log").read_text(encoding="utf-8"), got.content)


def test_implicit_tls_with_the_password_from_the_credential_store(workbook, smtp_server, trust, isolated):
    server = smtp_server("ssl")
    isolated.set_password("rkt_xl smtp 127.0.0.1", USER, PASSWORD)
    result = kirim([workbook], KirimOptions(ke=[BAPPEDA]), environ=server.env())
    assert result.delivery.answer == QUEUED and server.handler.logins == [USER]
    assert parsed(server.received[0]).get_body(("plain",)).get_content().count("Rp 8.120.676.386") == 1


def test_password_typed_at_the_prompt_is_not_echoed(workbook, smtp_server, trust, monkeypatch, capsys):
    import io

    server = smtp_server("starttls")
    for key, value in server.env().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    with pytest.warns(Warning):   # getpass: no terminal here, so it cannot switch echo off itself
        code = main(["kirim", str(workbook), "--ke", BAPPEDA])
    out = capsys.readouterr()
    assert code == 0 and len(server.received) == 1
    assert "Sandi surel untuk perencanaan@bkpsdm.contoh.go.id di 127.0.0.1" in out.err
    no_password_in(out.out, out.err)


FAILURES = {
    "untrusted": "Sertifikat server 127.0.0.1 tidak tepercaya (",
    "hostname": "Sertifikat server 127.0.0.1 tidak tepercaya (IP address mismatch, certificate is not valid for '127.0.0.1'.); sambungan dihentikan sebelum sandi atau pesan dikirim.",
    "password": "Server 127.0.0.1 menolak login untuk 'perencanaan@bkpsdm.contoh.go.id' (535 5.7.8 Authentication credentials invalid). Periksa nama pengguna dan sandi. Untuk Gmail/Google Workspace pakai sandi aplikasi (App Password, 16 huruf)",
    "recipient": "Server 127.0.0.1 menolak penerima: salah@contoh.go.id (550 5.1.1 <salah@contoh.go.id>: Recipient address rejected: User unknown). Tidak ada yang dikirim.",
    "server-size": "lebih besar daripada batas server 127.0.0.1 (0,02 MB); tidak ada yang dikirim.",
    "data-too-large": "Server 127.0.0.1 menolak pesan 0,07 MB karena terlalu besar (552 5.3.4 Message size exceeds fixed limit)",
}


@pytest.mark.parametrize("case", sorted(FAILURES))
def test_each_server_failure_has_its_own_message_and_exit_3(case, workbook, smtp_server, ca, other_ca, trust,
                                                          monkeypatch, capsys):
    ke = BAPPEDA
    env = {"RKT_SMTP_PASSWORD": PASSWORD}
    if case == "untrusted":
        server = smtp_server("starttls", cert_ca=other_ca)
    elif case == "hostname":
        server = smtp_server("ssl", hosts=("mail.lain.example",))
    elif case == "password":
        server = smtp_server("starttls")
        env["RKT_SMTP_PASSWORD"] = "sandi-akun-biasa"
    elif case == "recipient":
        server = smtp_server("starttls", reject={"salah@contoh.go.id"})
        ke = "salah@contoh.go.id"
    elif case == "server-size":
        server = smtp_server("starttls", data_size_limit=20_000)
    else:
        server = smtp_server("ssl", data_reply="552 5.3.4 Message size exceeds fixed limit")
    code, out, err = run_cli([str(workbook), "--ke", ke], server, monkeypatch, capsys, **env)
    assert code == 3 and out == ""
    flat = " ".join(err.split())
    assert flat.startswith("GALAT: ") and FAILURES[case] in flat
    assert "Traceback" not in err and server.received == []
    assert read_records(workbook.parent) == []
    no_password_in(out, err)
    if case == "password":
        assert "sandi-akun-biasa" not in err


def test_a_server_that_never_answers_is_given_up_after_one_retry(workbook, silent_server, trust, capsys):
    env = {"RKT_SMTP_HOST": "127.0.0.1", "RKT_SMTP_PORT": str(silent_server), "RKT_SMTP_KEAMANAN": "starttls",
           "RKT_SMTP_USER": USER, "RKT_SMTP_DARI": USER, "RKT_SMTP_PASSWORD": PASSWORD}
    toml = workbook.parent / "rkt_kirim.toml"
    toml.write_text("[smtp]\nbatas_waktu = 0.5\n", encoding="utf-8")
    with pytest.raises(MailError) as caught:
        kirim([workbook], KirimOptions(ke=[BAPPEDA]), environ=env, pause=0)
    assert str(caught.value) == (f"Server surel 127.0.0.1:{silent_server} tidak menjawab dalam 0,5 detik (dicoba 2 kali); "
                                 "tidak ada yang dikirim. Periksa nama server dan port, atau coba lagi nanti.")
    assert caught.value.exit_code == 3
    no_password_in(str(caught.value), repr(caught.value.params))


def test_no_server_at_the_port(workbook, trust):
    port = free_port()
    env = {"RKT_SMTP_HOST": "127.0.0.1", "RKT_SMTP_PORT": str(port), "RKT_SMTP_DARI": USER}
    with pytest.raises(MailError) as caught:
        kirim([workbook], KirimOptions(ke=[BAPPEDA]), environ=env, pause=0)
    assert str(caught.value) == (f"Server 127.0.0.1 menolak sambungan di port {port}. Periksa port dan keamanan "
                                 "di pengaturan: 587 untuk starttls, 465 untuk ssl.")


def test_one_refused_recipient_of_two_is_logged_and_reported(workbook, smtp_server, trust):
    server = smtp_server("starttls", reject={"salah@contoh.go.id"})
    with pytest.raises(MailError) as caught:
        kirim([workbook], KirimOptions(ke=[BAPPEDA, "salah@contoh.go.id"]), environ=server.env(RKT_SMTP_PASSWORD=PASSWORD))
    assert str(caught.value).startswith(f"Surel terkirim ke {BAPPEDA}, tetapi server 127.0.0.1 menolak: salah@contoh.go.id (550")
    assert [r.rcpt_tos for r in server.received] == [[BAPPEDA]]
    [record] = read_records(workbook.parent)
    assert list(record["ditolak"]) == ["salah@contoh.go.id"]


def test_uji_logs_in_and_sends_nothing(workbook, smtp_server, trust, monkeypatch, capsys):
    server = smtp_server("starttls")
    code, out, err = run_cli(["--uji"], server, monkeypatch, capsys, RKT_SMTP_PASSWORD=PASSWORD)
    assert code == 0 and server.received == [] and server.handler.logins == [USER]
    assert out.strip() == (f"Uji berhasil: tersambung ke 127.0.0.1:{server.port} (STARTTLS), login sebagai "
                           f"{USER} diterima. Tidak ada pesan yang dikirim.")
    code, out, err = run_cli([str(workbook), "--uji", "--ke", BAPPEDA], server, monkeypatch, capsys, RKT_SMTP_PASSWORD=PASSWORD)
    assert code == 0 and server.received == [] and read_records(workbook.parent) == []
    assert "Pesan yang akan dikirim: kepada bappeda@contoh.go.id, subjek 'RKT 2023" in out.replace("\n", " ")


def test_plain_smtp_only_when_configured_and_with_a_warning(workbook, smtp_server, monkeypatch, capsys):
    server = smtp_server("plain")
    code, out, err = run_cli([str(workbook), "--ke", BAPPEDA], server, monkeypatch, capsys)
    assert code == 0 and len(server.received) == 1
    assert err.strip() == (f"PERINGATAN: surel dikirim tanpa enkripsi ke 127.0.0.1:{server.port} (keamanan = tanpa). "
                           "Pakai ini hanya untuk server di jaringan kantor sendiri.")
    # a login over an unencrypted line is refused before connecting
    code, out, err = run_cli([str(workbook), "--ke", BAPPEDA], server, monkeypatch, capsys, RKT_SMTP_USER=USER)
    assert code == 2 and "sandi akan terkirim terbuka" in err and len(server.received) == 1


def test_starttls_server_refuses_a_client_that_expects_implicit_tls(workbook, smtp_server, trust, monkeypatch, capsys):
    server = smtp_server("starttls")
    code, out, err = run_cli([str(workbook), "--ke", BAPPEDA], server, monkeypatch, capsys,
                             RKT_SMTP_KEAMANAN="ssl", RKT_SMTP_PASSWORD=PASSWORD)
    assert code == 3
    assert f"Sambungan aman (TLS) ke 127.0.0.1:{server.port} gagal (" in err
    assert "port 465 memakai ssl, port 587 memakai starttls." in " ".join(err.split())


def test_log_line_is_json_per_sending(workbook, smtp_server, trust):
    server = smtp_server("starttls")
    env = server.env(RKT_SMTP_PASSWORD=PASSWORD)
    for _ in range(2):
        kirim([workbook], KirimOptions(ke=[BAPPEDA]), environ=env)
    lines = (workbook.parent / "kirim.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["cara"] == "smtp" for line in lines)
    assert len({json.loads(line)["message_id"] for line in lines}) == 2


def test_cli_silent_server_and_over_limit_end_with_exit_3(workbook, silent_server, trust, monkeypatch, capsys):
    (workbook.parent / "rkt_kirim.toml").write_text("[smtp]\nbatas_waktu = 0.5\n", encoding="utf-8")
    env = {"RKT_SMTP_HOST": "127.0.0.1", "RKT_SMTP_PORT": str(silent_server), "RKT_SMTP_KEAMANAN": "starttls",
           "RKT_SMTP_USER": USER, "RKT_SMTP_DARI": USER, "RKT_SMTP_PASSWORD": PASSWORD}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert main(["kirim", str(workbook), "--ke", BAPPEDA]) == 3
    out = capsys.readouterr()
    assert " ".join(out.err.split()) == (f"GALAT: Server surel 127.0.0.1:{silent_server} tidak menjawab dalam 0,5 detik "
                                         "(dicoba 2 kali); tidak ada yang dikirim. Periksa nama server dan port, atau coba lagi nanti.")
    (workbook.parent / "rkt_kirim.toml").write_text("[kirim]\nbatas_lampiran_mb = 0.05\n", encoding="utf-8")
    assert main(["kirim", str(workbook), "--ke", BAPPEDA]) == 3
    out = capsys.readouterr()
    err = " ".join(out.err.split())
    assert err.startswith("GALAT: Pesan terlalu besar: lampiran RKT_konsolidasi_2023.xlsx 0,05 MB (0,05 MB), setelah "
                          "dikodekan untuk surel 0,0") and "batas 0,05 MB. Tidak ada yang dikirim." in err
    assert "Traceback" not in out.err and out.out == ""
    no_password_in(out.err)
