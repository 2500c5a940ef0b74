"""``rkt kirim --atur``: the settings asked question by question in Bahasa Indonesia and
written as TOML; the password, when the user wants it kept, goes to the credential store
(never to the file). The questions go through ``ask`` so the CLI and tests drive the same
steps; every question is asked at most :data:`MAX_TRIES` times."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import keyring.errors

from rkt_xl.errors import ConfigError
from rkt_xl.mail.compose import ADDRESS
from rkt_xl.mail.config import (
    DEFAULT_PORTS,
    PRESETS,
    SECURITY,
    MailConfig,
    save_config,
    split_addresses,
    store_password,
)
from rkt_xl.texts import text

MAX_TRIES = 5
PRESET_CHOICES = {"1": "kantor", "2": "gmail", "3": "gmail-starttls", "4": None}
YES, NO = ("y", "ya", "yes"), ("t", "tidak", "n", "no")
LINE_BREAK = " | "

Ask = Callable[[str, str, bool], str]   # (question, default, hidden) -> answer


def run_setup(ask: Ask, say: Callable[[str], None], target: Path, current: MailConfig,
              store: Callable[[MailConfig, str], str] = store_password) -> Path:
    """Ask every setting (defaults from ``current``), save to ``target``; returns the path."""
    say(text("kirim.atur-judul"))
    preset = _question(ask, say, "kirim.atur-preset", _preset_default(current), _choice(PRESET_CHOICES))
    cfg = current
    if PRESET_CHOICES[preset] is not None:
        values = PRESETS[str(PRESET_CHOICES[preset])]
        cfg = replace(cfg, **values)  # type: ignore[arg-type]
    host = _question(ask, say, "kirim.atur-host", cfg.host, _required)
    keamanan = _question(ask, say, "kirim.atur-keamanan", cfg.keamanan, _choice(dict.fromkeys(SECURITY)))
    default_port = cfg.port if keamanan == cfg.keamanan else DEFAULT_PORTS[keamanan]
    port = int(_question(ask, say, "kirim.atur-port", str(default_port), _port))
    user = _question(ask, say, "kirim.atur-user", cfg.user, _any)
    dari = _question(ask, say, "kirim.atur-dari", cfg.dari or (user if "@" in user else ""), _address)
    nama = _question(ask, say, "kirim.atur-nama", cfg.nama_pengirim, _any)
    ke = _question(ask, say, "kirim.atur-ke", ", ".join(cfg.ke), _addresses)
    cc = _question(ask, say, "kirim.atur-cc", ", ".join(cfg.cc), _addresses)
    penutup = _question(ask, say, "kirim.atur-penutup", cfg.penutup.replace("\n", LINE_BREAK), _any)
    batas = _question(ask, say, "kirim.atur-batas", f"{cfg.batas_lampiran_mb:g}".replace(".", ","), _megabytes)
    lampiran = _question(ask, say, "kirim.atur-lampiran", "y" if cfg.lampiran_dokumen else "t", _yes_no)
    cfg = replace(cfg, host=host, port=port, keamanan=keamanan, user=user, dari=dari, nama_pengirim=nama,
                  ke=tuple(split_addresses([ke])), cc=tuple(split_addresses([cc])),
                  penutup="\n".join(part.strip() for part in penutup.split("|")).strip(),
                  batas_lampiran_mb=float(batas.replace(",", ".")), lampiran_dokumen=lampiran in YES,
                  sources=())
    if cfg.keamanan == "tanpa" and cfg.user:
        raise ConfigError("kirim.sandi-tanpa-enkripsi", user=cfg.user)
    path = save_config(cfg, target)
    if cfg.host.endswith("gmail.com"):
        say(text("kirim.atur-gmail"))
    if cfg.user and _question(ask, say, "kirim.atur-simpan-sandi", "y", _yes_no) in YES:
        _keep_password(ask, say, cfg, store)
    say(text("kirim.atur-disimpan", path=path))
    return path


def _keep_password(ask: Ask, say: Callable[[str], None], cfg: MailConfig,
                   store: Callable[[MailConfig, str], str]) -> None:
    for _ in range(MAX_TRIES):
        first = ask(text("kirim.atur-sandi"), "", True)
        if first and ask(text("kirim.atur-sandi-ulang"), "", True) == first:
            break
        say(text("kirim.atur-sandi-beda"))
    else:
        raise ConfigError("kirim.atur-terlalu-banyak", pertanyaan=text("kirim.atur-sandi"))
    try:
        say(text("kirim.atur-sandi-tersimpan", backend=store(cfg, first)))
    except (keyring.errors.KeyringError, RuntimeError, OSError) as exc:
        say(text("kirim.atur-keyring-tidak-ada", detail=type(exc).__name__))


def _question(ask: Ask, say: Callable[[str], None], key: str, default: str,
              check: Callable[[str], str | None]) -> str:
    for _ in range(MAX_TRIES):
        answer = (ask(text(key), default, False) or "").strip()
        problem = check(answer)
        if problem is None:
            return answer
        say(text("kirim.atur-ulangi", jawaban=answer, alasan=problem))
    raise ConfigError("kirim.atur-terlalu-banyak", pertanyaan=text(key))


def _preset_default(cfg: MailConfig) -> str:
    if cfg.host == "smtp.gmail.com":
        return "2" if cfg.keamanan == "ssl" else "3"
    return "1" if not cfg.host or cfg.keamanan == "starttls" else "4"


def _choice(options: dict) -> Callable[[str], str | None]:
    def check(answer: str) -> str | None:
        return None if answer in options else text("kirim.alasan-preset", pilihan=", ".join(options))
    return check


def _required(answer: str) -> str | None:
    return None if answer else text("kirim.atur-wajib")


def _any(answer: str) -> str | None:
    return None


def _port(answer: str) -> str | None:
    return None if answer.isdigit() and 0 < int(answer) < 65536 else text("kirim.alasan-port")


def _megabytes(answer: str) -> str | None:
    try:
        return None if float(answer.replace(",", ".")) > 0 else text("kirim.alasan-angka")
    except ValueError:
        return text("kirim.alasan-angka")


def _yes_no(answer: str) -> str | None:
    return None if answer.lower() in YES + NO else text("kirim.atur-ya-tidak")


def _address(answer: str) -> str | None:
    if not answer:
        return text("kirim.atur-wajib")
    return None if ADDRESS.fullmatch(answer) else text("kirim.atur-alamat-salah", alamat=answer)


def _addresses(answer: str) -> str | None:
    bad = [a for a in split_addresses([answer]) if not ADDRESS.fullmatch(a)]
    return text("kirim.atur-alamat-salah", alamat=bad[0]) if bad else None
