"""docs/kirim.md explains every message with which `rkt kirim` stops."""

from __future__ import annotations

import re

from rkt_xl.texts import TEXTS
from tests.helpers import ROOT

MAIL = ROOT / "rkt_xl" / "mail"


def stopping_codes() -> set[str]:
    code = "\n".join(p.read_text(encoding="utf-8") for p in MAIL.glob("*.py"))
    return set(re.findall(r'(?:MailError|ConfigError)\(\s*"(kirim\.[a-z-]+)"', code))


def fragments(template: str) -> list[str]:
    """Pieces of the message between its placeholders, as a user would quote them."""
    pieces = [p.strip(" '\"().:;,") for p in re.split(r"\{[^}]*\}", template)]
    return [p[:24] for p in pieces if len(p) >= 10]


def test_docs_explain_every_stopping_message():
    doc = " ".join((ROOT / "docs" / "kirim.md").read_text(encoding="utf-8").split())
    missing = [code for code in sorted(stopping_codes())
               if not any(f in doc for f in fragments(TEXTS[code]))]
    assert len(stopping_codes()) >= 35 and missing == []
