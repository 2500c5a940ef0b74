"""SMTP with the standard library: ``ssl.create_default_context()`` (certificate chain and
host name verified against the system's trust store, so ``SSL_CERT_FILE`` works as OpenSSL
defines it), STARTTLS or implicit TLS, plain SMTP only when the settings say ``tanpa``.

Every failure becomes a :class:`MailError` with its own Indonesian message. A transient
failure (no answer, a dropped line, a 4xx reply) before the message data was handed over is
tried once more; nothing else is retried, and never after the data went out (it may have
arrived). The password is never part of any message: server replies are scrubbed of it.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from rkt_xl.errors import MailError
from rkt_xl.mail.attachments import megabytes
from rkt_xl.mail.config import MailConfig

RETRY_PAUSE = 1.0   # seconds before the one retry
TOO_LARGE = (552,)


@dataclass(frozen=True)
class Delivery:
    answer: str                          # the server's reply to the message data
    refused: dict[str, str]              # recipients the server refused (the rest got it)
    attempts: int


class _Transient(Exception):
    """A failure worth one more try: carries the MailError to raise if it fails again."""

    def __init__(self, error: MailError) -> None:
        super().__init__(str(error))
        self.error = error


def _reply(code: int, resp: bytes | str, password: str) -> str:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    text = " ".join(text.split())
    if password:
        text = text.replace(password, "***")
    return f"{code} {text}".strip()


def _scrub(detail: object, password: str) -> str:
    text = (str(detail) or type(detail).__name__) if isinstance(detail, BaseException) else str(detail)
    return text.replace(password, "***") if password else text


def _with_retry(attempt: Callable[[], object], pause: float) -> tuple[object, int]:
    for n in (1, 2):
        try:
            return attempt(), n
        except _Transient as exc:
            if n == 2:
                raise exc.error from None
            time.sleep(pause)
    raise AssertionError("unreachable")  # pragma: no cover


@contextmanager
def _session(cfg: MailConfig, password: str, tries: int) -> Iterator[smtplib.SMTP]:
    """A connected, secured and (when a user is set) logged-in SMTP session."""
    where = {"host": cfg.host, "port": cfg.port}
    context = ssl.create_default_context()
    smtp: smtplib.SMTP | None = None
    try:
        try:
            if cfg.keamanan == "ssl":
                smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.batas_waktu, context=context)
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.batas_waktu)
                smtp.ehlo()
                if cfg.keamanan == "starttls":
                    if not smtp.has_extn("starttls"):
                        raise MailError("kirim.starttls-tidak-ada", **where)
                    smtp.starttls(context=context)
                    smtp.ehlo()
        except ssl.SSLCertVerificationError as exc:
            raise MailError("kirim.sertifikat-tidak-tepercaya", host=cfg.host,
                            detail=exc.verify_message or exc.reason) from None
        except ssl.SSLError as exc:
            raise MailError("kirim.tls-gagal", **where, detail=exc.reason or exc) from None
        except socket.gaierror as exc:
            raise MailError("kirim.server-tidak-dikenal", host=cfg.host, detail=exc.strerror or exc) from None
        except ConnectionRefusedError:
            raise _Transient(MailError("kirim.sambungan-ditolak", **where)) from None
        except (TimeoutError, smtplib.SMTPServerDisconnected, ConnectionResetError):
            raise _Transient(MailError("kirim.tidak-menjawab", **where, detik=_seconds(cfg), kali=tries)) from None
        except smtplib.SMTPResponseException as exc:
            error = MailError("kirim.server-sibuk", host=cfg.host, jawaban=_reply(exc.smtp_code, exc.smtp_error, password))
            if 400 <= exc.smtp_code < 500:
                raise _Transient(error) from None
            raise MailError("kirim.gagal-sambung", **where,
                            detail=_reply(exc.smtp_code, exc.smtp_error, password)) from None
        except OSError as exc:
            raise MailError("kirim.gagal-sambung", **where, detail=_scrub(exc.strerror or exc, password)) from None
        if cfg.user:
            _login(smtp, cfg, password, tries)
        yield smtp
    finally:
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()


def _seconds(cfg: MailConfig) -> str:
    return f"{cfg.batas_waktu:g}".replace(".", ",")


def _login(smtp: smtplib.SMTP, cfg: MailConfig, password: str, tries: int) -> None:
    try:
        smtp.login(cfg.user, password)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError("kirim.login-ditolak", host=cfg.host, user=cfg.user,
                        jawaban=_reply(exc.smtp_code, exc.smtp_error, password)) from None
    except smtplib.SMTPNotSupportedError:
        raise MailError("kirim.login-tidak-didukung", host=cfg.host, port=cfg.port) from None
    except smtplib.SMTPException as exc:
        if isinstance(exc, smtplib.SMTPResponseException) and 400 <= exc.smtp_code < 500:
            raise _Transient(MailError("kirim.server-sibuk", host=cfg.host,
                                       jawaban=_reply(exc.smtp_code, exc.smtp_error, password))) from None
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            raise _Transient(MailError("kirim.terputus", host=cfg.host, detail=_scrub(exc, password))) from None
        raise MailError("kirim.login-tidak-didukung", host=cfg.host, port=cfg.port) from None
    except TimeoutError:
        raise _Transient(MailError("kirim.tidak-menjawab", host=cfg.host, port=cfg.port,
                                   detik=_seconds(cfg), kali=tries)) from None


def check_connection(cfg: MailConfig, password: str, pause: float = RETRY_PAUSE) -> int:
    """Connect, secure and log in, send nothing (``rkt kirim --uji``). Returns the attempts."""
    def attempt() -> None:
        with _session(cfg, password, tries=2):
            pass

    return _with_retry(attempt, pause)[1]


def send(cfg: MailConfig, password: str, sender: str, recipients: Sequence[str], data: bytes,
         message_id: str, pause: float = RETRY_PAUSE) -> Delivery:
    """Hand ``data`` (the encoded message) to the server for ``recipients``."""
    def attempt() -> tuple[str, dict[str, str]]:
        with _session(cfg, password, tries=2) as smtp:
            return _transaction(smtp, cfg, password, sender, recipients, data, message_id)

    (answer, refused), attempts = _with_retry(attempt, pause)  # type: ignore[misc]
    return Delivery(answer, refused, attempts)


def _transaction(smtp: smtplib.SMTP, cfg: MailConfig, password: str, sender: str,
                 recipients: Sequence[str], data: bytes, message_id: str) -> tuple[str, dict[str, str]]:
    host = cfg.host
    limit = smtp.esmtp_features.get("size", "")
    if limit.isdigit() and 0 < int(limit) < len(data):
        raise MailError("kirim.terlalu-besar-server", host=host, pesan=megabytes(len(data)), batas=megabytes(int(limit)))
    options = [f"SIZE={len(data)}"] if smtp.has_extn("size") else []
    try:
        code, resp = smtp.mail(sender, options)
        if code != 250:
            _refused_envelope(code, resp, cfg, password, sender, data)
        refused: dict[str, str] = {}
        for rcpt in recipients:
            code, resp = smtp.rcpt(rcpt)
            if code not in (250, 251):
                if 400 <= code < 500 and len(recipients) == 1:
                    raise _Transient(MailError("kirim.server-sibuk", host=host, jawaban=_reply(code, resp, password)))
                refused[rcpt] = _reply(code, resp, password)
        if len(refused) == len(recipients):
            smtp.rset()
            raise MailError("kirim.penerima-ditolak", host=host,
                            daftar="; ".join(f"{r} ({why})" for r, why in refused.items()))
    except (TimeoutError, smtplib.SMTPServerDisconnected, ConnectionResetError) as exc:
        raise _Transient(MailError("kirim.terputus", host=host, detail=_scrub(exc, password))) from None
    try:
        code, resp = smtp.data(data)
    except smtplib.SMTPDataError as exc:      # refused before the data went out
        _refused_data(exc.smtp_code, exc.smtp_error, cfg, password, data)
        raise  # pragma: no cover
    except (TimeoutError, smtplib.SMTPServerDisconnected, ConnectionResetError, OSError) as exc:
        raise MailError("kirim.terputus-saat-data", host=host, message_id=message_id,
                        detail=_scrub(exc, password)) from None
    if code != 250:
        _refused_data(code, resp, cfg, password, data)
    return _reply(code, resp, password), refused


def _refused_envelope(code: int, resp: bytes, cfg: MailConfig, password: str, sender: str, data: bytes) -> None:
    if code in TOO_LARGE:
        raise MailError("kirim.terlalu-besar-ditolak", host=cfg.host, pesan=megabytes(len(data)),
                        jawaban=_reply(code, resp, password))
    if 400 <= code < 500:
        raise _Transient(MailError("kirim.server-sibuk", host=cfg.host, jawaban=_reply(code, resp, password)))
    raise MailError("kirim.pengirim-ditolak", host=cfg.host, dari=sender, jawaban=_reply(code, resp, password))


def _refused_data(code: int, resp: bytes, cfg: MailConfig, password: str, data: bytes) -> None:
    answer = _reply(code, resp, password)
    if code in TOO_LARGE or "5.3.4" in answer:
        raise MailError("kirim.terlalu-besar-ditolak", host=cfg.host, pesan=megabytes(len(data)), jawaban=answer)
    if 400 <= code < 500:
        raise MailError("kirim.server-sibuk", host=cfg.host, jawaban=answer)
    raise MailError("kirim.pesan-ditolak", host=cfg.host, jawaban=answer)
