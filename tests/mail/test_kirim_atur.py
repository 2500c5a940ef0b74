"""Settings: `rkt kirim --atur` asks in Bahasa Indonesia and writes TOML (no password in it;
the password to the credential store), presets, the layering of files and variables."""

from __future__ import annotations

import io
import sys

import pytest

from rkt_xl.cli import main
from rkt_xl.errors import ConfigError
from rkt_xl.mail.config import (
    MailConfig,
    load_config,
    read_toml,
    resolve_password,
    save_config,
    user_config_path,
)

from .conftest import PASSWORD, USER

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def answer(monkeypatch, *lines):
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


@pytest.mark.filterwarnings("ignore::getpass.GetPassWarning")
def test_atur_asks_writes_toml_and_keeps_the_password_in_the_store(monkeypatch, capsys, isolated):
    answer(monkeypatch, "2",            # Gmail, SSL 465
           "", "", "",                  # host, keamanan, port as the preset says
           USER, "",                    # user; dari = user
           "Subbag Perencanaan BKPSDM",
           "bappeda@contoh.go.id, inspektorat@contoh.go.id", "",
           "Hormat kami, | Subbag Perencanaan", "", "y",
           "y", PASSWORD, PASSWORD)
    assert main(["kirim", "--atur"]) == 0
    out = capsys.readouterr()
    path = user_config_path()
    assert f"Pengaturan disimpan: {path}. Uji dengan: rkt kirim --uji" in out.out
    assert "sandi aplikasi (App Password)" in out.out
    assert "Jenis server: 1 = server surel kantor (STARTTLS, port 587)" in out.err
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["smtp"] == {"host": "smtp.gmail.com", "port": 465, "keamanan": "ssl", "user": USER, "dari": USER,
                            "nama_pengirim": "Subbag Perencanaan BKPSDM", "batas_waktu": 30.0}
    assert data["kirim"] == {"ke": ["bappeda@contoh.go.id", "inspektorat@contoh.go.id"], "cc": [],
                             "penutup": "Hormat kami,\nSubbag Perencanaan", "batas_lampiran_mb": 10.0,
                             "lampiran_dokumen": True}
    assert PASSWORD not in path.read_text(encoding="utf-8") + out.out + out.err
    assert isolated.secrets == {("rkt_xl smtp smtp.gmail.com", USER): PASSWORD}
    cfg = load_config(environ={})
    assert resolve_password(cfg, environ={}) == PASSWORD


def test_atur_next_to_the_workbook_and_a_wrong_answer_is_asked_again(workbook, monkeypatch, capsys):
    answer(monkeypatch, "1", "mail.bkpsdm.contoh.go.id", "", "", "",    # office server, no login
           "perencanaan bkpsdm", USER,                                  # dari: wrong, then right
           "", "", "", "",                                              # nama, ke, cc, penutup
           "lima", "15", "t")                                           # batas: wrong, then 15; no documents
    assert main(["kirim", str(workbook), "--atur"]) == 0
    out = capsys.readouterr().out
    assert "Jawaban 'perencanaan bkpsdm' tidak dapat dipakai: alamat 'perencanaan bkpsdm' tidak sah" in out
    assert "Jawaban 'lima' tidak dapat dipakai: harus angka lebih dari 0. Ulangi." in out
    cfg = load_config([workbook], environ={})
    assert (cfg.host, cfg.port, cfg.keamanan, cfg.user, cfg.dari, cfg.batas_lampiran_mb) == \
        ("mail.bkpsdm.contoh.go.id", 587, "starttls", "", USER, 15.0)


def test_atur_gives_up_after_five_wrong_answers(monkeypatch, capsys):
    answer(monkeypatch, *["9"] * 5)
    assert main(["kirim", "--atur"]) == 2
    assert "Terlalu banyak jawaban yang tidak dapat dipakai" in capsys.readouterr().err
    assert not user_config_path().exists()


def test_layers_presets_files_then_variables(workbook, tmp_path):
    user = user_config_path()
    user.parent.mkdir(parents=True)
    user.write_text('[smtp]\npreset = "gmail-starttls"\nuser = "a@gmail.com"\n[kirim]\nke = ["bappeda@contoh.go.id"]\n',
                    encoding="utf-8")
    cfg = load_config([workbook], environ={})
    assert (cfg.host, cfg.port, cfg.keamanan, cfg.sender, cfg.ke) == ("smtp.gmail.com", 587, "starttls", "a@gmail.com",
                                                                     ("bappeda@contoh.go.id",))
    (workbook.parent / "rkt_kirim.toml").write_text('[smtp]\npreset = "kantor"\nhost = "mail.contoh.go.id"\n', encoding="utf-8")
    cfg = load_config([workbook], environ={})
    assert (cfg.host, cfg.port, cfg.user) == ("mail.contoh.go.id", 587, "a@gmail.com")
    cfg = load_config([workbook], environ={"RKT_SMTP_KEAMANAN": "ssl", "RKT_SMTP_HOST": "smtp.kantor.go.id"})
    assert (cfg.host, cfg.port, cfg.keamanan) == ("smtp.kantor.go.id", 465, "ssl")
    cfg = load_config([workbook], environ={"RKT_SMTP_KEAMANAN": "ssl", "RKT_SMTP_PORT": "2465"})
    assert cfg.port == 2465
    assert cfg.sources == (str(user), str(workbook.parent / "rkt_kirim.toml"), "RKT_SMTP_PORT", "RKT_SMTP_KEAMANAN")


def test_written_settings_read_back_the_same(tmp_path):
    cfg = MailConfig(host="mail.contoh.go.id", user="x@contoh.go.id", nama_pengirim='Subbag "Perencanaan"\\ \x7f',
                     ke=("a@contoh.go.id",), penutup="Hormat kami,\nTim")
    path = save_config(cfg, tmp_path / "rkt_kirim.toml")
    assert read_toml(path)["kirim"]["penutup"] == "Hormat kami,\nTim"
    assert read_toml(path)["smtp"]["nama_pengirim"] == 'Subbag "Perencanaan"\\ \x7f'


@pytest.mark.parametrize(("content", "expected"), [
    ('[smtp]\nhost = "x"\nsandi = "Rahasia"\n', "memuat kunci 'sandi'"),
    ('[smtp]\nserver = "x"\n', "Pengaturan 'smtp.server' di"),
    ('[lain]\nx = 1\n', "Pengaturan 'lain' di"),
    ('[smtp]\nport = "587"\n', "Pengaturan 'port' (berkas"),
    ('[smtp\n', "tidak dapat dibaca"),
])
def test_bad_settings_files_are_refused_clearly(tmp_path, content, expected):
    path = tmp_path / "rkt_kirim.toml"
    path.write_text(content, encoding="utf-8")
    from rkt_xl.mail.config import apply

    with pytest.raises(ConfigError) as caught:
        apply(MailConfig(), read_toml(path), lambda key: f"berkas {path}")
    assert expected in str(caught.value) and "Rahasia" not in str(caught.value)
