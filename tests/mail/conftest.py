"""Real SMTP servers on 127.0.0.1 for the mail tests: aiosmtpd with STARTTLS or implicit TLS,
certificates from a trustme test CA, authentication; a server that never answers; settings
and the credential store isolated per test. Every server is stopped by its fixture."""

from __future__ import annotations

import shutil
import socket
import ssl
from dataclasses import dataclass, field
from pathlib import Path

import keyring
import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from keyring.backend import KeyringBackend

from rkt_xl.consolidation.run import konsolidasi
from rkt_xl.mail.config import ENV, PASSWORD_ENV

USER = "perencanaan@bkpsdm.contoh.go.id"
PASSWORD = "Rahasia-Sandi-9931xyz"       # searched for in every output
QUEUED = "250 2.0.0 Ok: queued as RKT2023"


class MemoryKeyring(KeyringBackend):
    """A credential store in memory (the real keyring API, no system store touched)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """No settings, variables or stored passwords of the machine leak into a test."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    for name in [*ENV.values(), PASSWORD_ENV, "SSL_CERT_FILE", "SSL_CERT_DIR"]:
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def consolidated_2023(built, tmp_path_factory) -> Path:
    """RKT_konsolidasi_2023.xlsx of the 2023 sample, made with the konsolidasi library function."""
    folder = tmp_path_factory.mktemp("konsolidasi")
    sample = folder / "RKT_BKPSDM_2023.xlsx"
    shutil.copy(built["sample"], sample)
    result = konsolidasi([sample])
    assert not result.stopped and result.output.name == "RKT_konsolidasi_2023.xlsx"
    return result.output


@pytest.fixture
def workbook(consolidated_2023, tmp_path) -> Path:
    """A private copy in hasil/ (kirim.log is written next to it)."""
    folder = tmp_path / "hasil"
    folder.mkdir()
    return Path(shutil.copy(consolidated_2023, folder / consolidated_2023.name))


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def other_ca() -> trustme.CA:
    """A CA nobody trusts."""
    return trustme.CA()


@pytest.fixture
def trust(ca, tmp_path, monkeypatch):
    """The test CA trusted the way OpenSSL defines it: SSL_CERT_FILE."""
    pem = tmp_path / "test-ca.pem"
    ca.cert_pem.write_to_path(str(pem))
    monkeypatch.setenv("SSL_CERT_FILE", str(pem))
    return pem


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class Handler:
    reject: set[str] = field(default_factory=set)
    data_reply: str | None = None
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.reject:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        if self.data_reply:
            return self.data_reply
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return QUEUED


@dataclass
class Server:
    port: int
    handler: Handler
    mode: str

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def env(self, **extra: str) -> dict[str, str]:
        """Settings through the environment variables, for this server."""
        values = {"RKT_SMTP_HOST": "127.0.0.1", "RKT_SMTP_PORT": str(self.port),
                  "RKT_SMTP_KEAMANAN": {"starttls": "starttls", "ssl": "ssl", "plain": "tanpa"}[self.mode],
                  "RKT_SMTP_DARI": USER}
        if self.mode != "plain":
            values["RKT_SMTP_USER"] = USER
        values.update(extra)
        return values


@pytest.fixture
def smtp_server(ca):
    """Factory: start_server(mode="starttls"|"ssl"|"plain", cert_ca=..., **handler options)."""
    controllers: list[Controller] = []

    def start(mode: str = "starttls", cert_ca: trustme.CA | None = None, hosts=("127.0.0.1", "localhost"),
              data_size_limit: int | None = 33554432, **handler_options) -> Server:
        handler = Handler(**handler_options)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        (cert_ca or ca).issue_cert(*hosts).configure_cert(context)

        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
                and auth_data.password == PASSWORD.encode()
            handler.logins.append(auth_data.login.decode() if isinstance(auth_data, LoginPassword) else "?")
            return AuthResult(success=ok, handled=False)

        port = free_port()
        kwargs: dict = {"hostname": "127.0.0.1", "port": port, "data_size_limit": data_size_limit}
        if mode == "starttls":
            kwargs.update(tls_context=context, require_starttls=True, authenticator=authenticate,
                          auth_required=True)
        elif mode == "ssl":
            # aiosmtpd does not see implicit TLS as TLS for auth_require_tls; the line is TLS all the same
            kwargs.update(ssl_context=context, authenticator=authenticate, auth_required=True,
                          auth_require_tls=False)
        controller = Controller(handler, **kwargs)
        controller.start()
        controllers.append(controller)
        return Server(port, handler, mode)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def silent_server():
    """A port that accepts connections and never says a word (no SMTP greeting)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield sock.getsockname()[1]
    sock.close()
