"""Where `rkt kirim` finds its settings, and the password.

Settings are layered, later wins: built-in defaults < a preset < ``rkt_kirim.toml`` in the
user's configuration folder (platformdirs) < ``rkt_kirim.toml`` next to the workbook <
environment variables (``RKT_SMTP_HOST``, ``_PORT``, ``_KEAMANAN``, ``_USER``, ``_DARI``).

The password is never part of a setting: it comes from ``RKT_SMTP_PASSWORD``, the operating
system's credential store (keyring; Windows Credential Manager) or a prompt given by the
caller. A TOML file holding a password key is refused without repeating its value.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import keyring
import keyring.errors
import platformdirs

from rkt_xl.errors import ConfigError, MailError
from rkt_xl.save import save_atomically
from rkt_xl.texts import text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_NAME = "rkt_kirim.toml"
APP_NAME = "rkt_xl"
SECURITY = ("starttls", "ssl", "tanpa")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "tanpa": 25}
# name -> settings it fills; the office server's host is the office's own
PRESETS: dict[str, dict[str, object]] = {
    "kantor": {"port": 587, "keamanan": "starttls"},
    "gmail": {"host": "smtp.gmail.com", "port": 465, "keamanan": "ssl"},
    "gmail-starttls": {"host": "smtp.gmail.com", "port": 587, "keamanan": "starttls"},
}
ENV = {"host": "RKT_SMTP_HOST", "port": "RKT_SMTP_PORT", "keamanan": "RKT_SMTP_KEAMANAN",
       "user": "RKT_SMTP_USER", "dari": "RKT_SMTP_DARI"}
PASSWORD_ENV = "RKT_SMTP_PASSWORD"
SECRET_KEYS = frozenset({"password", "sandi", "pass", "passwd", "kata_sandi"})
KEYRING_SERVICE = "rkt_xl smtp {host}"


@dataclass(frozen=True)
class MailConfig:
    # [smtp]
    host: str = ""
    port: int = 587
    keamanan: str = "starttls"
    user: str = ""
    dari: str = ""
    nama_pengirim: str = ""
    batas_waktu: float = 30.0        # seconds for each network operation
    # [kirim]
    ke: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    penutup: str = ""
    batas_lampiran_mb: float = 10.0  # whole encoded message, 10 MB = 10,000,000 bytes
    lampiran_dokumen: bool = False   # attach LKjIP/PK documents next to the workbook
    sources: tuple[str, ...] = field(default=(), compare=False)   # files and variables read
    origins: tuple[tuple[str, str], ...] = field(default=(), compare=False)   # (setting, where it came from)

    def origin(self, key: str) -> str:
        """Where a setting came from, for messages."""
        return dict(self.origins).get(key, "")

    @property
    def limit_bytes(self) -> int:
        return int(self.batas_lampiran_mb * 1_000_000)

    @property
    def sender(self) -> str:
        return self.dari or (self.user if "@" in self.user else "")


SECTIONS = {"smtp": ("preset", "host", "port", "keamanan", "user", "dari", "nama_pengirim", "batas_waktu"),
            "kirim": ("ke", "cc", "penutup", "batas_lampiran_mb", "lampiran_dokumen")}
_KINDS = {"host": str, "port": int, "keamanan": str, "user": str, "dari": str, "nama_pengirim": str,
          "batas_waktu": float, "ke": tuple, "cc": tuple, "penutup": str, "batas_lampiran_mb": float,
          "lampiran_dokumen": bool, "preset": str}


def user_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_NAME


def folder_config_path(folder: Path) -> Path:
    return Path(folder) / CONFIG_NAME


def load_config(workbooks: Sequence[Path] = (), environ: Mapping[str, str] | None = None) -> MailConfig:
    """The settings for sending ``workbooks`` (their folder's file counts), see the module doc."""
    env = os.environ if environ is None else environ
    cfg = MailConfig()
    paths = [user_config_path()]
    if workbooks:
        paths.append(folder_config_path(Path(workbooks[0]).resolve().parent))
    sources: list[str] = []
    for path in dict.fromkeys(paths):
        if path.is_file():
            origin = text("kirim.asal-konfig", path=path)
            cfg = apply(cfg, read_toml(path), lambda _key, o=origin: o)
            sources.append(str(path))
    from_env = {key: env[name].strip() for key, name in ENV.items() if env.get(name, "").strip()}
    if from_env:
        cfg = apply(cfg, from_env, lambda key: text("kirim.asal-env", nama=ENV[key]), from_env=True)
        sources.extend(ENV[key] for key in from_env)
    return replace(cfg, sources=tuple(sources))


def read_toml(path: Path) -> dict:
    """The two sections of a settings file, checked for unknown keys and secrets."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("kirim.konfig-rusak", path=path, detail=getattr(exc, "strerror", None) or exc) from None
    flat: dict[str, object] = {}
    for section, table in data.items():
        if not isinstance(table, dict) or section not in SECTIONS:
            _refuse_secret(path, section)
            raise ConfigError("kirim.konfig-kunci-asing", path=path, kunci=section, kunci_dikenal="[smtp], [kirim]")
        for key, value in table.items():
            _refuse_secret(path, key)
            if key not in SECTIONS[section]:
                raise ConfigError("kirim.konfig-kunci-asing", path=path, kunci=f"{section}.{key}",
                                  kunci_dikenal=", ".join(SECTIONS[section]))
            flat[key] = value
    return {"smtp": {k: v for k, v in flat.items() if k in SECTIONS["smtp"]},
            "kirim": {k: v for k, v in flat.items() if k in SECTIONS["kirim"]}}


def _refuse_secret(path: Path, key: str) -> None:
    if key.lower() in SECRET_KEYS:
        raise ConfigError("kirim.sandi-di-berkas", path=path, kunci=key)


def apply(cfg: MailConfig, values: Mapping[str, object], origin: Callable[[str], str],
          from_env: bool = False) -> MailConfig:
    """``cfg`` with ``values`` (flat, or the two sections of a file) checked and applied; a
    preset fills its settings first, the file's own settings win."""
    flat: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, dict):
            flat.update(value)
        else:
            flat[key] = value
    changes: dict[str, object] = {}
    preset = flat.pop("preset", None)
    if preset is not None:
        if preset not in PRESETS:
            raise ConfigError("kirim.konfig-nilai", kunci="preset", asal=origin("preset"),
                              alasan=text("kirim.alasan-preset", pilihan=", ".join(PRESETS)))
        changes.update(PRESETS[str(preset)])
    for key, value in flat.items():
        changes[key] = _checked(key, value, origin(key), from_env)
    if "keamanan" in changes and "port" not in changes:
        changes["port"] = DEFAULT_PORTS[str(changes["keamanan"])]
    where = dict(cfg.origins) | {key: origin(key) for key in changes}
    return replace(cfg, **changes, origins=tuple(where.items()))


def _checked(key: str, value: object, origin: str, from_env: bool) -> object:
    kind = _KINDS[key]

    def bad(reason: str) -> ConfigError:
        return ConfigError("kirim.konfig-nilai", kunci=key, asal=origin, alasan=text(reason))

    if kind is int:
        if from_env and isinstance(value, str) and value.strip().isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
            raise bad("kirim.alasan-port")
        return value
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            raise bad("kirim.alasan-angka")
        return float(value)
    if kind is bool:
        if not isinstance(value, bool):
            raise bad("kirim.alasan-benar-salah")
        return value
    if kind is tuple:
        if isinstance(value, str):
            return tuple(split_addresses([value]))
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise bad("kirim.alasan-daftar")
        return tuple(split_addresses(value))
    if not isinstance(value, str):
        raise bad("kirim.alasan-teks")
    if key == "keamanan" and value.strip().lower() not in SECURITY:
        raise bad("kirim.alasan-keamanan")
    return value.strip().lower() if key == "keamanan" else value


def split_addresses(values: Sequence[str]) -> list[str]:
    """Addresses given as repeated options and/or comma-separated, blanks dropped."""
    return [part.strip() for v in values for part in v.replace(";", ",").split(",") if part.strip()]


# --- writing (rkt kirim --atur) ---

def to_toml(cfg: MailConfig) -> str:
    """The settings as a commented TOML file (no password key, ever)."""
    lines = [f"# {text('kirim.atur-judul')}", ""]
    own = {f.name: getattr(cfg, f.name) for f in fields(cfg)}
    for section, keys in SECTIONS.items():
        lines.append(f"[{section}]")
        for key in keys:
            if key in own:
                lines.append(f"{key} = {_toml_value(own[key])}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    # a JSON string is a TOML basic string, except that TOML also escapes DEL
    return json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")


def save_config(cfg: MailConfig, path: Path) -> Path:
    """Write ``cfg`` to ``path`` atomically; the file is read back and must give ``cfg``."""

    body = to_toml(cfg)

    def verify(tmp: Path) -> str | None:
        back = apply(MailConfig(), read_toml(tmp), lambda _key: str(path))
        return None if back == replace(cfg, sources=()) else text("kirim.baca-ulang-beda")

    path.parent.mkdir(parents=True, exist_ok=True)
    return save_atomically(path, lambda tmp: tmp.write_text(body, encoding="utf-8"), verify=verify).path


# --- the password ---

def keyring_user(cfg: MailConfig) -> tuple[str, str]:
    return KEYRING_SERVICE.format(host=cfg.host), cfg.user


def stored_password(cfg: MailConfig) -> str:
    """The password from the credential store, or "" (no store, or nothing stored)."""
    try:
        return keyring.get_password(*keyring_user(cfg)) or ""
    except (keyring.errors.KeyringError, RuntimeError, OSError):
        return ""


def store_password(cfg: MailConfig, password: str) -> str:
    """Put the password in the credential store; returns the store's name."""
    keyring.set_password(*keyring_user(cfg), password)
    return type(keyring.get_keyring()).__name__


def resolve_password(cfg: MailConfig, ask: Callable[[str], str] | None = None,
                     environ: Mapping[str, str] | None = None) -> str:
    """The password for ``cfg.user``: RKT_SMTP_PASSWORD, then the credential store, then
    ``ask(prompt)``. "" when the server needs no login."""
    if not cfg.user:
        return ""
    env = os.environ if environ is None else environ
    password = env.get(PASSWORD_ENV, "") or stored_password(cfg)
    if not password and ask is not None:
        password = ask(text("kirim.tanya-sandi", user=cfg.user, host=cfg.host)) or ""
    if not password:
        raise MailError("kirim.sandi-tidak-ada", user=cfg.user, host=cfg.host)
    return password


def check_ready(cfg: MailConfig) -> None:
    """Settings enough to connect: a server, and no password over an unencrypted line."""
    if not cfg.host:
        raise ConfigError("kirim.belum-diatur")
    if cfg.keamanan == "tanpa" and cfg.user:
        raise ConfigError("kirim.sandi-tanpa-enkripsi", user=cfg.user)
