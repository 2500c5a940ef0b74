"""``rkt kirim --eml OUT.eml``: the same message as a standard .eml file (RFC 5322, CRLF
lines) that Outlook opens as a draft (``X-Unsent: 1``) and Thunderbird as a message to
edit and send, for offices that may only send through their own mail client."""

from __future__ import annotations

from email import message_from_bytes
from email.policy import default
from pathlib import Path

from rkt_xl.save import SaveResult, save_atomically
from rkt_xl.texts import text


def write_eml(path: Path, data: bytes) -> SaveResult:
    """Write ``data`` (the encoded message) atomically; the file must parse back the same."""
    def verify(tmp: Path) -> str | None:
        back = tmp.read_bytes()
        if back != data or message_from_bytes(back, policy=default)["Message-ID"] is None:
            return text("kirim.baca-ulang-beda")
        return None

    return save_atomically(Path(path), lambda tmp: tmp.write_bytes(data), verify=verify)
